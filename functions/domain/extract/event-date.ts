import { addDays, daysBetween, resolve } from './date-arithmetic.js';
import { POSITION, readLayout, type Sentence } from './date-layout.js';
import { type DateMention, findDateMentions, findRelativeMentions } from './date-patterns.js';
import { roleOf, WEEKDAY } from './date-roles.js';
import type { DateRole } from './locales/dates-pack.js';

const ROLE_SCORE: Record<DateRole, number> = {
  event: 2,
  period: -4,
  recalled: -6,
  planned: -6,
  deadline: -6,
};
/** The date opens its sentence, bar a preposition or weekday: it is the adverbial of the main verb. */
const OPENS = new RegExp(`^[\\s"«“„(]*(?:\\p{L}{1,3}[\\s,]+)?(?:${WEEKDAY}[\\s,]+)?$`, 'iu');

interface Candidate {
  iso: string;
  role: DateRole | null;
  base: number;
  score: number;
}

function candidatesOf(
  s: Sentence,
  yearRef: string,
  relBase: string | null,
  fromPublished = false,
): Candidate[] {
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
    // Counted from the publication day, the word must date the verb: "Today, online courses are not enough",
    // set off by a comma, is "nowadays".
    if (fromPublished && /^\s*,/u.test(s.text.slice(r.end))) continue;
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
  // "Today" and "yesterday" count from the dateline or stamp, else from the day the report was published.
  const candidates = sentences.flatMap((s) =>
    candidatesOf(s, yearRef, stated ?? hint ?? publishedAt, stated === null && hint === null),
  );
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
