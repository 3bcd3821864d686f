import { randomBytes } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isoWeekOf } from '../domain/bulletin/iso-week.js';
import { type Correction, correctionSchema } from '../domain/review/corrections.js';
import { type ReviewAction, reviewActionSchema } from '../domain/review/review-action.js';
import type { CorrectionRepository, ReviewLog } from '../ports/review.js';
import { parseStored, tableItem } from '../shared/stored-data.js';
import { keys, WEEK_INDEX, withoutKeys } from './dynamo-keys.js';
import { queryAll } from './dynamo-query.js';

const correctionKey = (articleId: string) => ({ pk: keys.article(articleId).pk, sk: 'CORRECTION' });

/**
 * CORRECTION items sit under the article's own partition key (beside its ARTICLE item, which reprocessing
 * rewrites without touching them). A corrected date files the item in the byWeek index under
 * CORRECTED#<week>, so compiling that week finds the articles moved into it.
 */
export class DynamoCorrectionRepository implements CorrectionRepository {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(articleId: string): Promise<Correction | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: correctionKey(articleId), ConsistentRead: true }),
    );
    return out.Item ? parseStored(correctionSchema, withoutKeys(out.Item), tableItem(out.Item)) : null;
  }

  async getMany(articleIds: readonly string[]): Promise<Correction[]> {
    const found = await Promise.all([...new Set(articleIds)].map((id) => this.get(id)));
    return found.flatMap((c) => (c ? [c] : []));
  }

  async put(correction: Correction): Promise<void> {
    const moved = correction.eventDate
      ? { weekPk: `CORRECTED#${isoWeekOf(correction.eventDate)}`, weekSk: correction.articleId }
      : {};
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...correctionKey(correction.articleId), ...moved, kind: 'CORRECTION', ...correction },
      }),
    );
  }

  async listMovedInto(week: string): Promise<Correction[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      IndexName: WEEK_INDEX,
      KeyConditionExpression: 'weekPk = :w',
      ExpressionAttributeValues: { ':w': `CORRECTED#${week}` },
    });
    return items.map((i) => parseStored(correctionSchema, withoutKeys(i), tableItem(i)));
  }
}

/** REVIEW_ACTION items under the bulletin's partition key, sorted by time: the week's audit trail. */
export class DynamoReviewLog implements ReviewLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async record(action: ReviewAction): Promise<void> {
    // The random tail keeps two actions in the same millisecond apart.
    const sk = `ACTION#${action.at}#${randomBytes(4).toString('hex')}`;
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: keys.bulletin(action.week).pk, sk, kind: 'REVIEW_ACTION', ...action },
      }),
    );
  }

  async list(week: string): Promise<ReviewAction[]> {
    const items = await queryAll(this.doc, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :a)',
      ExpressionAttributeValues: { ':pk': keys.bulletin(week).pk, ':a': 'ACTION#' },
      ConsistentRead: true,
    });
    return items.map((i) => parseStored(reviewActionSchema, withoutKeys(i), tableItem(i)));
  }
}
