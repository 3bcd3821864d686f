import type { Agreement, AgreementType } from '../article/article.js';
import { findDateMentions } from './date-patterns.js';
import { AGREEMENT_PACKS } from './locales/agreement-packs.js';
import type { AgreementsPack } from './locales/agreements-pack.js';
import { compoundCount, parseCount } from './number-words.js';
import { lowerAz, paragraphsOf, sentencesOf } from './text-tools.js';

const PACKS = Object.values(AGREEMENT_PACKS);
const all = (pick: (pack: AgreementsPack) => readonly string[]) => PACKS.flatMap((pack) => [...pick(pack)]);
const alternatives = (pick: (pack: AgreementsPack) => readonly string[]) => all(pick).join('|');

const TYPES: (AgreementType | 'generic')[] = [
  'declaration',
  'memorandum',
  'protocol',
  'agreement',
  'programme',
  'generic',
];
// One capture group per type, declarations first: "document of intent" must not be read as a generic document.
const KIND_RE = new RegExp(
  `(?<![\\p{L}])(?:${TYPES.map((t) => `(${alternatives((p) => p.kinds[t] ?? [])})`).join('|')})(?![\\p{L}])`,
  'gu',
);
const SIGNED = new RegExp(`(?<![\\p{L}])(?:${alternatives((p) => p.signed)})(?![\\p{L}])`, 'u');
const NOT_NOW = new RegExp(
  alternatives((p) => p.notNow),
  'u',
);
const UNDER = new RegExp(
  `(?:${alternatives((p) => p.frameworkBefore)})\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'u',
);
// A programme or a project can be what a document is about, coordinated with another subject ("birgə
// magistratura proqramı və doktorantların mübadiləsi üzrə saziş"); a memorandum, protocol or agreement is not:
// in "anlaşma memorandumu və tələbə mübadiləsinə dair saziş" it is a second document signed.
const CONJUNCTION = new RegExp(`^(?:${alternatives((p) => p.clauseJoin)})$`, 'u');
const AFTER_UNDER = new RegExp(
  `^\\s*((?:\\p{L}+\\s+){0,3})(?:${alternatives((p) => p.frameworkAfter)})`,
  'u',
);
const isFrameworkAfter = (rest: string, type: AgreementType | 'generic'): boolean => {
  const m = AFTER_UNDER.exec(rest);
  if (m === null) return false;
  const coordinated = (m[1] ?? '').split(/\s+/u).some((w) => CONJUNCTION.test(w));
  return !coordinated || type === 'programme' || type === 'generic';
};
// A conjunction between two document words coordinates them ("a memorandum of understanding on research and
// an agreement on exchange"); the second one's own modifiers may stand in the gap.
const COORDINATING = /(?:,|(?<![\p{L}])(?:and|və|и|as well as|а также)(?![\p{L}]))/u;
const MAX_COORDINATED_GAP = 48;
const ANAPHORA = new RegExp(
  `(?:^|\\s)(?:${alternatives((p) => p.anaphora)})\\s+(?:[\\p{L}-]+\\s+){0,2}$`,
  'u',
);
const PLURAL = new RegExp(`(?:${alternatives((p) => p.pluralEndings)})$`, 'u');

interface Mention {
  type: AgreementType | 'generic';
  count: number;
  /** The text gives the number ("12 memoranda", "twelve", "iki protokol"), rather than "a memorandum". */
  stated: boolean;
  anaphoric: boolean;
}

function countBefore(before: string, keyword: string): { count: number; stated: boolean } {
  const words = before.trim().split(/\s+/).slice(-3).reverse();
  const clean = (w: string | undefined) => (w ?? '').replace(/[^\p{L}\d,.-]/gu, '');
  for (const [i, w] of words.entries()) {
    // A number before the signing verb counts its subject, not the documents: "вузы двух стран подписали
    // меморандумы", "the two sides signed memoranda".
    if (SIGNED.test(w)) break;
    const n = parseCount(clean(w));
    if (n === null) continue;
    // "on iki memorandum", "двадцать три меморандума": the tens stand before the units.
    const total = compoundCount(clean(words[i + 1]), clean(w)) ?? n;
    return { count: total, stated: total > 1 };
  }
  return { count: PLURAL.test(keyword) && !/^mou$|^program$/.test(keyword) ? 2 : 1, stated: false };
}

function typeOf(m: RegExpMatchArray): AgreementType | 'generic' {
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return TYPES[i] ?? 'generic';
}

/** Documents named in one sentence that says they were signed; coordinated ones ("X and Y") all count. */
/**
 * "The parties recalled the agreement signed in 2019 and signed a new memorandum": a coordinated clause with
 * its own signing verb is judged on its own, so the recalled part does not hide the new signing.
 */
const CLAUSE_BREAK = new RegExp(
  `,?\\s+(?:${alternatives((p) => p.clauseJoin)})\\s+(?=(?:also\\s+|then\\s+)?(?:${alternatives((p) => p.signed)}))`,
  'u',
);

function mentionsIn(sentence: string, publishedYear: number): Mention[] {
  const clauses = lowerAz(sentence).split(CLAUSE_BREAK);
  return clauses.length > 1
    ? clauses.flatMap((c) => clauseMentions(c, publishedYear))
    : clauseMentions(clauses[0] ?? '', publishedYear);
}

function clauseMentions(s: string, publishedYear: number): Mention[] {
  if (!SIGNED.test(s) || NOT_NOW.test(s)) return [];
  const years = [...s.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
  if (years.some((y) => y < publishedYear && !/\d{4}\s*[-–]\s*\d{4}/.test(s))) return [];
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of s.matchAll(KIND_RE)) {
    const at = m.index ?? 0;
    const before = s.slice(Math.max(0, at - 60), at);
    const gap = lastEnd < 0 ? '' : s.slice(lastEnd, at);
    const coordinated = lastEnd < 0 || (gap.length <= MAX_COORDINATED_GAP && COORDINATING.test(gap));
    lastEnd = at + m[0].length;
    if (UNDER.test(before) || isFrameworkAfter(s.slice(lastEnd), typeOf(m))) {
      // The framework is not signed, and the document named after it is judged on its own: "proqramı üzrə
      // saziş imzalanıb", "в рамках программы подписано соглашение".
      lastEnd = -1;
      continue;
    }
    if (!coordinated) continue;
    // A document word opening its sentence is what the text already spoke of, in the languages without
    // articles: "Соглашение подписали ректор ...", "Memorandumu ... imzalayıblar".
    const opens = s.slice(0, at).trim() === '';
    out.push({ type: typeOf(m), ...countBefore(before, m[0]), anaphoric: opens || ANAPHORA.test(before) });
  }
  return out;
}

/**
 * Agreements signed at the event, by type with counts. Only sentences that say a document was signed
 * are read; planned or recalled signings, and documents the event merely works "under", are left out.
 * A document referred back to ("the memorandum", "bu saziş") is not counted twice. Untyped words
 * ("document", "project") count as one agreement only when no typed document was signed.
 * A number stated more than once (headline and lead, "12 memoranda ... twelve memoranda") is one set of
 * documents restated: per type, the largest stated number wins over the sum of separate single mentions.
 */
export function extractAgreements(
  text: string,
  publishedAt: string,
  organizationNames: readonly string[] = [],
): Agreement[] {
  const year = Number(publishedAt.slice(0, 4));
  const all = paragraphsOf(withoutDocumentWordsOf(text, organizationNames));
  // A date line above the headline ("Bakı, 22.09.2026") is neither the headline nor a sentence of the body.
  let first = 0;
  while (first < all.length - 1 && isDateLine(all[first] ?? '')) first++;
  const paragraphs = all.slice(first);
  // A headline restates the lead ("... sign protocol" above "a protocol was signed"): it is read only when
  // the body says nothing was signed.
  const headline = paragraphs.length > 1 && isHeadline(paragraphs[0] ?? '') ? paragraphs.slice(0, 1) : [];
  const body = paragraphs.slice(headline.length);
  const fromBody = countAgreements(body, year);
  return fromBody.length > 0 ? fromBody : countAgreements(headline, year);
}

/**
 * An organization's name is not a document, though it may hold a document word: "the United Nations
 * Development Programme signed an agreement", "Программа развития ООН подписала меморандум". The names the
 * organization extractor found (as the text writes them) are blanked out before documents are counted.
 */
function withoutDocumentWordsOf(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    KIND_RE.lastIndex = 0;
    if (name.length < 4 || !KIND_RE.test(lowerAz(name))) continue;
    out = out.split(name).join('Org');
  }
  KIND_RE.lastIndex = 0;
  return out;
}

/** A line that is a date and little else: a dateline or a stamp written above the headline. */
function isDateLine(paragraph: string): boolean {
  const mentions = findDateMentions(paragraph);
  if (mentions.length === 0 || paragraph.length > 60) return false;
  let rest = paragraph;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.index)} ${rest.slice(m.end)}`;
  return (rest.match(/\p{L}+/gu)?.length ?? 0) <= 4;
}

