import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DeliveryLedger } from '../ports/repositories.js';
import { keys } from './dynamo-keys.js';
import { isConditionFailure, queryAll } from './dynamo-query.js';

/**
 * DELIVERY items: written with a condition just before the send, so a retried or duplicated job finds the
 * claim and does not send again. A claim is a lease: it expires with the invocation that took it, so a
 * job killed by its timeout strands nobody. A failed send releases its claim so the retry may try again.
 */
export class DynamoDeliveryLedger implements DeliveryLedger {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(week: string, subscriberId: string, leaseUntil: number): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...keys.delivery(week, subscriberId),
            kind: 'DELIVERY',
            status: 'claimed',
            claimedAt: this.now().toISOString(),
            leaseUntil,
          },
          // A claim whose invocation died (lease over) is taken again: the lease, not the claim, is the lock.
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :released OR (#s = :claimed AND #l < :now)',
          ExpressionAttributeNames: { '#s': 'status', '#l': 'leaseUntil' },
          ExpressionAttributeValues: {
            ':released': 'released',
            ':claimed': 'claimed',
            ':now': this.now().getTime(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async skip(week: string, subscriberId: string, reason: string): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.delivery(week, subscriberId), kind: 'DELIVERY', status: 'skipped', reason },
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :released',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':released': 'released' },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  async settled(week: string): Promise<Set<string>> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#s IN (:sent, :skipped)',
      ProjectionExpression: 'sk',
      ConsistentRead: true,
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':pk': keys.delivery(week, '').pk,
        ':sent': 'sent',
        ':skipped': 'skipped',
      },
    });
    return new Set(items.map((i) => String(i.sk).replace(/^SUBSCRIBER#/, '')));
  }

  async markSent(week: string, subscriberId: string, messageId: string): Promise<void> {
    await this.update(week, subscriberId, 'sent', { messageId, sentAt: this.now().toISOString() });
  }

  async release(week: string, subscriberId: string, reason: string): Promise<void> {
    await this.update(week, subscriberId, 'released', { reason });
  }

  async countSent(week: string): Promise<number> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#s = :sent',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':pk': keys.delivery(week, '').pk, ':sent': 'sent' },
    });
    return items.length;
  }

  private async update(week: string, subscriberId: string, status: string, extra: Record<string, string>) {
    const names: Record<string, string> = { '#s': 'status' };
    const values: Record<string, string> = { ':s': status };
    const sets = ['#s = :s'];
    for (const [k, v] of Object.entries(extra)) {
      names[`#${k}`] = k;
      values[`:${k}`] = v;
      sets.push(`#${k} = :${k}`);
    }
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.delivery(week, subscriberId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }
}
