import { capitalizeAz, genitive, joinList, locativeAttribute, possessive } from './az-grammar.js';
import type { Kind } from './role-lexicon.js';
import { isJoiner, matchAt } from './role-match.js';
import type { OrganizationName, RoleModel } from './role-model.js';
import { ownerText, partText, postText } from './role-render-org.js';
import { type Lang, type Target, tokenize } from './role-words.js';
import { toLatin } from './transliterate.js';

/**
 * Writes a parsed role out. English has one canonical order: "[Acting] [Former] [First] [Deputy] Head
 * of Fields of Owner of Owner's owner to/in Post for Scope" ("First Deputy Minister of Education, Science
 * and Youth of Georgia"). Azerbaijani reverses it, owners in the genitive before the head, which takes the
 * possessive: "Gürcüstanın təhsil, elm və gənclər nazirinin birinci müavini".
 */

// "for"/"üzrə" fields, unless the head always takes them with "of" (Minister of Youth).
const fieldsFor = (role: RoleModel): boolean => role.fieldsFor && !role.head?.fieldsOf;

// An unknown head as written: title case in English, lowercase in Azerbaijani running text (the line's
// first letter is capitalized at the end), acronyms untouched.
function headTextIn(role: RoleModel, to: 'en' | 'az'): string {
  if (role.head) return role.head[to];
  // Azerbaijani words are kept as written (only names are anglicized); Cyrillic is transliterated.
  const text = toLatin(role.headText ?? '', role.lang === 'az' ? 'en' : role.lang, to);
  if (to === 'en') return text.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
  return role.lang === 'en'
    ? text
    : text.replace(/(^|\s)(\p{Lu})(?=\p{Ll})/gu, (_, s: string, c: string) => s + c.toLocaleLowerCase('az'));
}

function headEn(role: RoleModel): string {
  const head = headTextIn(role, 'en');
  if (!role.deputy) return head;
  if (!head) return 'Deputy';
  return role.vice && !head.includes(' ') ? `Vice-${head}` : `Deputy ${head}`;
}

const ALL: readonly Kind[] = ['head', 'field', 'org', 'named', 'region', 'place', 'modifier'];

/** Words no rule placed ("President and CEO"): a lexicon word is still translated, the rest kept. */
function restWord(word: string, lang: Lang, to: Target): string {
  const tokens = tokenize(word, lang);
  const m = matchAt(tokens, 0, lang, ALL, tokens.length);
  if (m) return m.entry[to];
  if (tokens.length === 1 && isJoiner(tokens[0])) return to === 'en' ? 'and' : 'və';
  return toLatin(word, lang === 'az' ? 'en' : lang, to);
}

export function renderEn(role: RoleModel, hook?: OrganizationName): string {
  const lead = [
    role.acting ? 'Acting' : '',
    ...role.modifiers.map((m) => m.en),
    role.first ? 'First' : '',
    headEn(role),
  ];
  let text = lead.filter(Boolean).join(' ');
  const fields = role.fields.map((f) => f.en);
  if (fields.length) text += ` ${fieldsFor(role) ? 'for' : 'of'} ${joinList(fields, 'and')}`;
  role.owners.forEach((owner, k) => {
    const link = k === 0 && role.head?.ownerTo && !fields.length ? 'to' : 'of';
    text += ` ${link} ${ownerText(owner, 'en', role.lang, hook).text}`;
  });
  // An envoy is accredited to a country, and serves in a city: "Consul of Hungary in Ganja".
  const to = role.head?.posted && role.post?.kind === 'country';
  if (role.post) text += ` ${to ? 'to' : 'in'} ${postText(role.post, 'en').text}`;
  if (role.scope.length)
    text += ` for ${joinList(
      role.scope.map((p) => partText(p, 'en')),
      'and',
    )}`;
  for (const word of role.rest) text += ` ${restWord(word, role.lang, 'en')}`;
  return text.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** The head with its modifiers and fields, inflected for what stands before it. */
function headAz(role: RoleModel, dependents: boolean): string {
  const fields = fieldsFor(role) ? [] : role.fields.map((f) => f.az);
  const noun = headTextIn(role, 'az');
  const base = [...role.modifiers.map((m) => m.az), joinList(fields, 'və'), noun].filter(Boolean).join(' ');
  // A known head takes the possessive by rule (or its reviewed form); an unknown one stays as written.
  const own = (s: string): string => {
    if (!role.head) return s;
    const given = role.head.azPossessive;
    return given ? `${s.slice(0, s.length - role.head.az.length)}${given}` : possessive(s);
  };
  if (!role.deputy) {
    const head = dependents || fields.length ? own(base) : base;
    return role.first ? `birinci ${head}` : head;
  }
  if (!noun) return dependents ? 'müavini' : 'müavin';
  // "nazir müavini", but "nazirin birinci müavini", "elm və təhsil nazirinin müavini".
  if (!role.first && !fields.length) return `${base} müavini`;
  return `${genitive(fields.length ? own(base) : base)} ${role.first ? 'birinci ' : ''}müavini`;
}

export function renderAz(role: RoleModel, hook?: OrganizationName): string {
  const parts: string[] = [];
  [...role.owners].reverse().forEach((owner, k) => {
    const { text, hyphen } = ownerText(owner, 'az', role.lang, hook, k > 0);
    parts.push(genitive(text, hyphen));
  });
  if (role.post) {
    const { text, hyphen } = postText(role.post, 'az');
    parts.push(locativeAttribute(text, hyphen));
  }
  const scope = [
    ...role.scope.map((p) => partText(p, 'az')),
    ...(fieldsFor(role) ? role.fields.map((f) => f.az) : []),
  ];
  if (scope.length) parts.push(`${joinList(scope, 'və')} üzrə`);
  // Only an owner in the genitive makes the head possessive; "X üzrə" and "-dakı" attach to a bare noun.
  parts.push(headAz(role, role.owners.length > 0));
  for (const word of role.rest) parts.push(restWord(word, role.lang, 'az'));
  if (role.acting) parts.push('vəzifəsini icra edən');
  return capitalizeAz(parts.filter(Boolean).join(' '));
}
