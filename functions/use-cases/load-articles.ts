import type { OkArticle } from '../domain/article/article.js';
import type { ArticleRecord } from '../domain/article/article-record.js';
import { inCurrentShape } from '../domain/article/current-shape.js';
import type { ObjectStore } from '../ports/object-store.js';
import { articleKey } from '../shared/storage-keys.js';

/** The table keeps metadata only; the clean text comes from articles/<id>.json. */
export async function loadArticles(
  store: ObjectStore,
  records: readonly ArticleRecord[],
): Promise<OkArticle[]> {
  const texts = await Promise.all(records.map((r) => store.getText(articleKey(r.id))));
  return records.map(
    (r, i) => ({ ...r, text: texts[i] ? (JSON.parse(texts[i]) as OkArticle).text : '' }) as OkArticle,
  );
}

/** The stored article JSON holds the metadata too: enough for the late news a sent week already showed. */
export async function loadArticlesById(store: ObjectStore, ids: readonly string[]): Promise<OkArticle[]> {
  const texts = await Promise.all(ids.map((id) => store.getText(articleKey(id))));
  return texts.flatMap((text) => (text ? [inCurrentShape(JSON.parse(text) as OkArticle)] : []));
}
