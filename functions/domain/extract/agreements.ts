import type { Agreement, AgreementType } from '../article/article.js';
import { parseCount } from './number-words.js';
import { lowerAz, paragraphsOf, sentencesOf } from './text-tools.js';

// Document words by type; "protocol of intent" stays a protocol, a "document of intent" is a declaration.
const KINDS: [AgreementType | 'generic', string][] = [
  [
    'declaration',
    '(?:document|letter|statement)s? of intent(?:ion)?|joint (?:statement|declaration)s?|declarations?|bəyannamə\\p{L}*|birgə bəyanat\\p{L}*|niyyət (?:sənəd|məktub)\\p{L}*|деклараци\\p{L}*|совместн\\p{L}* заявлени\\p{L}*|(?:заявлени|документ)\\p{L}* о намерени\\p{L}*',
  ],
  ['memorandum', 'memorand\\p{L}*|mous?|меморандум\\p{L}*'],
  ['protocol', 'protocols?|protokol\\p{L}*|протокол\\p{L}*'],
  ['agreement', 'agreements?|saziş\\p{L}*|müqavilə\\p{L}*|соглашени\\p{L}*|договор(?:а|ы|ов)?'],
  [
    'programme',
    'programmes?|programs?|action plans?|road ?maps?|proqram\\p{L}*|fəaliyyət plan\\p{L}*|yol xəritə\\p{L}*|программ\\p{L}*|дорожн\\p{L}* карт\\p{L}*',
  ],
  ['generic', 'documents?|sənəd\\p{L}*|документ\\p{L}*|projects?|layihə\\p{L}*|проект\\p{L}*'],
];
const KIND_RE = new RegExp(`(?<![\\p{L}])(?:${KINDS.map(([, p]) => `(${p})`).join('|')})(?![\\p{L}])`, 'gu');

const SIGNED = /(?<![\p{L}])(?:sign(?:ed|ing|s)?|imzala\p{L}*|подпис\p{L}*|inked|concluded)(?![\p{L}])/u;
// Signing that is planned, denied, or recalled from an earlier occasion, is not signing at this event.
const NOT_NOW =
  /\bno (?:\p{L}+ )?(?:documents?|agreements?|memorand\p{L}*)\b|\bnot (?:yet )?(?:been )?signed|\bnothing was signed|heç bir (?:sənəd|saziş|memorandum)|imzalanmayıb|imzalanmadı|не (?:был[аио]? )?подписан|ничего не подписа|will (?:be )?sign|to be signed|plan\p{L}* to sign|expected to|imzalanacaq|imzalanması planlaşdırılır|будет подписан|планируется подписать|recall\p{L}*|earlier|previously|last year|in the past|xatırlad\p{L}*|əvvəllər|ötən il|keçən il|ранее|напомни\p{L}*|в прошлом году/u;
const UNDER =
  /(?:framework of|under|based on|pursuant to|in line with|in accordance with|implementation of|в рамках|согласно|на основе|в соответствии с)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
const AFTER_UNDER = /^\s*(?:\p{L}+\s+)?(?:çərçivəsində|əsasında|üzrə)/u;
const ANAPHORA =
  /(?:^|\s)(?:the|this|these|that|those|said|bu|həmin|этот|эта|это|эти|данн\p{L}*|указанн\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const PLURAL = /(?:s|memoranda|lar|lər|ы|и|ов|ов)$/u;

interface Mention {
  type: AgreementType | 'generic';
  count: number;
  /** The text gives the number ("12 memoranda", "twelve", "iki protokol"), rather than "a memorandum". */
  stated: boolean;
  anaphoric: boolean;
}

function countBefore(before: string, keyword: string): { count: number; stated: boolean } {
  const words = before.trim().split(/\s+/).slice(-3).reverse();
  for (const w of words) {
    const n = parseCount(w.replace(/[^\p{L}\d,.]/gu, ''));
    if (n !== null) return { count: n, stated: n > 1 };
  }
  return { count: PLURAL.test(keyword) && !/^mou$|^program$/.test(keyword) ? 2 : 1, stated: false };
}

function typeOf(m: RegExpMatchArray): AgreementType | 'generic' {
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return KINDS[i]?.[0] ?? 'generic';
}

/** Documents named in one sentence that says they were signed; coordinated ones ("X and Y") all count. */
/**
 * "The parties recalled the agreement signed in 2019 and signed a new memorandum": a coordinated clause with
 * its own signing verb is judged on its own, so the recalled part does not hide the new signing.
 */
const CLAUSE_BREAK = /,?\s+(?:and|while|və|и)\s+(?=(?:also\s+|then\s+)?(?:signed|inked|imzala|подписал))/u;

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
    const coordinated =
      lastEnd < 0 || (gap.length <= 24 && /(?:,|\band\b|\bvə\b|\bи\b|as well as)/u.test(gap));
    lastEnd = at + m[0].length;
    if (UNDER.test(before) || AFTER_UNDER.test(s.slice(lastEnd))) {
      // The framework is not signed, and the document named after it is judged on its own: "proqramı üzrə
      // saziş imzalanıb", "в рамках программы подписано соглашение".
      lastEnd = -1;
      continue;
    }
    if (!coordinated) continue;
    out.push({ type: typeOf(m), ...countBefore(before, m[0]), anaphoric: ANAPHORA.test(before) });
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
export function extractAgreements(text: string, publishedAt: string): Agreement[] {
  const year = Number(publishedAt.slice(0, 4));
  const paragraphs = paragraphsOf(text);
  // A headline restates the lead ("... sign protocol" above "a protocol was signed"): it is read only when
  // the body says nothing was signed.
  const headline = paragraphs.length > 1 && isHeadline(paragraphs[0] ?? '') ? paragraphs.slice(0, 1) : [];
  const body = paragraphs.slice(headline.length);
  const fromBody = countAgreements(body, year);
  return fromBody.length > 0 ? fromBody : countAgreements(headline, year);
}

/** A short first line without closing punctuation: a title kept in the text of a .txt file. */
function isHeadline(paragraph: string): boolean {
  return paragraph.length <= 200 && !paragraph.includes('\n') && !/[.!?…:]["»”]?$/u.test(paragraph.trim());
}

function countAgreements(paragraphs: string[], year: number): Agreement[] {
  const single = new Map<AgreementType | 'generic', number>();
  const stated = new Map<AgreementType | 'generic', number>();
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      for (const m of mentionsIn(sentence, year)) {
        if (m.anaphoric && (single.has(m.type) || stated.has(m.type))) continue;
        if (m.stated) stated.set(m.type, Math.max(stated.get(m.type) ?? 0, m.count));
        else single.set(m.type, (single.get(m.type) ?? 0) + m.count);
      }
    }
  }
  const totals = new Map(single);
  for (const [type, count] of stated) totals.set(type, Math.max(count, single.get(type) ?? 0));
  const generic = totals.get('generic');
  totals.delete('generic');
  if (totals.size === 0 && generic) totals.set('agreement', 1);
  return [...totals].map(([type, count]) => ({ type: type as AgreementType, count }));
}
