import type { OrganizationName } from './role-model.js';
import { translateRole } from './role-translation.js';
import type { Lang } from './role-words.js';
import { transliterateName } from './transliterate.js';

/** A name and a role as one edition of the bulletin shows them. */
export interface DisplayForm {
  name: string;
  role: string;
}

/** A knowledge-base person's names in the two editions. */
export interface KnownNames {
  en: string;
  az: string;
}

/**
 * The English and Azerbaijani display forms of a person found in an article: the name transliterated
 * (or the knowledge base's forms when `known` is given, which alone can restore "Əmrullayev" from
 * "Амруллаев"), the role translated through the role lexicon.
 */
export function personDisplay(
  person: { name: string; role: string },
  language: Lang,
  known?: KnownNames | null,
  organizationName?: OrganizationName,
): { en: DisplayForm; az: DisplayForm } {
  return {
    en: {
      name: known?.en ?? transliterateName(person.name, language, 'en'),
      role: translateRole(person.role, language, 'en', organizationName),
    },
    az: {
      name: known?.az ?? transliterateName(person.name, language, 'az'),
      role: translateRole(person.role, language, 'az', organizationName),
    },
  };
}
