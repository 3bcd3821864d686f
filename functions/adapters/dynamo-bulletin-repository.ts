import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BulletinRecord, BulletinRepository } from '../ports/repositories.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { isConditionFailure, queryAll } from './dynamo-query.js';

export class DynamoBulletinRepository implements BulletinRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(week: string): Promise<BulletinRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.bulletin(week), ConsistentRead: true }),
    );
    return out.Item ? (withoutKeys(out.Item) as unknown as BulletinRecord) : null;
  }

  async put(record: BulletinRecord): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: this.item(record) }));
  }

  /** A compile racing a send (a dev draft, a manual compile) must never turn 'sent' back into 'compiled'. */
  async putIfUnsent(record: BulletinRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: this.item(record),
          ConditionExpression: 'attribute_not_exists(pk) OR #s IN (:compiled, :empty)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':compiled': 'compiled', ':empty': 'empty' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private item(record: BulletinRecord) {
    return { ...keys.bulletin(record.week), ...keys.bulletinIndex(record.week), kind: 'BULLETIN', ...record };
  }

  async claimSending(week: string): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.bulletin(week),
          UpdateExpression: 'SET #s = :sending',
          ConditionExpression: '#s = :compiled',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':sending': 'sending', ':compiled': 'compiled' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async list(): Promise<BulletinRecord[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :b',
      ExpressionAttributeValues: { ':b': 'BULLETINS' },
    });
    return items.map((i) => withoutKeys(i) as unknown as BulletinRecord);
  }
}
