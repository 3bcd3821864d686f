import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Subscriber, SubscriberRepository, SubscriberStatus } from '../ports/repositories.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { queryAll } from './dynamo-query.js';

export class DynamoSubscriberRepository implements SubscriberRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(id: string): Promise<Subscriber | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.subscriber(id), ConsistentRead: true }),
    );
    return out.Item ? (withoutKeys(out.Item) as unknown as Subscriber) : null;
  }

  async put(subscriber: Subscriber): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...keys.subscriber(subscriber.id),
          ...keys.subscriberIndex(subscriber.status, subscriber.id),
          kind: 'SUBSCRIBER',
          ...subscriber,
        },
      }),
    );
  }

  async listByStatus(status: SubscriberStatus): Promise<Subscriber[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :s',
      ExpressionAttributeValues: { ':s': keys.subscriberIndex(status, '').weekPk },
    });
    return items.map((i) => withoutKeys(i) as unknown as Subscriber);
  }
}
