import { type OkArticle, okArticleSchema } from '../domain/article/article.js';
import type { ArticleRecord } from '../domain/article/article-record.js';
import { inCurrentShape } from '../domain/article/current-shape.js';
import type { ObjectStore } from '../ports/object-store.js';
import { articleKey } from '../shared/storage-keys.js';
import { parseStoredJson, s3Object } from '../shared/stored-data.js';

/** Articles stored before display forms existed are upgraded before they are checked (current-shape.ts). */
const upgrade = (value: unknown) =>
  value !== null && typeof value === 'object' ? inCurrentShape(value as Record<string, unknown>) : value;

/** articles/<id>.json, parsed: a malformed file is a StoredDataError naming its key. */
function parseArticle(text: string, id: string): OkArticle {
  const key = articleKey(id);
  return parseStoredJson(okArticleSchema, text, s3Object(key), upgrade);
}

/** The table keeps metadata only; the clean text comes from articles/<id>.json. */
export async function loadArticles(
  store: ObjectStore,
  records: readonly ArticleRecord[],
): Promise<OkArticle[]> {
  const texts = await Promise.all(records.map((r) => store.getText(articleKey(r.id))));
  return records.map((record, i) => {
    const text = texts[i];
    // The record (the table's copy, possibly reprocessed since) is what counts; the file adds the text.
    return { ...record, text: text ? parseArticle(text, record.id).text : '' };
  });
}

/** The stored article JSON holds the metadata too: enough for the late news a sent week already showed. */
export async function loadArticlesById(store: ObjectStore, ids: readonly string[]): Promise<OkArticle[]> {
  const texts = await Promise.all(ids.map((id) => store.getText(articleKey(id))));
  return ids.flatMap((id, i) => {
    const text = texts[i];
    return text ? [parseArticle(text, id)] : [];
  });
}
