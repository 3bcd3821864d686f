import type { Language, Person } from '../article/article.js';
import { isWordOfNames } from './organizations/candidates.js';
import { mergeInflectedForms } from './person-forms.js';
import { baseName, isHonorificOrInitial, isNameToken, isSurname } from './person-names.js';
import { CONNECTORS, ROLE_WORDS, SPEECH_VERBS } from './role-words.js';
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
// Russian role nouns by stem: an inflected one before a name sets the name's case (and so its gender).
const RU_ROLE_STEMS =
  'министр|вице-министр|посл|ректор|проректор|президент|директор|председател|заместител|представител|советник|профессор|академик|декан|секретар|лидер';
const RU_INFLECTED_ROLE = new RegExp(`^(?:${RU_ROLE_STEMS})(?:а|я|ом|ем|у|ю)$`, 'u');
const AZ_POSSESSED =
  /^(?:rəhbərlik|başçılıq|sədrlik|sözlərinə|fikrincə|dediyinə|təşəbbüsü|dəvəti|iştirakı|çıxışı)/u;
const AZ_OWNER =
  /^(?:universitet|institut|akademiya|nazirliy|agentliy|fond|mərkəz|şirkət|kollec|litsey)\p{Ll}*(?:nın|nin|nun|nün)$/u;
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

/** Runs of name-like tokens separated by spaces only (a comma or quote ends a run). */
function runsOf(sentence: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const joined = prev !== undefined && /^\s+$/u.test(sentence.slice(prev.end, t.start));
    const fits = isNameToken(t.text) || isHonorificOrInitial(t.text);
    if (fits && (joined || run.length === 0)) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = fits ? [t] : [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

const ROLE_WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const NOT_ROLE_LEFT =
  /^(?:the|on|in|at|by|with|from|по|словам|с|со|в|на|и|görə|ilə|və|da|də|isə|ki|həmçinin|eləcə|tərəfindən|tərəfdən)$/u;

/** Where a role phrase may start, extended left from its role word over qualifiers. */
function roleStart(before: string, words: RegExpMatchArray[], i: number, language: Language): number {
  const isQualifier = (k: number) => {
    const w = words[k]?.[0] ?? '';
    const lower = lowerAz(w);
    // English: "Azerbaijani Science and Education Minister"; Azerbaijani/Russian roles are lowercase, and a
    // locative or a number ("Görüşdə", "12-də") opens the sentence, not the role.
    // Russian roles lead with their noun ("министр науки"): only adjectives stand before it; an Azerbaijani
    // participle ("səfərdə olan") closes the clause before the role.
    if (language === 'ru') return ROLE_WORDS.has(lower) || /^\p{Ll}+(?:ый|ий|ой|ая|ое|ого|его|ому)$/u.test(w);
    if (language === 'en') return (/^\p{Lu}/u.test(w) && !isNameToken(w) && k > 0) || lower === 'and';
    // A sentence may open with a noun before the role's owner ("Səfər Krallığın təhsil naziri ..."): the first
    // word belongs to the role only when it is a word of names (a country, a place, a lexicon word, an acronym).
    if (k === 0 && /^\p{Lu}/u.test(w) && !isWordOfNames(w, language)) return false;
    // A locative ("Görüşdə") opens the clause; an acronym ("ADA") only looks like one.
    const acronym = /^\p{Lu}{2,}$/u.test(w);
    if (NOT_ROLE_LEFT.test(lower) || (!acronym && /\d|(?:da|də)$|^\p{Ll}+(?:an|ən)$/u.test(lower)))
      return false;
    // The institution that owns the role, in the genitive: "ADA Universitetinin rektoru" keeps its name.
    const run = words.slice(k, i).map((o) => o[0]);
    const end = run.findIndex((o) => !/^\p{Lu}/u.test(o));
    const owned = (end < 0 ? run : run.slice(0, end)).some((o) => AZ_OWNER.test(lowerAz(o)));
    return owned || !isNameToken(w);
  };
  const gapBefore = (k: number) =>
    before.slice((words[k - 1]?.index ?? 0) + (words[k - 1]?.[0].length ?? 0), words[k]?.index ?? 0);
  // Only spaces (or quotes) join a qualifier to the role: a comma, a dash or a number belongs to a dateline or
  // a list ("Baku, 14 October 2026 – Minister of ...").
  const separated = (k: number) => /[^\s«»"“”„]/u.test(gapBefore(k));
  // "təhsil, elm və gənclərlə iş üzrə naziri", "образования, науки и молодежи": a comma inside a list of fields
  // that a conjunction closes further on is part of the role.
  const listComma = (k: number) =>
    language !== 'en' &&
    /^\s*,\s*$/u.test(gapBefore(k)) &&
    /^\p{Ll}/u.test(words[k - 1]?.[0] ?? '') &&
    words.slice(k, i).some((w) => /^(?:və|и)$/u.test(w[0]));
  let from = i;
  for (let steps = 0; from > 0 && steps < 10; steps++) {
    if (separated(from) && !listComma(from)) break;
    // "elm və təhsil naziri", "науки и образования": a coordinated qualifier belongs to the role.
    const joined = language !== 'en' && /^(?:və|и)$/u.test(lowerAz(words[from - 1]?.[0] ?? '')) && from > 1;
    if (joined && isQualifier(from - 2) && !separated(from - 1)) {
      from -= 2;
      continue;
    }
    if (!isQualifier(from - 1)) break;
    from--;
  }
  while (/^(?:and|of|və|и)$/u.test(lowerAz(words[from]?.[0] ?? '')) && from < i) from++;
  return words[from]?.index ?? 0;
}

// "глава" is feminine in form, so it sets no case for the name, but it declines like the others.
const RU_ROLE_CASE = new RegExp(`^(${RU_ROLE_STEMS}|глав)(?:ом|ем|ём|ой|а|я|у|ю|е|ы)(?![\\p{L}])`, 'iu');
const RU_NOMINATIVE: Record<string, string> = {
  посл: 'посол',
  председател: 'председатель',
  заместител: 'заместитель',
  представител: 'представитель',
  секретар: 'секретарь',
  глав: 'глава',
};

/**
 * A Russian role as a title reads in the nominative: "встретился с послом Германии" gives "посол Германии".
 * Only the head noun declines here; the words after it are genitive or prepositional in every case.
 */
function nominativeRuRole(phrase: string): string {
  return phrase.replace(RU_ROLE_CASE, (_, stem: string) => {
    const base = RU_NOMINATIVE[stem.toLowerCase()];
    return base ? stem.slice(0, 1) + base.slice(1) : stem;
  });
}

/** The role phrase before a name ("Minister of Science and Education"), or null when none is near. */
function roleBefore(before: string, language: Language): string | null {
  const words = [...before.matchAll(ROLE_WORD_RE)];
  let lowercase = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]?.[0] ?? '';
    const lower = lowerAz(w).replace(/\.$/, '');
    if (ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.split('-').pop() ?? '')) {
      const phrase = before.slice(roleStart(before, words, i, language));
      return phrase
        .replace(/[\s,]+$/u, '')
        .replace(/\s+/g, ' ')
        .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    }
    if (/^\p{Ll}/u.test(w) && !CONNECTORS.has(lower) && ++lowercase > (language === 'en' ? 0 : 5))
      return null;
  }
  return null;
}

