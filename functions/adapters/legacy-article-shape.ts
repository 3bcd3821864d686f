import { type ArticleRecord, articleRecordSchema } from '../domain/article/article-record.js';
import { inCurrentShape } from '../domain/article/current-shape.js';
import { parseStored, tableItem } from '../shared/stored-data.js';
import { withoutKeys } from './dynamo-keys.js';

/**
 * An ARTICLE item without its keys, in the current contract's shape: older items are upgraded on read
 * (inCurrentShape), then parsed, so a malformed item is a StoredDataError naming its key.
 */
export function articleRecordOf(item: Record<string, unknown>): ArticleRecord {
  return parseStored(articleRecordSchema, inCurrentShape(withoutKeys(item)), tableItem(item));
}
