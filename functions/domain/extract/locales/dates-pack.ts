/**
 * What one language contributes to reading dates: month and weekday names, the words that join two days of
 * a range or follow a year, relative words, and the cues that tell what a date is (the day of the reported
 * event, a recalled or planned day, a deadline, the start of a period) and what a line is (a publication
 * stamp, page chrome). The date finder reads the union of all packs, as chrono-node reads its
 * `src/locales/<lang>/`: adding a language means adding a pack to DATE_PACKS (date-packs.ts).
 *
 * Words are lowercase. In phrase lists a trailing `*` lets any letters follow (a stem: "состоял*" takes
 * "состоялась"); a leading `*` lets any letters come before (an ending: Azerbaijani "*ıb" is the past tense
 * of any verb); a space matches any run of spaces.
 */
export interface DatesPack {
  /** Twelve entries, January first: stems of the month's name and its abbreviations. */
  months: readonly (readonly string[])[];
  /** Endings a month stem takes in running text (the bare stem always counts): cases, Russian genitive. */
  monthEndings: readonly string[];
  /**
   * Whether the month may come before the day: 'plain' ("May 14"), 'suffixed' (the day then carries a
   * case ending, "dekabrın 5-də") or null (never).
   */
  monthFirst: 'plain' | 'suffixed' | null;
  /** Ordinal endings glued to a day ("14th"). */
  dayEndings: readonly string[];
  /** Words between a day and its month ("14th of May"); between a month and its day ("yanvar ayının 21"). */
  dayMonthLinks: readonly string[];
  monthDayLinks: readonly string[];
  /** Words joining the two days of a range or pair ("25 and 26", "5 по 7"); dashes always do. */
  rangeJoiners: readonly string[];
  /** Words after a year number, as phrases ("года", "г.", "il*" for "2025-ci ildə"). */
  yearWords: readonly string[];
  /** Seven entries, Monday first: forms of each weekday name. */
  weekdays: readonly (readonly string[])[];
  /** Words naming the report's own day or the day before it. */
  relative: { today: readonly string[]; yesterday: readonly string[] };
  /** Cues for each role a date can play. */
  cues: Readonly<Record<DateRole, CueSet>>;
  /** Labels that open a publication stamp ("Published:", "Dərc olunub:", "Источник:"). */
  stampLabels: readonly string[];
  /** Labels that open page chrome ("Read more", "Teqlər", "Читайте также"): their dates never count. */
  chromeLabels: readonly string[];
}

/** What a date mention is, as its cues tell. */
export type DateRole = 'event' | 'recalled' | 'planned' | 'deadline' | 'period';

/**
 * Cues by where they stand. `before`: the words right before the date (a weekday may sit between: "until
 * Friday, 5 May"). `after`: the words right after it; one starting with `-` is glued to the date's last word
 * ("5-dək", "dekabradək"). `near`: anywhere in the date's sentence; the nearest cue to the date decides.
 */
export interface CueSet {
  before: readonly string[];
  after: readonly string[];
  near: readonly string[];
}

/** A comma-separated phrase list as an array (packs are written as lists to be read and reviewed). */
export const phrases = (list: string): string[] =>
  list
    .split(',')
    .map((p) => p.trim().replace(/\s+/gu, ' '))
    .filter((p) => p.length > 0);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Regex source for one phrase of the syntax above. */
function phraseSource(phrase: string): string {
  const core = escapeRegex(phrase.replace(/^\*|\*$/gu, '')).replace(/ /gu, '\\s+');
  return `${phrase.startsWith('*') ? '\\p{L}+' : ''}${core}${phrase.endsWith('*') ? '\\p{L}*' : ''}`;
}

/**
 * Regex source matching any phrase of the list, longest first (so "will be held" wins over "will" at one
 * place); a list with no phrases matches nothing.
 */
export function alternation(list: readonly string[]): string {
  if (list.length === 0) return '(?!)';
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(phraseSource).join('|')})`;
}

/**
 * Global regexes finding the phrases as whole words in lowercased text. Endings ("*ıb") are found apart, as
 * the ending alone after a letter (the match starts inside the word): scanning every word for them, or one
 * alternation mixing both kinds, runs ten times slower.
 */
export function phraseRegexes(list: readonly string[]): RegExp[] {
  const endings = list.filter((p) => p.startsWith('*')).map((p) => p.slice(1));
  const rest = list.filter((p) => !p.startsWith('*'));
  return [
    ...(rest.length ? [new RegExp(`(?<![\\p{L}])${alternation(rest)}(?![\\p{L}])`, 'gu')] : []),
    ...(endings.length ? [new RegExp(`(?<=\\p{L})${alternation(endings)}(?![\\p{L}])`, 'gu')] : []),
  ];
}
