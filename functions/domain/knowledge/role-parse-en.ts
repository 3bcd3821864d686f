import { countryAt } from './role-country.js';
import { isJoiner, listOf, matchAt } from './role-match.js';
import { emptyRole, type RoleModel } from './role-model.js';
import { addOwner, namesOnly, parseOrg, splitPost, writtenOf } from './role-org.js';
import { applyModifier, headAt } from './role-parse-common.js';
import { type Token, tokenize } from './role-words.js';

/**
 * English roles: "[Owner's] [modifiers] [prenominal owner/fields] Head [of X]* [to Country] [for Y]":
 * "Azerbaijan's Minister of Science and Education", "Hungarian Deputy Minister of Culture and Innovation",
 * "Chairman of the Council of Higher Education of Türkiye", "Ambassador of the People's Republic of China
 * to Azerbaijan", "Samsung Azerbaijan Director", "Director-General for Education".
 */

const PREPS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'with']);

interface Section {
  prep: string;
  tokens: Token[];
}

/** Splits the words after the head at prepositions, keeping "of" inside names ("Republic of Korea"). */
function sectionsOf(tokens: readonly Token[]): Section[] {
  const sections: Section[] = [{ prep: '', tokens: [] }];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const unit =
      countryAt(tokens, i, 'en')?.length ?? matchAt(tokens, i, 'en', ['named', 'org'])?.length ?? 1;
    if (PREPS.has(t.key)) sections.push({ prep: t.key, tokens: [] });
    else sections[sections.length - 1]?.tokens.push(...tokens.slice(i, i + unit));
    i += PREPS.has(t.key) ? 1 : unit;
  }
  return sections.filter((s) => s.tokens.length > 0);
}

function ofSection(model: RoleModel, tokens: Token[]): void {
  const fields = listOf(tokens, 0, tokens.length, 'en', ['field']);
  const last = model.owners[model.owners.length - 1];
  const open = last?.kind === 'org' && last.head ? last : null;
  const names = parseOrg(tokens, 'en');
  if (fields && !model.owners.length && !model.fields.length) model.fields = fields;
  else if (fields && open && !open.fields.length) open.fields = fields;
  // "University of Oxford": the name belongs to the organization just read.
  else if (namesOnly(names ?? undefined) && open && !open.after.length) open.after = names?.before ?? [];
  else addOwner(model, tokens, 'en');
}

/** "for Education", "for Europe, the Middle East and Africa": fields or regions; false when neither. */
function forSection(model: RoleModel, tokens: Token[]): boolean {
  const items = listOf(tokens, 0, tokens.length, 'en', ['field', 'region']);
  if (!items) return false;
  const fields = items.filter((e) => e.kind === 'field');
  if (fields.length && !model.fields.length) [model.fields, model.fieldsFor] = [fields, true];
  for (const e of items) if (e.kind === 'region') model.scope.push({ kind: 'entry', entry: e });
  return true;
}

function section(model: RoleModel, { prep, tokens }: Section): void {
  const words = tokens.filter((t) => t.key !== 'the');
  const country = countryAt(words, 0, 'en');
  const wholeCountry = country && country.length === words.length ? country.code : null;
  const place = matchAt(words, 0, 'en', ['place'], words.length)?.entry;
  if (prep === 'of') ofSection(model, tokens);
  else if ((prep === 'to' || prep === 'in') && wholeCountry && !model.post)
    model.post = { kind: 'country', code: wholeCountry };
  else if ((prep === 'to' || prep === 'in') && place && !model.post)
    model.post = { kind: 'entry', entry: place };
  else if (prep === 'for' && forSection(model, tokens)) return;
  else if (prep === 'for' || prep === 'with' || prep === 'on') unread(model, prep, tokens);
  else if (prep) addOwner(model, tokens, 'en');
  else model.rest.push(...tokens.map((t) => t.text));
}

/** "State Committee for Work with Diaspora": words no rule reads stay with the organization they follow. */
function unread(model: RoleModel, prep: string, tokens: Token[]): void {
  const last = model.owners[model.owners.length - 1];
  const words = `${prep} ${writtenOf(tokens)}`;
  if (last?.kind !== 'org') model.rest.push(words);
  else [last.tail, last.written] = [`${last.tail ?? ''} ${words}`.trim(), `${last.written} ${words}`];
}

/** One word before the head: a modifier, an owner by demonym ("Georgian"), a field ("Education Minister"). */
function preHeadWord(
  model: RoleModel,
  tokens: readonly Token[],
  i: number,
  group: Token[],
  orgAhead: boolean,
): number {
  const t = tokens[i] as Token;
  if (group.length) {
    group.push(t);
    return 1;
  }
  if (isJoiner(t)) return 1;
  const mod = matchAt(tokens, i, 'en', ['modifier']);
  if (mod) {
    applyModifier(model, mod.entry);
    return mod.length;
  }
  // Words that lead to an organization noun name it: "Azerbaijan State University Rector".
  const country = orgAhead ? null : countryAt(tokens, i, 'en');
  if (country) {
    model.owners.push({ kind: 'country', code: country.code });
    return country.length;
  }
  const field = orgAhead ? null : matchAt(tokens, i, 'en', ['field']);
  if (field) model.fields.push(field.entry);
  else group.push(t);
  return field?.length ?? 1;
}

function preHead(model: RoleModel, tokens: readonly Token[]): void {
  const group: Token[] = [];
  const orgAhead = (from: number) =>
    tokens.some((_, k) => k >= from && matchAt(tokens, k, 'en', ['org', 'named']));
  for (let i = 0; i < tokens.length; ) i += preHeadWord(model, tokens, i, group, orgAhead(i));
  const org = group.length ? parseOrg(group, 'en') : null;
  const post = org ? splitPost(org, group, 'en') : null;
  if (post && !model.post) model.post = post;
  if (org) model.owners.push(org);
}

function firstPrep(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => PREPS.has(t.key));
  return at < 0 ? tokens.length : at;
}

/** "Azerbaijan's Minister ...", "China's Ambassador ...": the owner in front, when no head precedes it. */
function splitPossessive(tokens: Token[]): [Token[], Token[]] {
  const p = tokens.findIndex((t) => t.possessive);
  if (p < 0 || tokens.slice(0, p + 1).some((_, k) => headAt(tokens, k, 'en'))) return [[], tokens];
  const owner = tokens.slice(0, p + 1).map((t) => ({ ...t, text: t.text.replace(/['’]s$/u, '') }));
  return [owner, tokens.slice(p + 1)];
}

export function parseEn(role: string): RoleModel {
  const model = emptyRole('en');
  const text = role.replace(/^\s*the\s+/iu, '').replace(/\b(Vice|Pro|Co)\s+(?=\p{L})/giu, '$1-');
  const [owner, tokens] = splitPossessive(tokenize(text, 'en'));
  const at = tokens.findIndex((_, k) => headAt(tokens, k, 'en'));
  const head = at >= 0 ? headAt(tokens, at, 'en') : null;
  if (head) [model.head, model.vice, model.deputy] = [head.entry, head.vice, head.vice];
  // An unknown head is kept as written up to its first preposition; what follows is still read.
  const end = head ? at + head.length : firstPrep(tokens);
  if (!head) model.headText = writtenOf(tokens.slice(0, end));
  for (const s of sectionsOf(tokens.slice(end))) section(model, s);
  if (head) preHead(model, tokens.slice(0, at));
  if (owner.length) addOwner(model, owner, 'en');
  return model;
}
