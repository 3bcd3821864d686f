import type { ArticleRecord } from '../domain/article/article-record.js';
import { inCurrentShape } from '../domain/article/current-shape.js';
import { withoutKeys } from './dynamo-keys.js';

/** An ARTICLE item without its keys, in the current contract's shape (older items upgraded on read). */
export function articleRecordOf(item: Record<string, unknown>): ArticleRecord {
  return inCurrentShape(withoutKeys(item)) as unknown as ArticleRecord;
}