/** A short first line without closing punctuation: a title kept in the text of a .txt file. */
function isHeadline(paragraph: string): boolean {
  return paragraph.length <= 200 && !paragraph.includes('\n') && !/[.!?…:]["»”]?$/u.test(paragraph.trim());
}

function countAgreements(paragraphs: string[], year: number): Agreement[] {
  const single = new Map<AgreementType | 'generic', number>();
  const stated = new Map<AgreementType | 'generic', number>();
  // An unnumbered plural ("memoranda were signed", "Memorandumlar ... imzalanıb") says "several", and a
  // second one is the same documents spoken of again: plurals are not summed.
  const plural = new Map<AgreementType | 'generic', number>();
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      for (const m of mentionsIn(sentence, year)) {
        if (m.anaphoric && (single.has(m.type) || stated.has(m.type))) continue;
        if (m.stated) stated.set(m.type, Math.max(stated.get(m.type) ?? 0, m.count));
        else if (m.count > 1) plural.set(m.type, Math.max(plural.get(m.type) ?? 0, m.count));
        else single.set(m.type, (single.get(m.type) ?? 0) + m.count);
      }
    }
  }
  const totals = new Map(single);
  for (const [type, count] of plural) totals.set(type, Math.max(count, single.get(type) ?? 0));
  for (const [type, count] of stated) totals.set(type, Math.max(count, totals.get(type) ?? 0));
  const generic = totals.get('generic');
  totals.delete('generic');
  // "signed memoranda of cooperation, 12 documents in all": a stated number of documents counts the one type
  // named only in the plural, without a number of its own.
  const unnumbered = [...plural.keys()].filter((t) => t !== 'generic' && !stated.has(t) && !single.has(t));
  if (stated.has('generic') && generic && totals.size === 1 && unnumbered.length === 1) {
    const [type] = unnumbered;
    if (type) totals.set(type, Math.max(generic, totals.get(type) ?? 0));
  }
  // Untyped documents: a stated number ("some 40 cooperation documents") is that many of no named type;
  // a lone "document was signed" is read as one agreement.
  if (totals.size === 0 && generic)
    totals.set(stated.has('generic') ? 'other' : 'agreement', stated.has('generic') ? generic : 1);
  return [...totals].map(([type, count]) => ({ type: type as AgreementType, count }));
}
