/** Where the dates of an article stand: datelines and stamps, body sentences by position, page chrome. */
import { foldDotted, union } from './date-packs.js';
import { type DateMention, findDateMentions } from './date-patterns.js';
import { roleOf } from './date-roles.js';
import { alternation } from './locales/dates-pack.js';
import { paragraphsOf, sentencesOf } from './text-tools.js';

/**
 * Where a date stands: the lead sentence of the body tells the event, a headline or later paragraphs less;
 * a date opening its sentence is the adverbial of the main verb ("5 декабря делегация посетила ...").
 */
export const POSITION = { lead: 3, firstParagraph: 2, headline: 1, early: 1, late: -1, opens: 1 };

const label = (pick: Parameters<typeof union>[0]) =>
  new RegExp(`^[\\s"«“•·*-]*${alternation(union(pick))}(?![\\p{L}])`, 'iu');
const STAMP_LABEL = label((p) => p.stampLabels);
const CHROME_LABEL = label((p) => p.chromeLabels);
// Datelines: "Baku, 12 June (APA).", "BAKU, Azerbaijan, October 20.", "Bakı. 12 iyun. REPORT.AZ/",
// "2025-12-07 03:06:39 (MENAFN- AzerNews)": places before the date, a time or source after it.
const DATELINE_HEAD = /^(?:\p{Lu}[\p{L}'’-]*(?:[\s.]+\p{Lu}[\p{L}'’-]*){0,2}\s*[,.]\s*){0,3}$/u;
const DATELINE_TAIL = /^(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\([^)]{0,40}\)\s*)?(?:$|[.,:/|]|[-–—]\s)/u;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?/gu;
const WORD = /\p{L}[\p{L}\p{N}.'’-]*/gu;

export interface Sentence {
  text: string;
  base: number;
}
interface Layout {
  /** Datelines (rank 3), stamp lines above the body (2), labelled stamps below it (1). */
  stamps: { mention: DateMention; rank: number }[];
  sentences: Sentence[];
}

/** Running text, not a title or a line of page furniture; after a dateline a short sentence is the lead. */
const isProse = (p: string, minWords = 8) => {
  const words = p.match(WORD)?.length ?? 0;
  return (words >= minWords && /[.!?…]["»”’)]*$/u.test(p)) || words >= 20;
};

/** A line that is only a date, time, source or section: "Society | 20 October 2025", "Dərc olunub: ...". */
function isStampLine(p: string, mentions: DateMention[]): boolean {
  let rest = p;
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.index)} ${rest.slice(m.end)}`;
  const words = rest.replace(TIME, ' ').match(WORD)?.length ?? 0;
  // "Прием заявок до 20 марта." is short too, but its date has a role: a stamp's date stands bare.
  if (STAMP_LABEL.test(p)) return true;
  const bare = mentions.every((m) => roleOf(p, m) === null);
  return bare && (words <= 6 || (/[|·•›]/u.test(p) && words <= 14));
}

/** A dateline opening the lead: its date, and the paragraph after it. */
function dateline(p: string): { mention: DateMention; rest: string } | null {
  const first = findDateMentions(p)[0];
  if (!first || !DATELINE_HEAD.test(p.slice(0, first.index))) return null;
  // "Bakı, 5 noyabr. Elm ...": the dot a month may take as an abbreviation ("Nov.") also ends the dateline.
  const tailFrom = p[first.end - 1] === '.' ? first.end - 1 : first.end;
  const tail = p.slice(tailFrom).match(DATELINE_TAIL);
  const rest = tail ? p.slice(tailFrom + tail[0].length).trim() : '';
  // "Ранее, 3 марта, стороны ..." is a sentence: a dateline is followed by a source or a new sentence.
  return tail && /^(?:$|[\p{Lu}\p{N}"«“/(])/u.test(rest) ? { mention: first, rest } : null;
}

/** Sorts paragraphs into stamps, body sentences (with their position score) and chrome, which is dropped. */
export function readLayout(text: string): Layout {
  const layout: Layout = { stamps: [], sentences: [] };
  let body = 0;
  for (let p of paragraphsOf(foldDotted(text))) {
    if (CHROME_LABEL.test(p)) {
      // A bare "Related news" heading below the body ends the article; a "Tags: ..." line is skipped alone.
      if (body > 0 && (p.match(WORD)?.length ?? 0) <= 4) break;
      continue;
    }
    const line = body === 0 ? dateline(p) : null;
    if (line) layout.stamps.push({ mention: line.mention, rank: 3 });
    if (line) p = line.rest;
    if (isProse(p, line ? 3 : 8)) {
      body++;
      sentencesOf(p).forEach((text, i) => {
        const base = body > 1 ? (body <= 3 ? POSITION.early : POSITION.late) : undefined;
        layout.sentences.push({ text, base: base ?? (i === 0 ? POSITION.lead : POSITION.firstParagraph) });
      });
      continue;
    }
    const mentions = findDateMentions(p);
    const first = mentions[0];
    if (!first) continue;
    if (!isStampLine(p, mentions)) {
      // A short line above the body is a headline; below it, a related-news item.
      if (body === 0) layout.sentences.push({ text: p, base: POSITION.headline });
    } else if (body === 0 || STAMP_LABEL.test(p)) {
      layout.stamps.push({ mention: first, rank: body === 0 ? 2 : 1 });
    }
  }
  return layout;
}
