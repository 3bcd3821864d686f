import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  type Subscriber,
  type SubscriberStatus,
  subscriberSchema,
} from '../domain/subscription/subscriber.js';
import type { SubscriberRepository } from '../ports/repositories.js';
import { parseStored, tableItem } from '../shared/stored-data.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { queryAll } from './dynamo-query.js';

const subscriberOf = (item: Record<string, unknown>): Subscriber =>
  parseStored(subscriberSchema, withoutKeys(item), tableItem(item));

export class DynamoSubscriberRepository implements SubscriberRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Subscriber | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.subscriber(id), ConsistentRead: true }),
    );
    return out.Item ? subscriberOf(out.Item) : null;
  }

  async getMany(ids: string[]): Promise<Subscriber[]> {
    const found: Subscriber[] = [];
    // BatchGetItem takes 100 keys; unprocessed keys (throttling) are asked for again.
    for (let i = 0; i < ids.length; i += 100) {
      let keysLeft: Record<string, unknown>[] | undefined = ids
        .slice(i, i + 100)
        .map((id) => keys.subscriber(id));
      for (let attempt = 0; keysLeft?.length && attempt < 5; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keysLeft, ConsistentRead: true } } }),
        );
        for (const item of out.Responses?.[this.table] ?? []) found.push(subscriberOf(item));
        keysLeft = out.UnprocessedKeys?.[this.table]?.Keys;
      }
      if (keysLeft?.length) throw new Error(`DynamoDB left ${keysLeft.length} subscriber reads unprocessed`);
    }
    return found;
  }

  async put(subscriber: Subscriber): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: this.item(subscriber) }));
  }

  async putIfUnchanged(next: Subscriber, previous: Subscriber | null): Promise<boolean> {
    const version = previous?.version ?? 0;
    // A record written before versions existed counts as version 0.
    const condition = !previous
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : version === 0
        ? {
            ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#v) OR #v = :v)',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: { ':v': 0 },
          }
        : {
            ConditionExpression: '#v = :v',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: { ':v': version },
          };
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: this.item({ ...next, version: version + 1 }),
          ...condition,
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  private item(subscriber: Subscriber) {
    return {
      ...keys.subscriber(subscriber.id),
      ...keys.subscriberIndex(subscriber.status, subscriber.id),
      kind: 'SUBSCRIBER',
      ...subscriber,
    };
  }

  async listByStatus(status: SubscriberStatus): Promise<Subscriber[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :s',
      ExpressionAttributeValues: { ':s': keys.subscriberIndex(status, '').weekPk },
    });
    return items.map(subscriberOf);
  }
}
