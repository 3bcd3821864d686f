import type { Language } from '../article/article.js';
import type { BulletinLanguage } from '../i18n/language.js';
import type { Bulletin, BulletinItem } from './bulletin.js';

/** What a Translator port is asked for: one summary, for one reader language that has no report. */
export interface TranslationRequest {
  itemId: string;
  from: Language;
  to: BulletinLanguage;
  text: string;
}

export interface TranslationResult {
  itemId: string;
  from: Language;
  to: BulletinLanguage;
  summary: string;
}

export type SummaryNote = { kind: 'translated'; from: Language } | null;

/** When the reader's language has no report, the original shown is taken in this order. */
const ORIGINAL_ORDER: readonly Language[] = ['en', 'az', 'ru'];

export function originalVersion(item: BulletinItem, reader: BulletinLanguage) {
  const own = item.versions[reader];
  if (own) return own;
  for (const language of ORIGINAL_ORDER) {
    const version = item.versions[language];
    if (version) return version;
  }
  return null;
}

/**
 * The summary a reader sees: the same event's report in that language, else a machine translation
 * (marked), else the lead built from the facts in that language. Never text in the other language: the
 * original stays in the web copy, marked with its language.
 */
export function summaryFor(
  item: BulletinItem,
  reader: BulletinLanguage,
): { text: string; note: SummaryNote } {
  const edited = item.editedLead?.[reader];
  if (edited) return { text: edited, note: null };
  const own = item.versions[reader];
  if (own) return { text: own.summary, note: null };
  const translated = item.translations[reader];
  if (translated) return { text: translated.summary, note: { kind: 'translated', from: translated.from } };
  return { text: item.lead[reader], note: null };
}

const allItems = (bulletin: Bulletin): BulletinItem[] => [
  ...bulletin.groups.flatMap((g) => g.items),
  ...bulletin.late,
];

/** Summaries missing in a reader language, in bulletin order (deterministic), for a Translator port. */
export function translationRequests(
  bulletin: Bulletin,
  languages: readonly BulletinLanguage[] = ['az', 'en'],
) {
  const requests: TranslationRequest[] = [];
  for (const item of allItems(bulletin)) {
    for (const to of languages) {
      if (item.versions[to] || item.translations[to]) continue;
      const original = originalVersion(item, to);
      if (original?.summary)
        requests.push({ itemId: item.id, from: original.language, to, text: original.summary });
    }
  }
  return requests;
}

/** A new bulletin with the translated summaries filled in; results for unknown items are ignored. */
export function applyTranslations(bulletin: Bulletin, results: readonly TranslationResult[]): Bulletin {
  const byItem = new Map<string, TranslationResult[]>();
  for (const result of results) byItem.set(result.itemId, [...(byItem.get(result.itemId) ?? []), result]);
  const fill = <T extends BulletinItem>(item: T): T => {
    const mine = byItem.get(item.id);
    if (!mine) return item;
    const translations = { ...item.translations };
    for (const r of mine) if (!item.versions[r.to]) translations[r.to] = { from: r.from, summary: r.summary };
    return { ...item, translations };
  };
  return {
    ...bulletin,
    groups: bulletin.groups.map((g) => ({ ...g, items: g.items.map(fill) })),
    late: bulletin.late.map(fill),
  };
}
