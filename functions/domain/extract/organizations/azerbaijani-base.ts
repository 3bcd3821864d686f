/**
 * Azerbaijani names in running text: the head noun takes case endings ("ADA Universitetinin",
 * "Universitetində") and a sentence may open with a plural noun before the name ("Memorandumlar Bakı
 * Dövlət Universiteti ilə..."). Back to the name's own form.
 */
const AZ_HEADS: Record<string, string> = {
  Universitet: 'Universiteti',
  İnstitut: 'İnstitutu',
  Akademiya: 'Akademiyası',
  Fond: 'Fondu',
  Təşkilat: 'Təşkilatı',
  Mərkəz: 'Mərkəzi',
  Agentliy: 'Agentliyi',
  Agentlik: 'Agentliyi',
  Şura: 'Şurası',
  Komitə: 'Komitəsi',
  Kollec: 'Kolleci',
  Nazirliy: 'Nazirliyi',
  Nazirlik: 'Nazirliyi',
  Assosiasiya: 'Assosiasiyası',
  Palata: 'Palatası',
  // "İdarəs": İdarəsi, İdarəsinin; not İdarəçilik (administration), a modifier ("Dövlət İdarəçilik Akademiyası").
  İdarəs: 'İdarəsi',
};
const HEAD_NAMES = Object.keys(AZ_HEADS).join('|');
const INFLECTED_HEAD = new RegExp(`^(?:${HEAD_NAMES})\\p{Ll}+$`, 'u');
const HEAD_AT_END = new RegExp(`(${HEAD_NAMES})\\p{Ll}*$`, 'u');

export function azerbaijaniBase(name: string): string {
  let tokens = name.replace(/^(?:[\p{Lu}][\p{Ll}]+(?:lar|lər)\s+)+/u, '').split(/\s+/);
  // "Bakı Dövlət Universitetində Türkiyənin Hacettepe Universiteti": an inflected head inside the run ends
  // the name before it, and a genitive country ("Türkiyənin") is the owner, not part of the name.
  // A head in its name form opening the run is a modifier: "Mərkəzi Aran ..." is Central Aran.
  const inner = tokens
    .slice(0, -1)
    .findLastIndex((t, i) => INFLECTED_HEAD.test(t) && !(i === 0 && Object.values(AZ_HEADS).includes(t)));
  if (inner >= 0) tokens = tokens.slice(inner + 1);
  while (tokens.length > 2 && /^\p{Lu}\p{Ll}+(?:nın|nin|nun|nün)$/u.test(tokens[0] ?? ''))
    tokens = tokens.slice(1);
  return tokens.join(' ').replace(HEAD_AT_END, (_m, head: string) => AZ_HEADS[head] ?? head);
}
