import type { Language, Person } from '../article/article.js';
import { capitalizeAz, genitive, possessive } from '../knowledge/az-grammar.js';
import { findKnownOrganizations } from '../knowledge/find-known.js';
import { knownOrganization, knownPerson, lexiconWord } from '../knowledge/knowledge-base.js';
import { type DisplayForm, personDisplay } from '../knowledge/person-display.js';
import { translateRole } from '../knowledge/role-translation.js';
import type { FoundPerson } from './people.js';
import { lowerAz } from './text-tools.js';

/** An organization named inside a role, by its knowledge-base name in the edition's language. */
const organizationName = (written: string, to: 'en' | 'az') => knownOrganization(written)?.[to] ?? null;

/**
 * A role owned by a known organization, named before the title (Azerbaijani: "Türkiyənin Ali Təhsil
 * Şurasının sədri") or after it ("Rector of King Saud University", "Президент Города науки и технологий
 * имени Короля Абдулазиза"): the title is translated alone and the organization takes its knowledge-base
 * names, so a long name is never read word by word as fields of the role.
 */
function roleWithKnownOwner(role: string, language: Language): Record<'en' | 'az', string> | null {
  const org = findKnownOrganizations(role).at(-1);
  if (!org) return null;
  const atEnd = role.slice(org.end).trim() === '' && org.start > 0;
  const atStart = role.slice(0, org.start).trim() === '' && org.end < role.length;
  if (!atEnd && !atStart) return null;
  // A case ending after an acronym ("BMU-nun rektoru") belongs to the organization, not the title.
  const title = (atEnd ? role.slice(0, org.start) : role.slice(org.end)).replace(/^-\p{L}+/u, '').trim();
  const head = translateRole(title, language, 'en').replace(/\s+of(?:\s+the)?$/u, '');
  // Only a bare title ("Rector", "First Deputy Minister") is put in front of the organization; a title with
  // an owner or a posting of its own ("Head of the Azerbaijan office") is left to the role translation.
  if (!head || /\s(?:of|to|in|for|at)\s/u.test(` ${head} `)) return null;
  // "Chairman of the Council of ...", but "Rector of ADA University": a name that opens with a common noun
  // takes the article.
  const the = lexiconWord(org.entry.en.split(' ')[0] ?? '', 'en')?.pos === 'head' ? 'the ' : '';
  const headAz = lowerAz(translateRole(head, 'en', 'az'));
  return {
    en: `${head} of ${the}${org.entry.en}`,
    az: capitalizeAz(`${genitive(org.entry.az)} ${possessive(headAz)}`),
  };
}

/**
 * People with their display forms for both editions: a known person's spellings from the knowledge base
 * ("Амруллаев" is "Emin Əmrullayev" in Azerbaijani), otherwise transliterated; roles translated through the
 * role lexicon, with organizations inside them named as the knowledge base names them.
 */
export function withDisplayForms(found: readonly FoundPerson[], language: Language): Person[] {
  return found.map((person) => {
    const known = knownPerson(person.name);
    const names = known ? { en: known.en, az: known.az } : null;
    const display = personDisplay(person, language, names, organizationName);
    const owned = person.role ? roleWithKnownOwner(person.role, language) : null;
    const withRole = (form: DisplayForm, role: string | undefined): DisplayForm =>
      role ? { ...form, role } : form;
    return {
      name: person.name,
      role: person.role,
      display: { en: withRole(display.en, owned?.en), az: withRole(display.az, owned?.az) },
    };
  });
}

/** The country of a known person, for roles that do not name their owner. */
export function personCountry(person: Person): string | null {
  return knownPerson(person.name)?.country ?? null;
}
