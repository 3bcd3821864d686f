import { z } from 'zod';
import { isoWeekSchema } from './iso-week.js';

export const BULLETIN_STATUSES = ['compiled', 'empty', 'sending', 'sent'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

/** A week's BULLETIN record: what was compiled, and how far its sending has come. */
export const bulletinRecordSchema = z.object({
  week: isoWeekSchema,
  status: z.enum(BULLETIN_STATUSES),
  reason: z.string().nullable(),
  events: z.number(),
  partners: z.number(),
  articleIds: z.array(z.string()),
  /** Hash of the compiled content: compiling the same articles twice gives the same bulletin. */
  contentHash: z.string(),
  compiledAt: z.string(),
  sentAt: z.string().nullable(),
  titleEn: z.string(),
  titleAz: z.string(),
  /** Articles of earlier, already sent weeks shown under "late news" in this bulletin. */
  lateArticleIds: z.array(z.string()).optional(),
  /** articleIds as they went out: a later refresh of the archive page adds late arrivals to articleIds only. */
  sentArticleIds: z.array(z.string()).optional(),
  /** A preview of the current week (`bulletin dev`): status stays 'compiled' until the real send. */
  draft: z.boolean().optional(),
  /** While 'sending' and queueing: the queueing run's lease (epoch ms); a retry after it resumes the queueing. */
  leaseUntil: z.number().nullable().optional(),
  /** When the week was first claimed for sending: its content is frozen from then on (becomes sentAt). */
  sendingSince: z.string().optional(),
  /** Delivery jobs queued so far: a retried queueing resumes after them. */
  jobsQueued: z.number().optional(),
  /** Set once every job is queued, with the number of recipients; the week is 'sent' once all are settled. */
  queuedAt: z.string().optional(),
  recipients: z.number().optional(),
});
export type BulletinRecord = z.infer<typeof bulletinRecordSchema>;
