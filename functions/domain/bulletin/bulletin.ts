import { z } from 'zod';
import {
  AGREEMENT_TYPES,
  agreementSchema,
  LANGUAGES,
  organizationSchema,
  personSchema,
} from '../article/article.js';
import { BULLETIN_LANGUAGES } from '../i18n/language.js';

// The bulletin model is written to bulletins/<week>/bulletin.json and read back by the archive and the
// review page, so its types are derived from these schemas: what is read is parsed, not cast.

const language = z.enum(LANGUAGES);
const bulletinLanguage = z.enum(BULLETIN_LANGUAGES);
const perBulletinLanguage = z.object({ az: z.string(), en: z.string() });

/** One language's report(s) of an event: the first report's own words, and every report's id. */
export const itemVersionSchema = z.object({
  language,
  title: z.string(),
  summary: z.string(),
  text: z.string(),
  articleIds: z.array(z.string()),
});
export type ItemVersion = z.infer<typeof itemVersionSchema>;

/** A summary filled in by a Translator for a language no report was written in. */
export const itemTranslationSchema = z.object({ from: language, summary: z.string() });
export type ItemTranslation = z.infer<typeof itemTranslationSchema>;

/** A partner country, or an organization by its English (`name`) and Azerbaijani (`az`) names. */
export const partnerRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('country'), code: z.string() }),
  z.object({ kind: z.literal('organization'), name: z.string(), az: z.string() }),
]);
export type PartnerRef = z.infer<typeof partnerRefSchema>;

/** One event: every report with the same storyKey, in any language. */
export const bulletinItemSchema = z.object({
  /** Stable anchor and key: derived from the storyKey. */
  id: z.string(),
  storyKey: z.string(),
  /** The event date (or the earliest publication date when no report states one). */
  date: z.string(),
  partner: partnerRefSchema.nullable(),
  countries: z.array(z.string()),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  agreements: z.array(agreementSchema),
  topics: z.array(z.string()),
  places: z.array(z.string()),
  /** Where the event took place, in each language, when the reports' opening sentences name a known city. */
  venue: perBulletinLanguage.nullable(),
  numbers: z.array(z.string()),
  /** Built from the facts in each language, so both are right without machine translation. */
  headline: perBulletinLanguage,
  /** One or two sentences built from the facts in each language (i18n/lead.ts): the summary of last resort. */
  lead: perBulletinLanguage,
  /** Keyed by the report language; the first language in SOURCE_PREFERENCE present is the original. */
  versions: z.partialRecord(language, itemVersionSchema),
  translations: z.partialRecord(bulletinLanguage, itemTranslationSchema),
  /** A lead an editor wrote (docs/operations.md, the editor's week): shown instead of any report's summary. */
  editedLead: z.partialRecord(bulletinLanguage, z.string()).optional(),
  articleIds: z.array(z.string()),
});
export type BulletinItem = z.infer<typeof bulletinItemSchema>;

export const partnerGroupSchema = z.object({
  /** "country:KZ", "organization:isesco" or "other". */
  key: z.string(),
  partner: partnerRefSchema.nullable(),
  items: z.array(bulletinItemSchema),
});
export type PartnerGroup = z.infer<typeof partnerGroupSchema>;

export const bulletinFiguresSchema = z.object({
  events: z.number(),
  partners: z.number(),
  documentsSigned: z.number(),
  /** Summed per type, in the contract's type order; types with no documents are left out. */
  agreements: z.array(z.object({ type: z.enum(AGREEMENT_TYPES), count: z.number() })),
});
export type BulletinFigures = z.infer<typeof bulletinFiguresSchema>;

export const lateItemSchema = bulletinItemSchema.extend({
  /** The ISO week the event belongs to. */
  week: z.string(),
});
export type LateItem = z.infer<typeof lateItemSchema>;

export const bulletinSchema = z.object({
  week: z.string(),
  start: z.string(),
  end: z.string(),
  figures: bulletinFiguresSchema,
  groups: z.array(partnerGroupSchema),
  late: z.array(lateItemSchema),
});
export type Bulletin = z.infer<typeof bulletinSchema>;
