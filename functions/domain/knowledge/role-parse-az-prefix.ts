import { countryAt } from './role-country.js';
import type { Kind, LexEntry } from './role-lexicon.js';
import { isJoiner, matchAt, matchEndingAt } from './role-match.js';
import type { Org, Owner, RoleModel } from './role-model.js';
import { addEntry, newOrg, parseOrg, writtenOf } from './role-org.js';
import { addUnknownField, applyModifier } from './role-parse-common.js';
import { isCapitalized, type Token, wordKey } from './role-words.js';

/**
 * The words before an Azerbaijani head, left to right: owner groups closed by a genitive (outermost
 * first), a posting in "-dakı/-dəki", items before "üzrə", then modifiers and fields.
 */

/** Does token i close an owner in the genitive ("Gürcüstanın", "ADA Universitetinin", "BMU-nun")? */
function closesOwner(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.suffix) return /^n?[ıiuü]n$/u.test(t.suffix);
  if (!/[iu]n$/u.test(t.key)) return false;
  if (matchEndingAt(tokens, i + 1, 'az', ['org', 'named', 'place', 'head'])) return true;
  for (let s = Math.max(0, i - 2); s <= i; s++)
    if (countryAt(tokens, s, 'az')?.length === i - s + 1) return true;
  // An unknown name: capitalized, and the owner's words end here ("Putinin köməkçisi").
  return isCapitalized(t.text) && !isCapitalized(tokens[i + 1]?.text ?? '');
}

/** An owner from its words, the last in the genitive: its nominative for the hook, the organization. */
function ownerFrom(tokens: readonly Token[]): Owner | null {
  const c = countryAt(tokens, 0, 'az');
  if (c && c.length === tokens.length) return { kind: 'country', code: c.code };
  const last = tokens[tokens.length - 1] as Token;
  const known = matchEndingAt(tokens, tokens.length, 'az', ['org', 'named', 'place', 'field', 'head']);
  // A known noun keeps its inflection for matching; an unknown name loses the genitive ("Putinin" -> "Putin").
  const possessed = known?.entry.kind === 'org' && tokens.length > 1;
  const nominative = last.suffix ? last.text : last.text.replace(possessed ? /n?[ıiuü]n$/u : /[ıiuü]n$/u, '');
  const words = known
    ? [...tokens]
    : [...tokens.slice(0, -1), { ...last, text: nominative, key: wordKey(nominative, 'az') }];
  const written = writtenOf([...tokens.slice(0, -1), { ...last, text: nominative, suffix: '' }]);
  const org: Org | null = parseOrg(words, 'az', written);
  if (org && last.suffix) org.hyphen = true;
  return org;
}

/** "Azərbaycandakı", "ABŞ-dakı", "Gəncədəki": a posting, with the words of a longer name before it. */
function postAt(model: RoleModel, pending: Token[], t: Token): boolean {
  const located = t.suffix ? /d[aə]k[ıi]$/u.test(t.suffix) : /d[ae]ki$/u.test(t.key);
  if (!located || model.post) return false;
  // "Ərəbistanındakı" has a pronominal n after its possessive; "Azərbaycandakı" ends in n itself.
  const stems = t.suffix ? [t.text] : [/d[aə]k[ıi]$/iu, /nd[aə]k[ıi]$/iu].map((re) => t.text.replace(re, ''));
  for (const text of stems) {
    const bare = { ...t, text, key: wordKey(text, 'az'), suffix: '' };
    for (let s = Math.min(2, pending.length); s >= 0; s--) {
      const words = [...pending.slice(pending.length - s), bare];
      const c = countryAt(words, 0, 'az');
      const place = s === 0 ? matchAt(words, 0, 'az', ['place'], 1) : null;
      if (c?.length === words.length) model.post = { kind: 'country', code: c.code };
      else if (place) model.post = { kind: 'entry', entry: place.entry };
      else continue;
      pending.splice(pending.length - s, s);
      return true;
    }
  }
  return false;
}

/** Items before "üzrə": fields ("tədris işləri üzrə prorektor") or regions ("Avropa ... üzrə direktoru"). */
function scopeOf(model: RoleModel, tokens: readonly Token[]): void {
  for (let i = 0; i < tokens.length; ) {
    const m = isJoiner(tokens[i]) ? null : matchAt(tokens, i, 'az', ['field', 'region', 'place', 'named']);
    if (m?.entry.kind === 'field') [model.fieldsFor, model.fields] = [true, [...model.fields, m.entry]];
    else if (m) model.scope.push({ kind: 'entry', entry: m.entry });
    else if (!isJoiner(tokens[i]))
      model.scope.push({ kind: 'name', text: tokens[i]?.text ?? '', lang: 'az' });
    i += m?.length ?? 1;
  }
}

// A noun right before the head owns it without a genitive (izafet): "Universitet rektoru".
const OWNED: Kind[] = ['org', 'named', 'place'];

function nounOwner(tokens: readonly Token[], entry: LexEntry): Org {
  const org = newOrg(writtenOf(tokens));
  addEntry(org, entry);
  return org;
}

// An unknown lowercase word stands where fields do ("ekologiya naziri"), so does the role's first word,
// capitalized only as the start of the line; another capitalized word is a name, kept aside.
function unknownWord(model: RoleModel, tokens: readonly Token[], i: number, atStart: boolean): void {
  const text = tokens[i]?.text ?? '';
  const lineStart = atStart && i === 0 && /^\p{Lu}\p{Ll}+$/u.test(text);
  if (isCapitalized(text) && !lineStart) model.rest.push(text);
  else addUnknownField(model.fields, text.toLocaleLowerCase('az'), 'az', !isJoiner(tokens[i - 1]));
}

/** The words right before the head: modifiers, fields, a country in the nominative, else kept as written. */
function tailOf(model: RoleModel, tokens: readonly Token[], atStart: boolean): void {
  for (let i = 0; i < tokens.length; ) {
    const m = isJoiner(tokens[i])
      ? null
      : matchAt(tokens, i, 'az', ['field', 'modifier', 'region', ...OWNED]);
    const c = m ? null : countryAt(tokens, i, 'az');
    if (m?.entry.kind === 'modifier') applyModifier(model, m.entry);
    else if (m?.entry.kind === 'field') model.fields.push(m.entry);
    else if (m?.entry.kind === 'region') model.scope.push({ kind: 'entry', entry: m.entry });
    else if (m) model.owners.unshift(nounOwner(tokens.slice(i, i + m.length), m.entry));
    else if (c) model.owners.unshift({ kind: 'country', code: c.code });
    else if (!isJoiner(tokens[i])) unknownWord(model, tokens, i, atStart);
    i += m?.length ?? c?.length ?? 1;
  }
}

export function azPrefix(model: RoleModel, tokens: readonly Token[]): void {
  let pending: Token[] = [];
  tokens.forEach((t, i) => {
    if (t.key === 'uzre') {
      scopeOf(model, pending);
      pending = [];
    } else if (!postAt(model, pending, t)) {
      pending.push(t);
      if (!closesOwner(tokens, i)) return;
      const owner = ownerFrom(pending.filter((p) => p.key !== ','));
      if (owner) model.owners.unshift(owner);
      pending = [];
    }
  });
  tailOf(model, pending, pending[0] === tokens[0]);
}
