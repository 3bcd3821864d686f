import azLocale from 'i18n-iso-countries/langs/az.json' with { type: 'json' };
import { foldName } from '../extract/text-tools.js';
import { OVERRIDE_NAMES } from '../i18n/countries.js';
import { knowledgeBase } from '../knowledge/knowledge-base.js';

let starts: string[] | null = null;

/** Azerbaijani country and city names: a role starting with one ("Türkiyənin ...") is a proper name. */
function properStarts(): string[] {
  if (starts) return starts;
  const names = new Set<string>(['Azərbaycan']);
  for (const entry of Object.values(azLocale.countries as Record<string, string | string[]>))
    for (const name of Array.isArray(entry) ? entry : [entry]) names.add(name.split(' ')[0] ?? name);
  for (const name of OVERRIDE_NAMES('az')) names.add(name.split(' ')[0] ?? name);
  for (const variants of knowledgeBase().placesByFirstKey.values())
    for (const v of variants) names.add(v.entry.az.split(' ')[0] ?? v.entry.az);
  starts = [...names].filter((n) => n.length > 2);
  return starts;
}

/**
 * True when the Azerbaijani role's first word is a proper name: it begins with a country or city name
 * ("Macarıstanın", "Bakı"), or with a name the English role writes capitalized inside it
 * ("Microsoftun baş meneceri" / "General Manager of Microsoft").
 */
export function azProperStart(role: string, enRole: string): boolean {
  const first = role.split(' ')[0] ?? '';
  if (properStarts().some((name) => first.startsWith(name))) return true;
  const key = foldName(first);
  return enRole
    .split(/\s+/)
    .slice(1)
    .some((word) => /^\p{Lu}/u.test(word) && foldName(word).length >= 3 && key.startsWith(foldName(word)));
}