/** A role given right after the name: "Hafiz Pashayev, Rector of ADA University,". */
function roleAfter(after: string): string | null {
  // The phrase ends at a comma before a lowercase word ("..., said") or before a capitalized word that opens a
  // clause rather than continuing a list of fields ("..., Report informs" but not "..., Science and Youth").
  const m = after.match(
    /^\s*,\s*(?:the\s+)?([^;()]{3,120}?)(?=,\s*\p{Ll}|,\s*\p{Lu}\p{L}*\s+(?!and\b|of\b|for\b|və\b|и\b)\p{Ll}|[.;()]|$)/u,
  );
  const phrase = m?.[1]?.trim() ?? '';
  // "Givi Mikanadze, Georgia's Minister of Education, Science and Youth": an owner in the possessive and
  // qualifiers may stand before the role word.
  const words = phrase.split(/\s+/).slice(0, 5);
  const isRole = (w: string) => {
    const lower = lowerAz(w).replace(/[’']s$/u, '');
    return ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.split('-').pop() ?? '');
  };
  const at = words.findIndex(isRole);
  if (at < 0) return null;
  const lead = words.slice(0, at);
  const ok = lead.every(
    (w, i) => (i === 0 && /['’]s$/u.test(w)) || /^\p{Lu}/u.test(w) || /^(?:and|of|the)$/u.test(w),
  );
  return ok ? phrase : null;
}

/** "Mariam Lashkhi discussed ...": a verb of saying or acting right after a capitalized pair. */
function speaksAfter(after: string): boolean {
  const next = lowerAz(after.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}-]/gu, '');
  return SPEECH_VERBS.has(next);
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
        const person = personOf(sentence, tokens, run, language, masc);
        if (!person) continue;
        const parts = person.name.split(' ');
        const key = `${foldName(parts[0] ?? '')}|${foldName(parts.at(-1) ?? '')}`;
        const seen = found.get(key);
        if (!seen) found.set(key, person);
        else if (!seen.role && person.role) seen.role = person.role;
      }
    }
  }
  return mergeInflectedForms([...found.values()]);
}

function personOf(
  sentence: string,
  tokens: Token[],
  run: Token[],
  language: Language,
  masc: Set<string>,
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
  const possessed = language === 'az' && AZ_POSSESSED.test(lowerAz(after.trim()));
  if (role && language === 'ru') role = nominativeRuRole(role);
  return {
    name: baseName(
      chosen.map((t) => t.text),
      isMasc,
      possessed,
    ),
    role: role ?? '',
  };
}
