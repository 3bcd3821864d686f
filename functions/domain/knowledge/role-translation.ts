import { capitalizeAz } from './az-grammar.js';
import { type LexEntry, PHRASES } from './role-lexicon.js';
import type { OrganizationName, RoleModel } from './role-model.js';
import { parseAz } from './role-parse-az.js';
import { parseEn } from './role-parse-en.js';
import { parseRu } from './role-parse-ru.js';
import { renderAz, renderEn } from './role-render.js';
import { type Lang, type Target, tokenize } from './role-words.js';
import { toLatin } from './transliterate.js';

export type { OrganizationName } from './role-model.js';

const PARSERS: Record<Lang, (role: string) => RoleModel> = { en: parseEn, az: parseAz, ru: parseRu };

const phraseKey = (text: string, lang: Lang): string =>
  tokenize(text, lang)
    .map((t) => t.key + (t.suffix ? `-${t.suffix}` : ''))
    .join(' ');

// Whole-phrase entries by their key in each language, built once at module load.
const PHRASE_INDEX: Record<Lang, Map<string, LexEntry>> = { en: new Map(), az: new Map(), ru: new Map() };
for (const entry of PHRASES) {
  for (const lang of ['en', 'az', 'ru'] as const) {
    for (const form of entry.forms[lang]) PHRASE_INDEX[lang].set(phraseKey(form, lang), entry);
  }
}

/** A role read into its structure (head, modifiers, fields, owners, posting); exposed for diagnostics. */
export function parseRole(role: string, from: Lang): RoleModel {
  return PARSERS[from](role.normalize('NFC').replace(/\s+/gu, ' ').trim());
}

/**
 * A person's role in English or Azerbaijani, translated structurally through the role lexicon
 * (data/roles.json): "Министр науки и образования Азербайджана" -> "Minister of Science and Education of
 * Azerbaijan" / "Azərbaycanın elm və təhsil naziri". Words the lexicon does not know are kept as written
 * (Cyrillic transliterated, so the result is always in Latin letters). The result is capitalized for a
 * display line. `organizationName` may supply an owner organization's name (from the knowledge base); it
 * receives the organization's words as written in the role, in the nominative where the parser could tell.
 */
export function translateRole(
  role: string,
  from: Lang,
  to: Target,
  organizationName?: OrganizationName,
): string {
  const text = role.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (!text) return '';
  const phrase = PHRASE_INDEX[from].get(phraseKey(text, from));
  const out = phrase
    ? phrase[to]
    : (to === 'en' ? renderEn : renderAz)(parseRole(text, from), organizationName);
  // Never the wrong script: anything Cyrillic that slipped through (a hook's answer) is transliterated.
  const latin = toLatin(out, 'en', to);
  return to === 'az' ? capitalizeAz(latin) : latin.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}
