import type { Language } from '../article/article.js';
import { findKnownOrganizations } from '../knowledge/find-known.js';
import { isWordOfNames } from './organizations/candidates.js';
import { isNameToken } from './person-names.js';
import { CONNECTORS, ROLE_WORDS, SPEECH_VERBS } from './role-words.js';
import { lowerAz } from './text-tools.js';

/**
 * Role phrases around a person's name: before it ("Minister of Science and Education Emin Amrullayev",
 * "Gürcüstanın təhsil, elm və gənclərlə iş üzrə naziri Givi Mikanadze", "министр ... Грузии Гиви
 * Миканадзе") or after it ("Givi Mikanadze, Georgia's Minister of ..."), and verbs of saying that introduce a
 * person without a role.
 */

// Russian role nouns by stem: an inflected one before a name sets the name's case (and so its gender).
export const RU_ROLE_STEMS =
  'министр|вице-министр|посл|ректор|проректор|президент|директор|председател|заместител|представител|советник|профессор|академик|декан|секретар|лидер';
const AZ_OWNER =
  /^(?:universitet|institut|akademiya|nazirliy|agentliy|fond|mərkəz|şirkət|kollec|litsey|ofis|idarə|şöbə|komitə|şura|palata|xidmət)\p{Ll}*(?:nın|nin|nun|nün)$/u;

const ROLE_WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const NOT_ROLE_LEFT =
  /^(?:the|on|in|at|by|with|from|по|словам|с|со|в|на|и|görə|ilə|və|da|də|isə|ki|həmçinin|eləcə|tərəfindən|tərəfdən)$/u;

const isOwnerGenitive = (word: string) =>
  /^\p{Lu}/u.test(word) && /(?:nın|nin|nun|nün|ın|in|un|ün)$/u.test(word);

/** Where a role phrase may start, extended left from its role word over qualifiers. */
function roleStart(before: string, words: RegExpMatchArray[], i: number, language: Language): number {
  // A known organization before the role word owns it ("Kral Əbdüləziz Elm və Texnologiya Şəhərinin
  // prezidenti"): its words belong to the role whatever their shape.
  const owners = findKnownOrganizations(before);
  const inOwner = (k: number) => {
    const at = words[k]?.index ?? -1;
    return owners.some((o) => at >= o.start && at < o.end);
  };
  const isQualifier = (k: number) => {
    const w = words[k]?.[0] ?? '';
    const lower = lowerAz(w);
    if (language !== 'en' && inOwner(k)) return true;
    // English: "Azerbaijani Science and Education Minister"; Azerbaijani/Russian roles are lowercase, and a
    // locative or a number ("Görüşdə", "12-də") opens the sentence, not the role.
    // Russian roles lead with their noun ("министр науки"): only adjectives stand before it; an Azerbaijani
    // participle ("səfərdə olan") closes the clause before the role.
    if (language === 'ru') return ROLE_WORDS.has(lower) || /^\p{Ll}+(?:ый|ий|ой|ая|ое|ого|его|ому)$/u.test(w);
    // The first word of the sentence only as an owner: "Uzbekistan's Ambassador", "UNESCO Assistant ...".
    const opensAsOwner = /['’]s$/u.test(w) || isWordOfNames(w.replace(/['’]s$/u, ''), 'en');
    if (language === 'en')
      return (/^\p{Lu}/u.test(w) && !isNameToken(w) && (k > 0 || opensAsOwner)) || lower === 'and';
    // A sentence may open with a noun before the role's owner ("Səfər Krallığın təhsil naziri ..."): the first
    // word belongs to the role only when it is a word of names (a country, a place, a lexicon word, an acronym).
    // A role word itself opens the role: "Nazir müavini İdris İsayev ...".
    if (k === 0 && /^\p{Lu}/u.test(w) && !isWordOfNames(w, language) && !ROLE_WORDS.has(lower)) return false;
    // A locative ("Görüşdə") opens the clause; an acronym ("ADA") only looks like one.
    const acronym = /^\p{Lu}{2,}$/u.test(w);
    if (
      NOT_ROLE_LEFT.test(lower) ||
      (!acronym && (/\d|(?:da|də)$/u.test(lower) || /^\p{Ll}+(?:an|ən)$/u.test(w)))
    )
      return false;
    // The institution that owns the role, in the genitive: "ADA Universitetinin rektoru" keeps its name.
    const run = words.slice(k, i).map((o) => o[0]);
    const end = run.findIndex((o) => !/^\p{Lu}/u.test(o));
    // The owner's head noun may be written in lowercase after its name ("Kutaisi universitetinin rektoru").
    const owned = (end < 0 ? run : run.slice(0, end + 1)).some((o) => AZ_OWNER.test(lowerAz(o)));
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
    // An Azerbaijani owner in the genitive opens the role ("BMU-nun rektoru", "Gürcüstanın ... naziri"): left
    // of it only more words of its name stand, never a lowercase word of the clause before.
    if (
      language === 'az' &&
      isOwnerGenitive(words[from]?.[0] ?? '') &&
      /^\p{Ll}/u.test(words[from - 1]?.[0] ?? '')
    )
      break;
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
export function nominativeRuRole(phrase: string): string {
  return phrase.replace(RU_ROLE_CASE, (_, stem: string) => {
    const base = RU_NOMINATIVE[stem.toLowerCase()];
    return base ? stem.slice(0, 1) + base.slice(1) : stem;
  });
}

/** The role phrase before a name ("Minister of Science and Education"), or null when none is near. */
const isRoleWord = (word: string) => {
  const lower = lowerAz(word).replace(/\.$/, '');
  return ROLE_WORDS.has(lower) || ROLE_WORDS.has(lower.split('-').pop() ?? '');
};

// "(YÖK)" between an owner and its role word: "Ali Təhsil Şurasının (YÖK) sədri" reads through it.
const ACRONYM_ASIDE = /\s*\(\p{Lu}[\p{L}\d]{1,8}\)/gu;

export function roleBefore(written: string, language: Language): string | null {
  const before = written.replace(ACRONYM_ASIDE, (m) => ' '.repeat(m.length));
  const words = [...before.matchAll(ROLE_WORD_RE)];
  let lowercase = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]?.[0] ?? '';
    const lower = lowerAz(w).replace(/\.$/, '');
    if (isRoleWord(w)) {
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
export function roleAfter(after: string): string | null {
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
export function speaksAfter(after: string): boolean {
  const next = lowerAz(after.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}-]/gu, '');
  return SPEECH_VERBS.has(next);
}
