import { type DateMention, findDateMentions } from './date-patterns.js';
import { paragraphsOf } from './text-tools.js';

// Words just before a date that mark it as recalled history, a deadline or a plan, not this event.
const NOT_THE_EVENT =
  /(?:since|until|till|by|before|after|in|signed in|back in|earlier|previously|dated|of|bəri|qədər|dək|до|после|от)\s*$/iu;

/** How far before publication an undated-year or dated mention may lie and still be "this" event. */
const WINDOW_DAYS = 60;

function isoOf(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Fills a missing year: the most recent such date not after the reference day. */
function resolve(m: DateMention, publishedAt: string): string | null {
  const ref = Number(publishedAt.slice(0, 4));
  const year = m.year ?? (isoOf(ref, m.month, m.day) > publishedAt ? ref - 1 : ref);
  const iso = isoOf(year, m.month, m.day);
  const check = new Date(`${iso}T00:00:00Z`);
  return check.getUTCDate() === m.day ? iso : null;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * The date of the event the article reports, as YYYY-MM-DD, or null when the text states none.
 * Rule: the first date in the lead paragraph that is not introduced as history ("since", "in") and lies
 * within WINDOW_DAYS before publication (up to a week after, for datelines); failing that, the first such
 * date of the first three paragraphs; failing that, the document's own date hint (HTML markup).
 */
export function extractEventDate(text: string, publishedAt: string, dateHint: string | null): string | null {
  const paragraphs = paragraphsOf(text).slice(0, 3);
  for (const paragraph of paragraphs) {
    for (const mention of findDateMentions(paragraph)) {
      const before = paragraph.slice(Math.max(0, mention.index - 14), mention.index);
      if (NOT_THE_EVENT.test(before) && !/\bon\s*$/i.test(before)) continue;
      const iso = resolve(mention, publishedAt);
      if (!iso) continue;
      const age = daysBetween(iso, publishedAt);
      if (age >= -7 && age <= WINDOW_DAYS) return iso;
    }
  }
  // The dateline opens the lead, which follows the headline when the file keeps one.
  const lead = paragraphs.find((p) => /[.!?]/u.test(p)) ?? paragraphs[0] ?? '';
  return (
    datelineDate(lead, publishedAt) ?? (dateHint && /^\d{4}-\d{2}-\d{2}$/.test(dateHint) ? dateHint : null)
  );
}

/**
 * An older report still states its own date: a full date (with its year) that opens the lead as a dateline
 * ("Baku, 12 November 2025.") or is introduced by "on" counts however long before publication it lies.
 */
function datelineDate(lead: string, publishedAt: string): string | null {
  for (const mention of findDateMentions(lead)) {
    if (mention.year === null) continue;
    const before = lead.slice(Math.max(0, mention.index - 14), mention.index);
    if (mention.index > 60 && !/\bon\s*$/i.test(before)) continue;
    const iso = resolve(mention, publishedAt);
    if (iso && daysBetween(iso, publishedAt) >= -7) return iso;
  }
  return null;
}
