import { createHash } from 'node:crypto';

/**
 * The article id: a content hash of the clean text with whitespace collapsed and case folded, so a
 * re-upload of the same text with other line breaks or spacing gets the same id.
 */
export function contentId(text: string): string {
  const canonical = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('az');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 20);
}

/**
 * The story key joins reports of one event in any language: `<date>:<partners>`, where date is the
 * event date (else the publication date) and partners are the sorted foreign country codes, or when no
 * country is named, the partner organizations' acronyms or folded first words ("isesco", "microsoft").
 * Both parts are language-neutral facts, so an Azerbaijani and an English report of one meeting meet,
 * while two events on one day with different partners stay apart.
 */
export function storyKeyOf(date: string, countries: string[], organizations: string[]): string {
  const partners = countries.length > 0 ? [...countries].sort() : organizations.map(orgToken).sort();
  return `${date}:${[...new Set(partners)].join('+') || 'none'}`;
}

function orgToken(name: string): string {
  const acronym = name.match(/\b[A-Z]{3,}\b/)?.[0];
  if (acronym) return acronym.toLowerCase();
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? ['org']
  ).join('');
}
