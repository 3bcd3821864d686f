import { countryAt } from './role-country.js';
import type { Kind, LexEntry } from './role-lexicon.js';
import { isJoiner, matchAt } from './role-match.js';
import type { Org, OrgPart, Owner, Post, RoleModel } from './role-model.js';
import type { Lang, Token } from './role-words.js';

// A head may own a role too: "Prezidentin köməkçisi", "Assistant to the President".
const ORG_KINDS: readonly Kind[] = ['named', 'org', 'field', 'place', 'head'];

/** A new organization with nothing in it yet. */
export function newOrg(written: string): Org {
  return { kind: 'org', before: [], head: null, fields: [], after: [], written };
}

/** Adds a proper name, joining it to a name just before it ("Kazan Federal", "Samsung Electronics"). */
export function addName(list: OrgPart[], text: string, lang: Lang): void {
  const last = list[list.length - 1];
  if (last?.kind === 'name') last.text = `${last.text} ${text}`;
  else list.push({ kind: 'name', text, lang });
}

/** Places a lexicon word in an organization: its head noun, a field, or a word of its name. */
export function addEntry(org: Org, entry: LexEntry): void {
  if ((entry.kind === 'org' || entry.kind === 'head') && !org.head) org.head = entry;
  else if (entry.kind === 'field' && (!entry.attributive || org.head)) org.fields.push(entry);
  else (org.head ? org.after : org.before).push({ kind: 'entry', entry });
}

/** The words as written, for the caller's hook (no leading "the"). */
export const writtenOf = (tokens: readonly Token[]): string =>
  tokens
    .map((t) => (t.suffix ? `${t.text}-${t.suffix}` : t.text))
    .join(' ')
    .replace(/ ,/gu, ',')
    .replace(/^the /iu, '');

/**
 * An organization from its words in any language: lexicon words (head noun, fields, places, known
 * names), countries by their official names, anything else a proper name kept as written.
 */
export function parseOrg(tokens: readonly Token[], lang: Lang, written = writtenOf(tokens)): Org | null {
  const org = newOrg(written);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || isJoiner(t) || (lang === 'en' && t.key === 'the' && i === 0)) {
      i++;
      continue;
    }
    const m = matchAt(tokens, i, lang, ORG_KINDS);
    const c = countryAt(tokens, i, lang, true);
    if (c && (!m || c.length > m.length)) {
      (org.head ? org.after : org.before).push({ kind: 'country', code: c.code });
      i += c.length;
    } else if (m) {
      addEntry(org, m.entry);
      i += m.length;
    } else {
      addName(org.head ? org.after : org.before, t.text, lang);
      i++;
    }
  }
  return org.before.length || org.head || org.after.length ? org : null;
}

/**
 * A country that closes an organization's words is where it works, not part of its name:
 * "the British Council Azerbaijan" is the British Council in Azerbaijan.
 */
export function splitPost(org: Org, tokens: readonly Token[], lang: Lang): Post | null {
  const list = org.after.length ? org.after : org.before;
  const last = list[list.length - 1];
  const named = org.head || org.before.some((p) => p.kind !== 'country');
  if (last?.kind !== 'country' || !named || list.length + (org.head ? 1 : 0) < 2) return null;
  list.pop();
  // The hook gets the name without the country: "Samsung", not "Samsung Azerbaijan".
  for (let k = 1; k <= Math.min(4, tokens.length - 1); k++) {
    if (countryAt(tokens, tokens.length - k, lang, true)?.length === k)
      org.written = writtenOf(tokens.slice(0, -k));
  }
  return { kind: 'country', code: last.code };
}

/** Adds an owner (the next one out) read from tokens: a whole country, else an organization (its trailing country a posting). */
export function addOwner(model: RoleModel, tokens: readonly Token[], lang: Lang): void {
  const words = tokens.filter((t) => !(t.key === 'the' && lang === 'en'));
  const c = countryAt(words, 0, lang);
  let owner: Owner | null = null;
  if (c && c.length === words.length) owner = { kind: 'country', code: c.code };
  else {
    const org = parseOrg(tokens, lang);
    const post = org ? splitPost(org, tokens, lang) : null;
    if (post && !model.post) model.post = post;
    owner = org;
  }
  if (owner) model.owners.push(owner);
}

/** Does the organization hold only proper names (no lexicon word)? */
export const namesOnly = (org: Owner | undefined): org is Org =>
  org?.kind === 'org' && !org.head && [...org.before, ...org.after].every((p) => p.kind === 'name');
