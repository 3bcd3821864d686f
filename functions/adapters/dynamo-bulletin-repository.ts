import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type BulletinRecord, bulletinRecordSchema } from '../domain/bulletin/bulletin-record.js';
import type { BulletinRepository } from '../ports/repositories.js';
import { parseStored, tableItem } from '../shared/stored-data.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { isConditionFailure, queryAll } from './dynamo-query.js';

const bulletinOf = (item: Record<string, unknown>): BulletinRecord =>
  parseStored(bulletinRecordSchema, withoutKeys(item), tableItem(item));

export class DynamoBulletinRepository implements BulletinRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(week: string): Promise<BulletinRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.bulletin(week), ConsistentRead: true }),
    );
    return out.Item ? bulletinOf(out.Item) : null;
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

  async claimSending(week: string, leaseUntil: number, at: Date): Promise<BulletinRecord | null> {
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.bulletin(week),
          UpdateExpression: 'SET #s = :sending, #l = :lease, #since = if_not_exists(#since, :now)',
          // A queueing run that died (lease over, not every job queued) is resumed by the next one.
          ConditionExpression:
            '#s = :compiled OR (#s = :sending AND attribute_not_exists(#q) AND #l < :nowMs)',
          ExpressionAttributeNames: {
            '#s': 'status',
            '#l': 'leaseUntil',
            '#since': 'sendingSince',
            '#q': 'queuedAt',
          },
          ExpressionAttributeValues: {
            ':sending': 'sending',
            ':compiled': 'compiled',
            ':lease': leaseUntil,
            ':now': at.toISOString(),
            ':nowMs': at.getTime(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes ? bulletinOf(out.Attributes) : null;
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }

  async recordQueued(week: string, jobsQueued: number, leaseUntil: number): Promise<void> {
    await this.updateSending(week, 'SET jobsQueued = :j, leaseUntil = :l', {
      ':j': jobsQueued,
      ':l': leaseUntil,
    });
  }

  async finishQueueing(week: string, recipients: number, at: Date): Promise<void> {
    await this.updateSending(week, 'SET queuedAt = :t, recipients = :r REMOVE leaseUntil', {
      ':t': at.toISOString(),
      ':r': recipients,
    });
  }

  async markSent(week: string): Promise<boolean> {
    try {
      await this.updateSending(week, 'SET #s = :sent, sentAt = sendingSince, sentArticleIds = articleIds', {
        ':sent': 'sent',
      });
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async updateSending(week: string, update: string, values: Record<string, unknown>) {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.bulletin(week),
        UpdateExpression: update,
        ConditionExpression: '#s = :sending',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ...values, ':sending': 'sending' },
      }),
    );
  }

  async list(): Promise<BulletinRecord[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :b',
      ExpressionAttributeValues: { ':b': 'BULLETINS' },
    });
    return items.map(bulletinOf);
  }
}
