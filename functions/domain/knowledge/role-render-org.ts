import { isAcronym, joinList, possessive, titleAz } from './az-grammar.js';
import { countryIn } from './role-country.js';
import type { LexEntry } from './role-lexicon.js';
import type { Org, OrganizationName, OrgPart, Owner, Post } from './role-model.js';
import type { Lang, Target } from './role-words.js';
import { toLatin } from './transliterate.js';

/** An owner or a place written out, and whether an Azerbaijani suffix goes after a hyphen (BMU-nun). */
export interface Written {
  text: string;
  hyphen: boolean;
}

// Spellings no Azerbaijani word has: a name with them takes its suffix after a hyphen (Coursera-nın).
const FOREIGN = /[wäéèáóúñ]|ou|th|sh|ch|ck|ee|oo|ph|ai|ei|ea|gh|[^aeiouəıöü\s]{3}$/iu;

/** Does a name take a hyphen before an Azerbaijani case suffix? */
export function foreignName(name: string, lang: Lang): boolean {
  const last = name.split(' ').pop() ?? '';
  if (isAcronym(last)) return true;
  return FOREIGN.test(last) || (lang !== 'az' && !name.includes(' '));
}

/** A lexicon word as it stands inside a name: fields capitalized in Azerbaijani ("Dövlət", "Elm və Təhsil"). */
export const entryIn = (entry: LexEntry, to: Target): string =>
  to === 'en' ? entry.en : entry.kind === 'field' ? titleAz(entry.az) : entry.az;

export function partText(part: OrgPart, to: Target): string {
  if (part.kind === 'entry') return entryIn(part.entry, to);
  if (part.kind === 'country') return countryIn(part.code, to).replace(/^the /u, '');
  // An Azerbaijani spelling is anglicized (Xəzər -> Khazar); "ADA", "YÖK", "Coursera", "Kazan" are kept.
  const azerbaijani = part.lang === 'az' && !isAcronym(part.text) && /[əışçğöüƏŞÇĞÖÜİ]/u.test(part.text);
  return toLatin(part.text, azerbaijani ? 'az' : part.lang === 'az' ? 'en' : part.lang, to);
}

const hasProperName = (parts: readonly OrgPart[]): boolean =>
  parts.some((p) => p.kind !== 'entry' || p.entry.kind !== 'field');

/**
 * English: "ADA University", "the Council of Higher Education of Türkiye", "University of Oxford" (an English
 * "X of Name" keeps its order; names from other languages go first: университет ADA -> ADA University).
 */
export function orgEn(org: Org, lang: Lang): string {
  const named = org.before.length === 1 && org.before[0]?.kind === 'entry' ? org.before[0].entry : null;
  if (!org.head && !org.fields.length && !org.after.length && named?.kind === 'named')
    return /\s/u.test(named.en) ? `the ${named.en}` : named.en;
  if (!org.head && !org.fields.length && [...org.before, ...org.after].every((p) => p.kind === 'name'))
    return lang === 'en'
      ? org.written
      : [...org.before, ...org.after].map((p) => partText(p, 'en')).join(' ');
  // A country in front of a "Ministry of X" or of a person goes after: "the Ministry of Education of Georgia".
  const after = org.fields.length > 0 || org.head?.kind === 'head';
  const trailing: OrgPart[] = after ? org.before.filter((p) => p.kind === 'country') : [];
  const before = org.before.filter((p) => !trailing.includes(p));
  const ofName = lang === 'en' && org.after.length > 0;
  const words = [...before, ...(ofName ? [] : org.after)].map((p) => partText(p, 'en'));
  let text = [...words, org.head?.en ?? ''].filter(Boolean).join(' ');
  if (org.fields.length)
    text += ` of ${joinList(
      org.fields.map((f) => f.en),
      'and',
    )}`;
  if (ofName) text += ` of ${org.after.map((p) => partText(p, 'en')).join(' ')}`;
  if (org.tail) text += ` ${org.tail}`;
  for (const p of trailing) text += ` of ${partText(p, 'en')}`;
  return hasProperName(before) || (!ofName && org.after.length) ? text : `the ${text}`;
}

/**
 * Azerbaijani, nominative: "ADA Universiteti", "Türkiyə Ali Təhsil Şurası", "Universitet", "Coursera".
 * `possessed`: an owner stands before it in the genitive, so even a bare noun takes the possessive
 * ("Gürcüstanın Universiteti" -> "Gürcüstanın Universitetinin").
 */
export function orgAz(org: Org, lang: Lang, possessed = false): Written {
  const words = [...org.before, ...org.after].map((p) => partText(p, 'az'));
  // A person's office reads in lowercase ("təhsil nazirinin"); an organization's name is capitalized.
  const person = org.head?.kind === 'head' && org.fields.length > 0;
  const fields = joinList(
    org.fields.map((f) => f.az),
    'və',
  );
  if (fields) words.push(person ? fields : titleAz(fields));
  if (!org.head) {
    const last = [...org.before, ...org.after].pop();
    const text = words.join(' ');
    const foreign = last?.kind === 'name' ? foreignName(text, lang) : isAcronym(text.split(' ').pop() ?? '');
    return { text, hyphen: org.hyphen === true || foreign };
  }
  // The head noun takes the possessive when words stand before it (izafet): "Dövlət Universiteti".
  const head = words.length || possessed ? (org.head.azPossessive ?? possessive(org.head.az)) : org.head.az;
  const text = [...words, head].join(' ');
  return { text: person ? text : titleAz(text), hyphen: false };
}

/** An owner for the target language, through the caller's hook for organizations when it knows them. */
export function ownerText(
  owner: Owner,
  to: Target,
  lang: Lang,
  hook?: OrganizationName,
  possessed = false,
): Written {
  if (owner.kind === 'country') {
    const text = countryIn(owner.code, to);
    return { text, hyphen: isAcronym(text) };
  }
  const known = hook?.(owner.written, to);
  if (known) return { text: known, hyphen: foreignName(known, 'az') };
  return to === 'en' ? { text: orgEn(owner, lang), hyphen: false } : orgAz(owner, lang, possessed);
}

export function postText(post: Post, to: Target): Written {
  const text = post.kind === 'country' ? countryIn(post.code, to) : entryIn(post.entry, to);
  return { text, hyphen: isAcronym(text) };
}
