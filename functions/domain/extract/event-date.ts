import {
  type DateMention,
  findDateMentions,
  findRelativeMentions,
  foldDotted,
  packRegexes,
  union,
} from './date-patterns.js';
import { alternation, type DateRole } from './locales/dates-pack.js';
import { paragraphsOf, sentencesOf } from './text-tools.js';

// Negative roles first: at equal distance a specific cue ("planlaşdırılıb") beats the generic past ("*ıb").
const ROLES: readonly DateRole[] = ['recalled', 'planned', 'deadline', 'period', 'event'];
const ROLE_SCORE: Record<DateRole, number> = {
  event: 2,
  period: -4,
  recalled: -6,
  planned: -6,
  deadline: -6,
};
/**
 * Where a date stands: the lead sentence of the body tells the event, a headline or later paragraphs less;
 * a date opening its sentence is the adverbial of the main verb ("5 декабря делегация посетила ...").
 */
const POSITION = { lead: 3, firstParagraph: 2, headline: 1, early: 1, late: -1, opens: 1 };

const WEEKDAY = alternation(union((p) => p.weekdays.flat()));
const NEAR = ROLES.flatMap((r) => packRegexes((p) => p.cues[r].near).map((re) => [r, re] as const));
const BEFORE = ROLES.map((r) => {
  const cues = alternation(union((p) => p.cues[r].before));
  return [r, new RegExp(`(?<![\\p{L}])${cues}[\\s,]+(?:${WEEKDAY}[\\s,]+)?$`, 'iu')] as const;
});
const AFTER = ROLES.map((r) => {
  const all = union((p) => p.cues[r].after);
  const spaced = alternation(all.filter((a) => !a.startsWith('-')));
  const glued = alternation(all.filter((a) => a.startsWith('-')).map((a) => a.slice(1)));
  return [r, new RegExp(`^\\S*\\s+${spaced}(?![\\p{L}])|^\\S*?${glued}(?![\\p{L}])`, 'iu')] as const;
});
/** The date opens its sentence, bar a preposition or weekday: it is the adverbial of the main verb. */
const OPENS = new RegExp(`^[\\s"«“„(]*(?:\\p{L}{1,3}[\\s,]+)?(?:${WEEKDAY}[\\s,]+)?$`, 'iu');
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

interface Cue {
  role: DateRole;
  start: number;
  end: number;
}
let lastCues: { sentence: string; cues: Cue[] } = { sentence: '', cues: [] };

/** The role cues of a sentence, found once for all its dates; a cue found by its ending starts the word. */
function nearCues(sentence: string): Cue[] {
  if (lastCues.sentence === sentence) return lastCues.cues;
  const lower = sentence.toLowerCase();
  const cues: Cue[] = [];
  for (const [role, re] of NEAR) {
    for (const c of lower.matchAll(re)) {
      let start = c.index ?? 0;
      while (start > 0 && /\p{L}/u.test(lower[start - 1] ?? '')) start--;
      cues.push({ role, start, end: (c.index ?? 0) + c[0].length });
    }
  }
  lastCues = { sentence, cues };
  return cues;
}

/** What a date is, from the cue right before or after it, else the nearest cue in its sentence. */
function roleOf(
  sentence: string,
  m: Pick<DateMention, 'index' | 'end' | 'tailStart' | 'range'>,
): DateRole | null {
  const before = sentence.slice(Math.max(0, m.index - 48), m.index);
  const after = sentence.slice(m.tailStart, m.tailStart + 48);
  // A range's own "from ... to" ("с 5 по 7", "5-dən 7-dək") is no period or deadline.
  const own = (role: DateRole) => m.range && (role === 'period' || role === 'deadline');
  for (const [role, re] of BEFORE) if (re.test(before) && !own(role)) return role;
  for (const [role, re] of AFTER) if (re.test(after) && !own(role)) return role;
  // The nearest cue decides; at equal distance the longer ("will be held" over "held"), then the first role.
  let best: Cue | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of nearCues(sentence)) {
    if (c.end > m.index && c.start < m.end) continue;
    const distance = c.end <= m.index ? m.index - c.end : c.start - m.end;
    const longer = best !== null && c.end - c.start > best.end - best.start;
    if (distance < bestDistance || (distance === bestDistance && longer))
      [best, bestDistance] = [c, distance];
  }
  return best?.role ?? null;
}

