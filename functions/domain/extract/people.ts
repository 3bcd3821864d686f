import type { Language, Person } from '../article/article.js';
import { findKnownOrganizations } from '../knowledge/find-known.js';
import { nominativeRuRole, RU_ROLE_STEMS, roleAfter, roleBefore, speaksAfter } from './people-roles.js';
import { mergeInflectedForms, preferWrittenForm } from './person-forms.js';
import { baseName, isHonorificOrInitial, isNameToken, isSurname, type RoleCase } from './person-names.js';
import { foldName, lowerAz, paragraphsOf, sentencesOf } from './text-tools.js';

/** A person as the text names them; display forms are added by the caller. */
export type FoundPerson = Pick<Person, 'name' | 'role'>;

interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*\.?/gu;
const RU_GENITIVE_ROLE =
  /^(?:министра|посла|ректора|президента|директора|председателя|заместителя|представителя|советника|профессора|академика|декана|секретаря|лидера|г-на|господина)$/u;
const RU_INFLECTED_ROLE = new RegExp(`^(?:${RU_ROLE_STEMS})(?:а|я|ом|ем|у|ю)$`, 'u');
const RU_GENITIVE_ROLE_WORD = new RegExp(`^(?:${RU_ROLE_STEMS})(?:а|я)$`, 'u');
const RU_INSTRUMENTAL_ROLE_WORD = new RegExp(`^(?:${RU_ROLE_STEMS})(?:ом|ем)$`, 'u');
const AZ_POSSESSED =
  /^(?:rəhbərlik|başçılıq|sədrlik|sözlərinə|fikrincə|dediyinə|təşəbbüsü|dəvəti|iştirakı|çıxışı)/u;
// Verbs that take the person as their definite object, so the name before them is in the accusative.
const AZ_OBJECT_VERB = /^\s*(?:qəbul|təbrik|salamla|təltif|mükafatlandır|dəvət|yola sal|qarşıla)/u;
const NAMED_AFTER = /(?:named after|adına|имени)\s*$/iu;

function tokensOf(sentence: string): Token[] {
  return [...sentence.matchAll(WORD)].map((m) => {
    let text = m[0];
    // A dot ends the word unless it marks an initial or an honorific ("Z.", "Mrs.").
    if (text.endsWith('.') && !isHonorificOrInitial(text)) text = text.slice(0, -1);
    const start = m.index ?? 0;
    return { text, start, end: start + text.length };
  });
}

/**
 * Runs of name-like tokens separated by spaces only (a comma or quote ends a run). Words of a known
 * organization's name are never a person's ("... имени Короля Абдулазиза Мунир Эльдесуки").
 */
function runsOf(sentence: string, tokens: Token[]): Token[][] {
  const organizations = findKnownOrganizations(sentence);
  const inOrganization = (t: Token) => organizations.some((o) => t.start >= o.start && t.end <= o.end);
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const joined = prev !== undefined && /^\s+$/u.test(sentence.slice(prev.end, t.start));
    const fits = (isNameToken(t.text) || isHonorificOrInitial(t.text)) && !inOrganization(t);
    if (fits && (joined || run.length === 0)) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = fits ? [t] : [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

function masculineStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{Ll}]+(?:ов|ев|ёв|ин)(?=(?:ым|у)?(?![\p{L}]))/gu)) stems.add(m[0]);
  return stems;
}

/**
 * People named in the text with their roles. A run of capitalized words is a person when a role word
 * introduces it (through a role phrase: "Ambassador ... of China to Azerbaijan Lu Mei"), when a role
 * follows it after a comma, or when it ends in a regional surname ("-yev", "-ova", "-ов"); a name that
 * runs on into a longer proper noun ("Heydar Aliyev Foundation") is an institution, not a person.
 * Inflected forms are reduced to the base and mentions of one person are merged.
 */
