import type { Language, Person } from '../article/article.js';
import { knownOrganization, knownPerson } from '../knowledge/knowledge-base.js';
import { personDisplay } from '../knowledge/person-display.js';
import type { FoundPerson } from './people.js';

/** An organization named inside a role, by its knowledge-base name in the edition's language. */
const organizationName = (written: string, to: 'en' | 'az') => knownOrganization(written)?.[to] ?? null;

/**
 * People with their display forms for both editions: a known person's spellings from the knowledge base
 * ("Амруллаев" is "Emin Əmrullayev" in Azerbaijani), otherwise transliterated; roles translated through the
 * role lexicon, with organizations inside them named as the knowledge base names them.
 */
export function withDisplayForms(found: readonly FoundPerson[], language: Language): Person[] {
  return found.map((person) => {
    const known = knownPerson(person.name);
    const display = personDisplay(
      person,
      language,
      known ? { en: known.en, az: known.az } : null,
      organizationName,
    );
    return { name: person.name, role: person.role, display };
  });
}

/** The country of a known person, for roles that do not name their owner. */
export function personCountry(person: Person): string | null {
  return knownPerson(person.name)?.country ?? null;
}