interface Sentence {
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
  const tail = p.slice(first.end).match(DATELINE_TAIL);
  const rest = tail ? p.slice(first.end + tail[0].length).trim() : '';
  // "Ранее, 3 марта, стороны ..." is a sentence: a dateline is followed by a source or a new sentence.
  return tail && /^(?:$|[\p{Lu}\p{N}"«“/(])/u.test(rest) ? { mention: first, rest } : null;
}

/** Sorts paragraphs into stamps, body sentences (with their position score) and chrome, which is dropped. */
function readLayout(text: string): Layout {
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

const DAY_MS = 86_400_000;
const isoOf = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const addDays = (iso: string, n: number) => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : new Date(t + n * DAY_MS).toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
const valid = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

/**
 * A missing year: the most recent such day not after the reference (a day's slack for time zones); a
 * planned day is the next such day instead ("will be held on 5 January", written on 30 December).
 */
function resolve(m: DateMention, ref: string, planned: boolean): string | null {
  if (m.year !== null) return valid(m.year, m.month, m.day) ? isoOf(m.year, m.month, m.day) : null;
  const year = Number(ref.slice(0, 4));
  const years = planned ? [year, year + 1] : [year + 1, year, year - 1];
  for (const y of years) {
    if (!valid(y, m.month, m.day)) continue;
    const iso = isoOf(y, m.month, m.day);
    if (planned ? iso >= addDays(ref, -1) : iso <= addDays(ref, 1)) return iso;
  }
  return null;
}

interface Candidate {
  iso: string;
  role: DateRole | null;
  base: number;
  score: number;
}

function candidatesOf(s: Sentence, yearRef: string, relBase: string | null): Candidate[] {
  const out: Candidate[] = [];
  const add = (iso: string | null, m: Pick<DateMention, 'index' | 'range'>, role: DateRole | null) => {
    if (!iso) return;
    const opens = OPENS.test(s.text.slice(0, m.index)) ? POSITION.opens : 0;
    // A single day beats a range it falls in ("on a visit on 4-6 May, met on 5 May").
    const score = s.base + opens + (role ? ROLE_SCORE[role] : 0) - (m.range ? 0.5 : 0);
    out.push({ iso, role, base: s.base, score });
  };
  const mentions = findDateMentions(s.text);
  for (const m of mentions) {
    const role = roleOf(s.text, m);
    add(resolve(m, yearRef, role === 'planned'), m, role);
  }
  if (!relBase) return out;
  // Relative words far from the lead are quotes and asides, not the report's own day.
  for (const r of s.base >= POSITION.firstParagraph ? findRelativeMentions(s.text) : []) {
    const m = { ...r, tailStart: r.index, range: false };
    // "Tuesday, 14 May" is one date; a relative word counts only where it dates what happened.
    if (mentions.some((d) => d.index >= r.end && d.index - r.end <= 3) || roleOf(s.text, m) !== 'event')
      continue;
    const back = r.daysBack ?? (new Date(`${relBase}T00:00:00Z`).getUTCDay() + 6 - (r.weekday ?? 0)) % 7;
    add(addDays(relBase, -back), m, 'event');
  }
  return out;
}

const NEGATIVE = new Set<DateRole | null>(['recalled', 'planned', 'deadline']);
/** A body date must score this much to beat a stated dateline or stamp, or, with none, to count at all. */
const ACCEPT = { overStamp: 2, alone: 1 };

/** Age against the report's own day: a day after it has not happened yet; a year before it is recalled. */
function ageScore(iso: string, anchor: string): number {
  const age = daysBetween(iso, anchor);
  if (age < -1 || age > 366) return -6;
  return age > 60 ? -2 : 0;
}

/**
 * The date of the event the article reports, as YYYY-MM-DD, or null when the text states none.
 * Every date mention is a candidate scored by where it stands (lead sentence, headline, later paragraphs)
 * and what its cues make it (the event's day, or a recalled, planned, deadline or period day); the best one
 * that scores enough wins over the dateline or publication stamp, which answers when nothing better is
 * stated ("today" and "yesterday" count from it); then the document's own date hint; then a planned day
 * announced in the lead; else null.
 */
export function extractEventDate(text: string, publishedAt: string, dateHint: string | null): string | null {
  const hint = dateHint && /^\d{4}-\d{2}-\d{2}$/u.test(dateHint) ? dateHint : null;
  const { stamps, sentences } = readLayout(text);
  const withYear = stamps.find((s) => s.mention.year !== null)?.mention;
  const yearRef = (withYear && resolve(withYear, publishedAt, false)) || hint || publishedAt;
  const stamp = stamps.toSorted((a, b) => b.rank - a.rank)[0];
  const stated = stamp ? resolve(stamp.mention, yearRef, false) : null;
  const candidates = sentences.flatMap((s) => candidatesOf(s, yearRef, stated ?? hint));
  const anchor = stated ?? hint ?? publishedAt;
  let best: Candidate | null = null;
  for (const c of candidates) {
    c.score += ageScore(c.iso, anchor);
    if (!NEGATIVE.has(c.role) && (!best || c.score > best.score)) best = c;
  }
  if (best && best.score >= (stated ? ACCEPT.overStamp : ACCEPT.alone)) return best.iso;
  const planned = candidates.find((c) => c.role === 'planned' && c.base >= POSITION.firstParagraph);
  return stated ?? hint ?? planned?.iso ?? null;
}
