/** What a date stands for in its sentence (the event's day, or a recalled, planned, deadline or period day). */
import { packRegexes, union } from './date-packs.js';
import type { DateMention } from './date-patterns.js';
import { alternation, type DateRole } from './locales/dates-pack.js';

// Negative roles first: at equal distance a specific cue ("planlaşdırılıb") beats the generic past ("*ıb").
const ROLES: readonly DateRole[] = ['recalled', 'planned', 'deadline', 'period', 'event'];

export const WEEKDAY = alternation(union((p) => p.weekdays.flat()));
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
export function roleOf(
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
