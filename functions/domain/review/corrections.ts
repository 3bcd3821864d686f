import { z } from 'zod';
import { agreementSchema, organizationSchema } from '../article/article.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const country = z.string().regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as KZ');
const text = z.string().trim().min(1).max(600);
const perLanguage = z.object({ en: text.optional(), az: text.optional() });
/** In a change, an empty text puts that language back to the built headline or the report's lead. */
const perLanguageChange = z.object({
  en: z.string().trim().max(600).optional(),
  az: z.string().trim().max(600).optional(),
});

/**
 * An editor's corrections of one article, kept beside the extracted facts (never over them): the compile
 * reads both and the corrected value wins. Every field is optional; absent means "as extracted".
 */
export const correctionSchema = z.object({
  articleId: z.string().min(1),
  /** Left out of this bulletin (and any later one). */
  exclude: z.boolean().optional(),
  /** A corrected event date; it moves the article to the week of that date. */
  eventDate: isoDate.optional(),
  countries: z.array(country).optional(),
  organizations: z.array(organizationSchema).optional(),
  agreements: z.array(agreementSchema).optional(),
  headline: perLanguage.optional(),
  /** The lead (summary) a reader sees, per bulletin language. */
  lead: perLanguage.optional(),
  /** One event with that article: shown as one item. */
  mergeWith: z.string().min(1).optional(),
  /** Its own event: never grouped with other reports. */
  split: z.boolean().optional(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

/**
 * A change an editor asks for: the same fields, where null puts a field back to the extracted value.
 * Validated at every boundary (review form, CLI) before it is stored.
 */
export const correctionChangeSchema = z
  .object({
    exclude: z.boolean().nullable(),
    eventDate: isoDate.nullable(),
    countries: z.array(country).nullable(),
    organizations: z.array(organizationSchema).nullable(),
    agreements: z.array(agreementSchema).nullable(),
    headline: perLanguageChange.nullable(),
    lead: perLanguageChange.nullable(),
    mergeWith: z.string().min(1).nullable(),
    split: z.boolean().nullable(),
  })
  .partial()
  .strict();
export type CorrectionChange = z.infer<typeof correctionChangeSchema>;

/** The stored correction after a change: fields set or cleared, per-language texts merged. */
export function applyChange(
  previous: Correction | null,
  articleId: string,
  change: CorrectionChange,
  by: { at: string; editor: string },
): Correction {
  const next: Record<string, unknown> = { ...(previous ?? {}), articleId };
  for (const [field, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value === null || value === false) delete next[field];
    else if (field === 'headline' || field === 'lead') {
      const merged: Record<string, string> = { ...(next[field] as Record<string, string> | undefined) };
      for (const [language, t] of Object.entries(value as Record<string, string | undefined>)) {
        if (t) merged[language] = t;
        else if (t === '') delete merged[language];
      }
      if (Object.keys(merged).length > 0) next[field] = merged;
      else delete next[field];
    } else next[field] = value;
  }
  // Merging and splitting undo each other.
  if (change.split) delete next.mergeWith;
  if (change.mergeWith) delete next.split;
  return correctionSchema.parse({ ...next, updatedAt: by.at, updatedBy: by.editor });
}

/** The fields a correction can override on an article (record or full article). */
export interface CorrectableFacts {
  eventDate: string | null;
  countries: string[];
  organizations: z.infer<typeof organizationSchema>[];
  agreements: z.infer<typeof agreementSchema>[];
}

/** The article as the bulletin shows it: corrected facts over extracted ones. */
export function correctFacts<T extends CorrectableFacts>(article: T, correction: Correction | undefined): T {
  if (!correction) return article;
  return {
    ...article,
    eventDate: correction.eventDate ?? article.eventDate,
    countries: correction.countries ?? article.countries,
    organizations: correction.organizations ?? article.organizations,
    agreements: correction.agreements ?? article.agreements,
  };
}

const FIELDS = [
  'exclude',
  'eventDate',
  'countries',
  'organizations',
  'agreements',
  'headline',
  'lead',
  'mergeWith',
  'split',
] as const;

/** Which fields a change really changed, for the audit trail ("eventDate, exclude"); a resubmitted form changes none. */
export function changedFields(before: Correction | null, after: Correction): string[] {
  return FIELDS.filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after[f]));
}
