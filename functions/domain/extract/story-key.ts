import { createHash } from 'node:crypto';

/**
 * The article id: a content hash of the clean text with whitespace collapsed and case folded, so a
 * re-upload of the same text with other line breaks or spacing gets the same id.
 */
export function contentId(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('az');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}

/** An organization as the extractor gives it: a plain name, or `{ name, en }` (the canonical English name). */
export type OrganizationName = string | { name: string; en?: string };

/** Partner tokens shown in a key: enough to read it, short enough to stay well under itemId's 64 characters. */
const MAX_PARTNERS = 3;

/**
 * An article's own story key: `<date>:<partners>:<id prefix>`, where date is the event date (else the
 * publication date), partners the sorted foreign country codes, or when no country is named, up to three
 * partner organizations' acronyms or folded names ("icesco", "coursera"), and the id prefix makes it unique
 * to the article: two events of one day with one partner never share a key by accident. Reports of the
 * same event are joined by the matcher (functions/domain/stories/), which gives a new report the key of the
 * stored report it matches; the key then stays stable in storage and compile merges by it.
 * Without `id` (the metadata step, before the id is known) the key is the old `<date>:<partners>`.
 */
export function storyKeyOf(
  date: string,
  countries: readonly string[],
  organizations: readonly OrganizationName[],
  id?: string,
): string {
  const partners =
    countries.length > 0
      ? [...countries].map((c) => c.toUpperCase()).sort()
      : organizations.map((o) => orgToken(typeof o === 'string' ? o : (o.en ?? o.name))).sort();
  const shown = [...new Set(partners)].slice(0, MAX_PARTNERS).join('+') || 'none';
  return id ? `${date}:${shown}:${id.slice(0, 8)}` : `${date}:${shown}`;
}

function orgToken(name: string): string {
  const acronym = name.match(/\b[A-Z]{3,}\b/)?.[0];
  if (acronym) return acronym.toLowerCase();
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? ['org'];
  return words.join('').slice(0, 16);
}
