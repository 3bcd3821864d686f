import { z } from 'zod';

/** Languages the pipeline reads. Articles in anything else are rejected. */
export const LANGUAGES = ['en', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SOURCE_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const AGREEMENT_TYPES = [
  'memorandum',
  'agreement',
  'protocol',
  'declaration',
  'programme',
  'other',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A name and role as one bulletin edition shows them. */
export const displayFormSchema = z.object({ name: z.string(), role: z.string() });
export type DisplayForm = z.infer<typeof displayFormSchema>;

/**
 * A person as written in the article (`name`, `role`), with display forms for both bulletin editions:
 * the name transliterated where needed, the role translated through the role lexicon (docs/formats.md).
 */
export const personSchema = z.object({
  name: z.string().min(1),
  role: z.string(),
  display: z.object({ en: displayFormSchema, az: displayFormSchema }),
});
export type Person = z.infer<typeof personSchema>;

/**
 * An organization as written (`name`), with its English and Azerbaijani names from the knowledge base or
 * word-by-word rules, and the country it belongs to when known (absent for international bodies).
 */
export const organizationSchema = z.object({
  name: z.string().min(1),
  en: z.string().min(1),
  az: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const agreementSchema = z.object({
  type: z.enum(AGREEMENT_TYPES),
  count: z.number().int().positive(),
  title: z.string().optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/**
 * The article contract (docs/formats.md): what `bulletin extract --json` prints, what is stored in
 * articles/<id>.json and what the bulletin is compiled from.
 */
export const articleSchema = z.object({
  id: z.string().min(1),
  source: z.object({ key: z.string(), format: z.enum(SOURCE_FORMATS).nullable(), bytes: z.number().int() }),
  status: z.enum(['ok', 'rejected']),
  error: z.string().nullable(),
  language: z.enum(LANGUAGES).nullable(),
  title: z.string(),
  publishedAt: isoDate,
  eventDate: isoDate.nullable(),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  organizations: z.array(organizationSchema),
  people: z.array(personSchema),
  agreements: z.array(agreementSchema),
  topics: z.array(z.string()),
  places: z.array(z.string()),
  numbers: z.array(z.string()),
  summary: z.string(),
  text: z.string(),
  storyKey: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** An accepted article: language and format are always known (what articles/<id>.json holds). */
export const okArticleSchema = articleSchema.extend({
  status: z.literal('ok'),
  language: z.enum(LANGUAGES),
  source: articleSchema.shape.source.extend({ format: z.enum(SOURCE_FORMATS) }),
});
export type OkArticle = z.infer<typeof okArticleSchema>;
