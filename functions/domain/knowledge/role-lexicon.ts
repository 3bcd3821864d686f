import { z } from 'zod';
import roles from './data/roles.json' with { type: 'json' };
import { type Lang, RU_ENDING, wordKey } from './role-words.js';

/** What a lexicon entry names; the kinds a parser asks for at a position. */
export type Kind = 'head' | 'modifier' | 'field' | 'org' | 'named' | 'region' | 'place';

const forms = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const entrySchema = z.strictObject({
  en: forms,
  az: forms,
  ru: forms,
  key: z.string().optional(),
  azPossessive: z.string().optional(),
  posted: z.boolean().optional(),
  attributive: z.boolean().optional(),
  fieldsOf: z.boolean().optional(),
  ownerTo: z.boolean().optional(),
});
const fileSchema = z.strictObject({
  $comment: z.array(z.string()),
  heads: z.array(entrySchema),
  modifiers: z.array(entrySchema.extend({ key: z.string() })),
  fields: z.array(entrySchema),
  organizations: z.array(entrySchema),
  named: z.array(entrySchema),
  regions: z.array(entrySchema),
  places: z.array(entrySchema),
  phrases: z.array(entrySchema),
});

/** One lexicon entry, normalized: the written form per language and every recognized form. */
export interface LexEntry {
  kind: Kind;
  key: string;
  en: string;
  az: string;
  ru: string;
  /** The Azerbaijani third-person possessive ("naziri"), given or made by rule later. */
  azPossessive: string | null;
  posted: boolean;
  attributive: boolean;
  /** Fields are "of" (Minister of Youth) even when the source wrote "for"/"üzrə"/"по". */
  fieldsOf: boolean;
  /** English "Adviser to the Minister", not "of". */
  ownerTo: boolean;
  forms: Record<Lang, string[]>;
}

interface Candidate {
  entry: LexEntry;
  /** Per word of the form: the word's key and, for Russian, the stem its case forms share. */
  words: { key: string; stem: string }[];
}

const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

function normalize(kind: Kind, raw: z.infer<typeof entrySchema>): LexEntry {
  const en = list(raw.en);
  const az = list(raw.az);
  const ru = list(raw.ru);
  return {
    kind,
    key: raw.key ?? en[0] ?? '',
    en: en[0] ?? '',
    az: az[0] ?? '',
    ru: ru[0] ?? '',
    azPossessive: raw.azPossessive ?? null,
    posted: raw.posted ?? false,
    attributive: raw.attributive ?? false,
    fieldsOf: raw.fieldsOf ?? false,
    ownerTo: raw.ownerTo ?? false,
    forms: { en, az, ru },
  };
}

// Russian words share a stem across cases: "министр" -> "министра", "наука" -> "науки".
function ruStem(key: string): string {
  const m = key.match(RU_ENDING);
  const stem = m?.index !== undefined && m.index >= 3 ? key.slice(0, m.index) : key;
  return stem;
}

// Parsed once at module load: a malformed lexicon fails loudly at start-up, not as a wrong translation.
const file = fileSchema.parse(roles);
const SECTIONS: [Kind, z.infer<typeof entrySchema>[]][] = [
  ['named', file.named],
  ['org', file.organizations],
  ['head', file.heads],
  ['field', file.fields],
  ['region', file.regions],
  ['place', file.places],
  ['modifier', file.modifiers],
];
export const ENTRIES: LexEntry[] = SECTIONS.flatMap(([kind, items]) => items.map((e) => normalize(kind, e)));
export const PHRASES: LexEntry[] = file.phrases.map((e) => normalize('head', e));

/** Index key of a word: its first three letters (Azerbaijani and Russian words inflect after them). */
export const prefixOf = (key: string): string => key.slice(0, 3);

function buildIndex(lang: Lang): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  for (const entry of ENTRIES) {
    for (const form of entry.forms[lang]) {
      const words = form.split(/\s+/).map((w) => {
        const key = wordKey(w, lang);
        return { key, stem: lang === 'ru' ? ruStem(key) : key };
      });
      const first = words[0];
      if (!first) continue;
      const bucket = index.get(prefixOf(first.key)) ?? [];
      bucket.push({ entry, words });
      index.set(prefixOf(first.key), bucket);
    }
  }
  // Longest forms first, so "Director-General for ..." is tried before "Director".
  for (const bucket of index.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export const INDEX: Record<Lang, Map<string, Candidate[]>> = {
  en: buildIndex('en'),
  az: buildIndex('az'),
  ru: buildIndex('ru'),
};

/** The modifier with this structural key (deputy, first, acting). */
export function modifier(key: string): LexEntry {
  const found = ENTRIES.find((e) => e.kind === 'modifier' && e.key === key);
  if (!found) throw new Error(`roles.json: missing modifier "${key}"`);
  return found;
}

export type { Candidate };
