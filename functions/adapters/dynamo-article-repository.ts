import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ArticleRecord,
  type SourceRecord,
  sourceRecordSchema,
} from '../domain/article/article-record.js';
import type { ArticleRepository, SourceRepository } from '../ports/repositories.js';
import { parseStored, tableItem } from '../shared/stored-data.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { isConditionFailure, queryAll, scanKind } from './dynamo-query.js';
import { articleRecordOf } from './legacy-article-shape.js';

/** An ARTICLE item, filed in the byWeek index by its event date (publication date when none). */
function articleItem(record: ArticleRecord) {
  const date = record.eventDate ?? record.publishedAt;
  return {
    ...keys.article(record.id),
    ...keys.articleWeek(record.week, date, record.id),
    kind: 'ARTICLE',
    ...record,
  };
}

export class DynamoArticleRepository implements ArticleRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async putIfAbsent(record: ArticleRecord): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: articleItem(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async replace(record: ArticleRecord): Promise<void> {
    const old = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.article(record.id) }));
    // The first ingestion time stays: it decides whether an article arrived late for a sent bulletin.
    const ingestedAt = (old.Item?.ingestedAt as string | undefined) ?? record.ingestedAt;
    await this.doc.send(
      new PutCommand({ TableName: this.table, Item: articleItem({ ...record, ingestedAt }) }),
    );
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.article(id), ConsistentRead: true }),
    );
    return out.Item ? articleRecordOf(out.Item) : null;
  }

  async listWeek(week: string): Promise<ArticleRecord[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :w',
      ExpressionAttributeValues: { ':w': keys.articleWeek(week, '', '').weekPk },
    });
    return items.map(articleRecordOf);
  }

  /** Filtered on the server: the index has no ingestedAt key, but only the late arrivals travel back. */
  async listWeekIngestedAfter(week: string, after: string): Promise<ArticleRecord[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :w',
      FilterExpression: 'ingestedAt > :after',
      ExpressionAttributeValues: { ':w': keys.articleWeek(week, '', '').weekPk, ':after': after },
    });
    return items.map(articleRecordOf);
  }

  async listWeeks(): Promise<string[]> {
    const items = await scanKind(this.doc, this.table, 'ARTICLE');
    return [...new Set(items.filter((i) => !i.supersededBy).map((i) => String(i.week)))].sort();
  }

  /** Kept for the record (supersededBy), but out of the byWeek index, so no week lists it any more. */
  async supersede(id: string, byId: string): Promise<void> {
    await this.doc
      .send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.article(id),
          UpdateExpression: 'SET supersededBy = :by REMOVE weekPk, weekSk',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':by': byId },
        }),
      )
      .catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
  }
}

const sourceOf = (item: Record<string, unknown>): SourceRecord =>
  parseStored(sourceRecordSchema, withoutKeys(item), tableItem(item));

export class DynamoSourceRepository implements SourceRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(key: string): Promise<SourceRecord | null> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': keys.source(key).pk, ':sk': 'SOURCE' },
      ConsistentRead: true,
    });
    const item = items[0];
    return item ? sourceOf(item) : null;
  }

  async put(record: SourceRecord): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.source(record.key), kind: 'SOURCE', ...record },
      }),
    );
  }

  async list(): Promise<SourceRecord[]> {
    const items = await scanKind(this.doc, this.table, 'SOURCE');
    return items
      .map(sourceOf)
      .sort((a, b) => a.processedAt.localeCompare(b.processedAt) || a.key.localeCompare(b.key));
  }
}
