import { countryAt } from './role-country.js';
import type { LexEntry } from './role-lexicon.js';
import { isJoiner, matchAt } from './role-match.js';
import { emptyRole, type Org, type OrgPart, type Owner, type RoleModel } from './role-model.js';
import { addEntry, addName, newOrg, writtenOf } from './role-org.js';
import { addUnknownField, applyModifier, headAt, unknownField } from './role-parse-common.js';
import { CYRILLIC, isCapitalized, type Token, tokenize } from './role-words.js';

/**
 * Russian roles lead with the head; everything after it is a genitive chain, then prepositional parts:
 * "Министр образования, науки и молодежи Грузии", "Председатель Совета высшего образования Турции",
 * "Посол КНР в Азербайджане", "Исполнительный директор Coursera по Европе, Ближнему Востоку и Африке",
 * "Ректор Бакинского государственного университета", "Первый заместитель министра ...".
 */

const PREPS = new Set(['в', 'во', 'при', 'по', 'на', 'для']);
// "по делам молодежи", "по вопросам науки": the field follows.
const FILLERS = new Set(['делам', 'вопросам', 'линии']);
const ADJECTIVE = /(?:ого|его|ой|ей|ый|ий|ая|яя|ых|их|ом|ем)$/u;

const nameLike = (t: Token): boolean => !CYRILLIC.test(t.text) || isCapitalized(t.text);

/** Do the words from j lead to an organization noun ("государственного университета")? */
function orgFollows(tokens: readonly Token[], j: number, depth = 0): boolean {
  const t = tokens[j];
  if (!t || depth > 4) return false;
  const m = matchAt(tokens, j, 'ru', ['org', 'field', 'place']);
  if (m?.entry.kind === 'org') return true;
  const adjective = (m && (m.entry.attributive || m.entry.kind === 'place')) || (!m && ADJECTIVE.test(t.key));
  return !!adjective && orgFollows(tokens, j + (m?.length ?? 1), depth + 1);
}

interface State {
  model: RoleModel;
  tokens: readonly Token[];
  prep: string;
  current: Org | null;
  /** Words before an organization noun, and where they start. */
  pending: OrgPart[];
  pendingStart: number;
  /** Where the current organization's words start. */
  start: number;
}

function close(s: State, end: number): void {
  if (s.current) s.current.written = writtenOf(s.tokens.slice(s.start, end));
  s.current = null;
}

function owner(s: State, o: Owner, i: number): void {
  const begin = s.pending.length ? s.pendingStart : i;
  close(s, begin);
  s.model.owners.push(o);
  if (o.kind === 'org') [s.current, s.start] = [o, begin];
}

/** Keeps a word for the organization noun that follows ("Бакинского государственного ..."). */
function hold(s: State, part: OrgPart, i: number): void {
  if (!s.pending.length) s.pendingStart = i;
  if (part.kind === 'name') addName(s.pending, part.text, 'ru');
  else s.pending.push(part);
}

function entryAt(s: State, entry: LexEntry, i: number, length: number): void {
  const { model } = s;
  if (entry.kind === 'region' || s.prep === 'по') {
    if (entry.kind === 'field') [model.fields, model.fieldsFor] = [[...model.fields, entry], true];
    else model.scope.push({ kind: 'entry', entry });
  } else if (entry.kind === 'org' || entry.kind === 'named' || entry.kind === 'head') {
    const org = newOrg('');
    org.before = s.pending;
    addEntry(org, entry);
    owner(s, org, i);
    s.pending = [];
  } else if (orgFollows(s.tokens, i + length) && (entry.attributive || entry.kind === 'place')) {
    hold(s, { kind: 'entry', entry }, i);
  } else if (entry.kind === 'place' && s.prep.startsWith('в')) model.post ??= { kind: 'entry', entry };
  else if (entry.kind === 'place' && s.current?.head) s.current.after.push({ kind: 'entry', entry });
  else if (entry.kind === 'place') owner(s, { ...newOrg(''), before: [{ kind: 'entry', entry }] }, i);
  else if (s.current?.head) s.current.fields.push(entry);
  else model.fields.push(entry);
}

