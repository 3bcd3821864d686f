import { foldName, lowerAz } from '../extract/text-tools.js';
import { memo } from './memo.js';

/**
 * Keys that let reports recognise the same organization: its canonical English name first (`en`), the
 * name as written too, compared word by word so a neighbouring word glued on by the extractor, an
 * inflection or an acronym does not hide it.
 */

/** A word folded and cut to 5 letters: a crude stemmer for three languages ("Georgia", "Georgian"). */
const stem = memo((word: string): string => foldName(word).slice(0, 5));

const stems = (words: string) => new Set(words.split(/\s+/).map(stem));

/** Words that name a kind of organization, not one organization, in the three languages. */
const GENERIC = stems(`university universitet ministry nazirlik institute academy akademiya center centre
  markaz tsentr council sovet shura committee komitet agency agentlik agentstvo state dovlat gosudarstvennyi
  national milli natsionalnyi technical texniki texnicheskii education tahsil obrazovanie science elm nauka
  nauki nauchnyi research tadqiqat republic respublika fund fond organization organisation teshkilat school
  maktab shkola college kollec kolledzh international beynalxalq mezhdunarodnyi development inkishaf razvitie`);

/** Kinds of organization that are places an event happens at: a university visited, a school opened. */
const VENUE = stems(
  'university universitet institute academy akademiya school maktab shkola college kolledzh lyceum litsei',
);

/** Kinds of organization whose officials travel together: a ministry recurs across the events of a visit. */
const AUTHORITY =
  stems(`ministry nazirlik ministerstvo council sovet shura committee komitet komite parliament
  parlament majlis maclis government hokumat pravitelstvo agency agentlik agentstvo embassy safirlik posolstvo`);

const STOP = new Set('of the and for in at on va i po pri na im imeni'.split(' '));

/** The words of an organization's name as folded 5-letter stems, joining words left out. */
export function orgTokens(name: string): string[] {
  return lowerAz(name.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .map(stem)
    .filter((t) => t.length > 0 && !STOP.has(t));
}

/** A university, institute, academy, college or school: where a visit or a ceremony takes place. */
export function isVenue(tokens: readonly string[]): boolean {
  return tokens.some((t) => VENUE.has(t));
}

/** A ministry, council, committee, parliament, agency, government or embassy. */
export function isAuthority(tokens: readonly string[]): boolean {
  return tokens.some((t) => AUTHORITY.has(t));
}

/** Tokens that name this organization rather than its kind ("karab" in "Karabakh University"). */
export function distinctiveTokens(tokens: readonly string[]): string[] {
  return tokens.filter(isDistinctive);
}

function isDistinctive(token: string): boolean {
  return token.length >= 3 && !GENERIC.has(token);
}

/** An acronym as written ("TSU", "ИСЕСКО", "YÖK"): one short word in capitals. */
export function acronymOf(name: string): string | null {
  const trimmed = name.trim();
  return /^[\p{Lu}\d-]{2,8}$/u.test(trimmed) ? foldName(trimmed) : null;
}

/** The initials of a name of three words or more ("Tbilisi State University" -> folded "tsu"). */
export function initialsOf(tokens: readonly string[]): string | null {
  return tokens.length >= 3 ? foldName(tokens.map((t) => t.slice(0, 1)).join('')) : null;
}

/**
 * Two token lists name one organization when the shorter is a run of words of the longer and has a word
 * of its own: "Karabakh University" and the noisy "Ardinca Karabakh University" meet (the extractor glues
 * a neighbouring word on at an edge), "Tbilisi State University" and "Tbilisi State Medical University" do
 * not, nor do "Technical University" and "Georgian Technical University".
 */
export function tokensContained(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.some(isDistinctive)) return false;
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((t, i) => long[start + i] === t)) return true;
  }
  return false;
}
