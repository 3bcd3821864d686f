import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
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

  async settledAmong(week: string, subscriberIds: string[]): Promise<Set<string>> {
    const settled = new Set<string>();
    // BatchGetItem takes 100 keys; unprocessed keys (throttling) are asked for again.
    for (let i = 0; i < subscriberIds.length; i += 100) {
      let keysLeft: Record<string, unknown>[] | undefined = subscriberIds
        .slice(i, i + 100)
        .map((id) => keys.delivery(week, id));
      for (let attempt = 0; keysLeft?.length && attempt < 5; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
        const out: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keysLeft, ConsistentRead: true } } }),
        );
        for (const item of out.Responses?.[this.table] ?? [])
          if (item.status === 'sent' || item.status === 'skipped')
            settled.add(String(item.sk).replace(/^SUBSCRIBER#/, ''));
        keysLeft = out.UnprocessedKeys?.[this.table]?.Keys;
      }
      if (keysLeft?.length) throw new Error(`DynamoDB left ${keysLeft.length} delivery reads unprocessed`);
    }
    return settled;
  }

  /** One query of the week's partition, counted on the server (O(recipients) reads, once per job). */
  async countSettled(week: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          FilterExpression: '#s IN (:sent, :skipped)',
          Select: 'COUNT',
          ConsistentRead: true,
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':pk': keys.delivery(week, '').pk,
            ':sent': 'sent',
            ':skipped': 'skipped',
          },
          ExclusiveStartKey: start,
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
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