function wordAt(s: State, i: number): number {
  const t = s.tokens[i] as Token;
  if (PREPS.has(t.key)) {
    close(s, i);
    s.prep = t.key;
  }
  if (PREPS.has(t.key) || isJoiner(t) || FILLERS.has(t.key)) return 1;
  const m = matchAt(s.tokens, i, 'ru', ['named', 'org', 'field', 'place', 'region', 'head']);
  const c = countryAt(s.tokens, i, 'ru');
  // "по" governs fields and regions only: "по международным связям | Бакинского ... университета".
  const scoped = m?.entry.kind === 'region' || (m?.entry.kind === 'field' && !orgFollows(s.tokens, i));
  if (s.prep === 'по' && !scoped && (m || c || nameLike(t))) s.prep = '';
  if (c && (!m || c.length > m.length)) {
    const country = { kind: 'country', code: c.code } as const;
    if (orgFollows(s.tokens, i + c.length)) hold(s, country, i);
    else if (s.prep.startsWith('в')) s.model.post ??= country;
    else owner(s, country, i);
    return c.length;
  }
  if (m) entryAt(s, m.entry, i, m.length);
  else if (s.prep === 'по') s.model.scope.push({ kind: 'name', text: t.text, lang: 'ru' });
  else if (s.current?.head && !s.current.fields.length && nameLike(t)) addName(s.current.after, t.text, 'ru');
  else if (nameLike(t) && orgFollows(s.tokens, i + 1)) hold(s, { kind: 'name', text: t.text, lang: 'ru' }, i);
  else if (nameLike(t) && s.current && !s.current.head) addName(s.current.before, t.text, 'ru');
  else if (nameLike(t)) owner(s, { ...newOrg(''), before: [{ kind: 'name', text: t.text, lang: 'ru' }] }, i);
  else if (!s.model.owners.length && !s.prep)
    addUnknownField(s.model.fields, t.text, 'ru', !isJoiner(s.tokens[i - 1]));
  else s.model.rest.push(t.text);
  return m?.length ?? 1;
}

export function parseRu(role: string): RoleModel {
  const model = emptyRole('ru');
  const tokens = tokenize(role, 'ru');
  const outer: Owner[] = [];
  let i = 0;
  // Before the head: "исполняющий обязанности", "первый", "заместитель", "бывший", a country adjective.
  while (i < tokens.length && !headAt(tokens, i, 'ru')) {
    const mod = matchAt(tokens, i, 'ru', ['modifier']);
    const c = mod ? null : countryAt(tokens, i, 'ru');
    // An adjective the lexicon does not know, right before the head, qualifies it as written.
    const adjective = !mod && !c && ADJECTIVE.test(tokens[i]?.key ?? '') && headAt(tokens, i + 1, 'ru');
    if (mod) applyModifier(model, mod.entry);
    else if (c) outer.push({ kind: 'country', code: c.code });
    else if (adjective) model.modifiers.push(unknownField((tokens[i]?.text ?? '').toLowerCase(), 'ru'));
    else break;
    i += mod?.length ?? c?.length ?? 1;
  }
  const head = headAt(tokens, i, 'ru');
  if (head) [model.head, model.vice, model.deputy] = [head.entry, head.vice, model.deputy || head.vice];
  else if (i < tokens.length && !model.deputy) model.headText = tokens[i]?.text ?? null;
  i += head?.length ?? (model.headText ? 1 : 0);
  const s: State = {
    model,
    tokens: tokens.slice(i),
    prep: '',
    current: null,
    pending: [],
    pendingStart: 0,
    start: 0,
  };
  for (let k = 0; k < s.tokens.length; ) k += wordAt(s, k);
  close(s, s.tokens.length);
  model.owners.push(...outer);
  return model;
}
