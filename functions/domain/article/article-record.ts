import { z } from 'zod';
import { isoWeekSchema } from '../bulletin/iso-week.js';
import { okArticleSchema } from './article.js';

/**
 * An article as the table keeps it: an accepted article's metadata without the full text (that lives in
 * articles/<id>.json), filed under the ISO week of its event date.
 */
export const articleRecordSchema = okArticleSchema.omit({ text: true }).extend({
  week: isoWeekSchema,
  ingestedAt: z.string(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const SOURCE_STATUSES = ['ok', 'duplicate', 'rejected', 'ignored'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** What became of one dropped key: exactly one SOURCE record per key, queryable by `bulletin status`. */
export const sourceRecordSchema = z.object({
  key: z.string(),
  status: z.enum(SOURCE_STATUSES),
  reason: z.string().nullable(),
  articleId: z.string().nullable(),
  etag: z.string().nullable(),
  bytes: z.number(),
  language: z.string().nullable(),
  title: z.string().nullable(),
  partners: z.array(z.string()),
  processedAt: z.string(),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
