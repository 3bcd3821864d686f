import { z } from 'zod';

/**
 * The reviewed knowledge base (functions/domain/knowledge/data/*.json): the shape of each file. Facts that
 * span entries (no name shared by two entries, valid country codes, Azerbaijani letters, Cyrillic Russian)
 * are checked by tests/unit/knowledge/data.test.ts; docs/knowledge-base.md explains every field.
 */

/** A name as written: no leading, trailing or doubled spaces. */
const name = z.string().regex(/^\S+(?: \S+)*$/u, 'a name has no leading, trailing or doubled spaces');
/** ISO 3166-1 alpha-2, upper case (validity against the ISO list is a test). */
const country = z.string().regex(/^[A-Z]{2}$/u, 'a country is an ISO 3166-1 alpha-2 code');
/** An acronym as written ("TSU", "YÖK", "КазНУ"): letters and digits only, at least two capitals. */
const acronym = z
  .string()
  .regex(/^[\p{L}\p{N}]+$/u, 'an acronym is letters and digits only (the matcher compares whole words)')
  .refine((s) => (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2, 'an acronym has at least two capitals');
/** The same thing in the three languages of the news. */
const trilingual = { en: name, az: name, ru: name };

export const ORGANIZATION_KINDS = [
  'university',
  'ministry',
  'agency',
  'parliament',
  'academy',
  'institute',
  'fund',
  'international',
  'company',
  'school',
  'other',
] as const;

export const organizationSchema = z.strictObject({
  ...trilingual,
  /** Omitted for international organizations. */
  country: country.optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  acronyms: z.array(acronym).min(1).optional(),
  /** Other full names in any language, base form. */
  aliases: z.array(name).min(1).optional(),
  /** Only on Azerbaijan's Ministry of Science and Education, the publisher. */
  host: z.literal(true).optional(),
});

export const personSchema = z.strictObject({
  ...trilingual,
  country,
  /** The office most often reported; the role stated in an article wins over it. */
  role: z.strictObject(trilingual).optional(),
  aliases: z.array(name).min(1).optional(),
});

export const placeSchema = z.strictObject({
  ...trilingual,
  country,
  aliases: z.array(name).min(1).optional(),
});

export const lexiconWordSchema = z.strictObject({
  /** One English word ("University", "People's"); the translator goes word by word. */
  en: z.string().regex(/^\S+$/u, 'an English lexicon entry is one word'),
  az: name,
  ru: name,
  /** Institution head nouns (University, Institute, Ministry ...). */
  pos: z.literal('head').optional(),
});

const comment = z.string().min(1);

export const organizationsFileSchema = z.strictObject({
  $comment: comment,
  organizations: z.array(organizationSchema).min(1),
});
export const peopleFileSchema = z.strictObject({ $comment: comment, people: z.array(personSchema).min(1) });
/**
 * places.json is compact, because it is bundled into the ingest Lambda: places grouped by country, each one
 * line `[en, az, ru, ...aliases]` ({"DE": [["Chemnitz", "Kemnits", "Хемниц"]]}), read into the same
 * `KnownPlace` entries that knowledge additions give.
 */
const placeLine = z.tuple([name, name, name]).rest(name);
export const placesFileSchema = z
  .strictObject({ $comment: comment, places: z.record(country, z.array(placeLine).min(1)) })
  .transform(({ $comment, places }) => ({
    $comment,
    places: Object.entries(places).flatMap(([code, lines]) =>
      lines.map(
        ([en, az, ru, ...aliases]): KnownPlace => ({
          en,
          az,
          ru,
          country: code,
          ...(aliases.length > 0 ? { aliases } : {}),
        }),
      ),
    ),
  }));
export const lexiconFileSchema = z.strictObject({
  $comment: comment,
  words: z.array(lexiconWordSchema).min(1),
});

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type KnownOrganization = z.infer<typeof organizationSchema>;
export type KnownPerson = z.infer<typeof personSchema>;
export type KnownPlace = z.infer<typeof placeSchema>;
export type LexiconWord = z.infer<typeof lexiconWordSchema>;