export function extractPeople(text: string, language: Language): FoundPerson[] {
  const found = new Map<string, FoundPerson>();
  const masc = masculineStems(text);
  for (const paragraph of paragraphsOf(text)) {
    for (const sentence of sentencesOf(paragraph)) {
      const tokens = tokensOf(sentence);
      for (const run of runsOf(sentence, tokens)) {
        const person = personOf(sentence, tokens, run, language, masc, text);
        if (!person) continue;
        const parts = person.name.split(' ');
        const key = `${foldName(parts[0] ?? '')}|${foldName(parts.at(-1) ?? '')}`;
        const seen = found.get(key);
        if (!seen) found.set(key, person);
        else {
          // A mention the text writes as it stands ("Юсиф бин Абдулла аль-Биньян") names the person better
          // than one rebuilt from a declined form ("... Абдуллы ...").
          if (sentence.includes(person.name) && !sentence.includes(seen.name)) seen.name = person.name;
          if (!seen.role && person.role) seen.role = person.role;
        }
      }
    }
  }
  return preferWrittenForm(mergeInflectedForms([...found.values()]), text);
}

function personOf(
  sentence: string,
  tokens: Token[],
  run: Token[],
  language: Language,
  masc: Set<string>,
  text: string,
): FoundPerson | null {
  const names = run.filter((t) => !isHonorificOrInitial(t.text));
  while (names.length && /^\p{Ll}+$/u.test(names[0]?.text ?? '')) names.shift();
  while (names.length && /^\p{Ll}+$/u.test(names.at(-1)?.text ?? '')) names.pop();
  const first = run[0];
  const lastTok = run.at(-1);
  if (names.length < 2 || !first || !lastTok) return null;
  const before = sentence.slice(0, first.start);
  const after = sentence.slice(lastTok.end);
  // A name spelled out before its acronym is an institution: "... Mübadilə Xidməti (DAAD)".
  if (/^\s*\(\p{Lu}{2,}/u.test(after)) return null;
  const introduced = roleBefore(before, language);
  let role = introduced ?? roleAfter(after);
  const next = tokens.find((t) => t.start >= lastTok.end);
  const runsOn =
    next !== undefined &&
    /^\s+$/u.test(sentence.slice(lastTok.end, next.start)) &&
    /^\p{Lu}/u.test(next.text);
  if (!role && (runsOn || NAMED_AFTER.test(before))) return null;
  // "Minister of Culture and Innovation Balazs Hankó": a run after a connector starts with the role's tail.
  // The word moves from the name to the role it ends ("... Science and Technology Hiroshi Tanaka").
  if (introduced && /(?:^|\s)(?:and|of|for|the|və|и)\s+$/u.test(before) && names.length > 2) {
    role = `${role} ${names.shift()?.text ?? ''}`.trim();
  }
  const k = names.findLastIndex((t) => isSurname(t.text));
  let chosen: Token[];
  if (k >= 1) chosen = role ? names.slice(Math.max(0, k - 3), k + 1) : names.slice(k - 1, k + 1);
  else if (role) chosen = names.slice(-4);
  else if (names.length <= 3 && !runsOn && speaksAfter(after)) chosen = names;
  else return null;
  const surname = chosen.at(-1)?.text ?? '';
  const prevWord = lowerAz(before.trim().split(/\s+/).pop() ?? '');
  const roleWord = lowerAz(role?.split(' ')[0] ?? '');
  const isMasc =
    RU_GENITIVE_ROLE.test(prevWord) ||
    RU_INFLECTED_ROLE.test(roleWord) ||
    masc.has(surname.replace(/(?:а|у|ым|е)$/u, ''));
  const roleCase: RoleCase =
    RU_GENITIVE_ROLE.test(prevWord) || RU_GENITIVE_ROLE_WORD.test(roleWord)
      ? 'genitive'
      : RU_INSTRUMENTAL_ROLE_WORD.test(prevWord) || RU_INSTRUMENTAL_ROLE_WORD.test(roleWord)
        ? 'instrumental'
        : null;
  const possessed = language === 'az' && AZ_POSSESSED.test(lowerAz(after.trim()));
  const accusative =
    language === 'az' && !isSurname(surname) && AZ_OBJECT_VERB.test(lowerAz(after)) ? text : null;
  if (role && language === 'ru') role = nominativeRuRole(role);
  return {
    name: baseName(
      chosen.map((t) => t.text),
      isMasc,
      possessed,
      roleCase,
      accusative,
    ),
    role: role ?? '',
  };
}
