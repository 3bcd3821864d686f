import type { Article } from '../article/article.js';

/** What the ingest use case and `bulletin extract` hand to the extraction engine. */
export interface ExtractInput {
  /** Raw bytes of the dropped file, already size-capped by the caller. */
  bytes: Uint8Array;
  /** The S3 key (or local path) the file came from; its extension is a hint, never trusted alone. */
  key: string;
  /** YYYY-MM-DD: the published/upload date, the reference for dates stated without a year. */
  publishedAt: string;
}

/** Extracts an article; never throws for bad input: a refused file comes back with status 'rejected'. */
export type ExtractArticle = (input: ExtractInput) => Promise<Article>;
