import type { LexEntry } from './role-lexicon.js';
import { matchAt } from './role-match.js';
import type { RoleModel } from './role-model.js';
import { type Lang, type Token, wordKey } from './role-words.js';
import { toLatin } from './transliterate.js';

/** A head found at a position: the entry, its length in tokens, and whether it came as "Vice-X". */
export interface HeadMatch {
  entry: LexEntry;
  length: number;
  vice: boolean;
}

const VICE: Record<Lang, string> = { en: 'vice-', az: 'vitse-', ru: 'вице-' };

/**
 * The head at token i. "Vice-X" is a head of its own when the lexicon has it (Vice-Rector = prorektor);
 * otherwise it is the deputy of X (Vice-Minister = nazir müavini = вице-министр).
 */
export function headAt(tokens: readonly Token[], i: number, lang: Lang, length?: number): HeadMatch | null {
  const m = matchAt(tokens, i, lang, ['head'], length);
  if (m) return { entry: m.entry, length: m.length, vice: false };
  const t = tokens[i];
  const vice = VICE[lang];
  if (!t?.key.startsWith(vice) || t.key.length <= vice.length) return null;
  const text = t.text.slice(vice.length);
  const rest = [{ ...t, text, key: wordKey(text, lang) }, ...tokens.slice(i + 1)];
  const inner = matchAt(rest, 0, lang, ['head'], length);
  return inner ? { entry: inner.entry, length: inner.length, vice: true } : null;
}

/** Records a modifier: the structural ones as flags, the others (Former, Honorary) as words. */
export function applyModifier(model: RoleModel, entry: LexEntry): void {
  if (entry.key === 'deputy') model.deputy = true;
  else if (entry.key === 'first') model.first = true;
  else if (entry.key === 'acting') model.acting = true;
  else model.modifiers.push(entry);
}

/**
 * A word in a field's place that the lexicon does not know ("Министр экологии"): kept as a field, as written
 * (Cyrillic transliterated), so the structure around it still translates.
 */
export function unknownField(text: string, lang: Lang): LexEntry {
  const latin = (lang === 'ru' ? toLatin(text, 'ru', 'en') : text).replace(/(^|\s)\p{Ll}/gu, (c) =>
    c.toUpperCase(),
  );
  return {
    kind: 'field',
    key: text,
    en: latin,
    az: lang === 'ru' ? toLatin(text, 'ru', 'az') : text,
    ru: text,
    azPossessive: null,
    posted: false,
    attributive: false,
    fieldsOf: false,
    ownerTo: false,
    forms: { en: [], az: [], ru: [] },
  };
}

/** Adds an unknown word as a field, joined to an unknown word just before it ("группы волонтеров"). */
export function addUnknownField(fields: LexEntry[], text: string, lang: Lang, joined: boolean): void {
  const last = fields[fields.length - 1];
  if (joined && last && !last.forms.en.length)
    fields[fields.length - 1] = unknownField(`${last.key} ${text}`, lang);
  else fields.push(unknownField(text, lang));
}
