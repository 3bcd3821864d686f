import { isKnownGivenName } from '../knowledge/azerbaijani-spelling.js';
import { lexiconWord } from '../knowledge/knowledge-base.js';
import { countryIndex, wordMatches, wordsOf } from './country-index.js';
import { HONORIFICS, isInstitutionWord, NOT_NAME, PARTICLES, ROLE_WORDS } from './role-words.js';
import { lowerAz } from './text-tools.js';

// Surnames of the region, possibly carrying an Azerbaijani case suffix ("Əmrullayevin") or a Russian
// case ending ("Амруллаева", "Амруллаевым").
const AZ_SURNAME =
  /^(.*(?:ov|ova|yev|yeva|ev|eva|zadə|zade|beyli))(?:un|ün|ın|in|nun|nün|nın|nin|a|ə|ya|yə|da|də|dan|dən|la|lə|u|ü|ı|i|nı|ni)?$/u;
const RU_SURNAME =
  /^(.*(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ы)?$|^(.*(?:ск|цк))(?:ий|ая|ого|ому|им|ой|ую)$|^.*енко$/u;

/** Does a token look like a regional surname (any case form)? */
export function isSurname(token: string): boolean {
  const t = lowerAz(token);
  return token.length >= 4 && (AZ_SURNAME.test(t) || RU_SURNAME.test(t));
}

// Lexicon words that are also names or parts of names ("Sultan", "Emir", the Korean surname "Park").
const NAME_LIKE = new Set(
  'Sultan Emir Imam Sheikh King Prince Princess Queen Saint Royal Park Young'.split(' '),
);

/**
 * An Azerbaijani or Russian word of institution names in the lexicon ("Dövlət", "Texniki", "Regional",
 * "Государственный"): never a person's. English capitalized words are left to the role and surname rules, as
 * many English common words are also surnames.
 */
function isWordOfInstitutionNames(token: string): boolean {
  if (isKnownGivenName(token)) return false;
  for (const language of ['az', 'ru'] as const) {
    const word = lexiconWord(token, language);
    if (word && !NAME_LIKE.has(word.en)) return true;
  }
  return false;
}

/** Could this capitalized token be part of a person's name? */
export function isNameToken(token: string): boolean {
  const bare = token.replace(/['’]s$/u, '');
  if (PARTICLES.test(bare)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(bare) || bare.endsWith('.')) return false;
  const lower = lowerAz(bare);
  if (NOT_NAME.has(lower) || ROLE_WORDS.has(lower) || HONORIFICS.has(lower)) return false;
  if (isInstitutionWord(lower) || isWordOfInstitutionNames(bare)) return false;
  if (/^(?:azerbaijan|azərbaycan|azerbaycan|азербайджан)/u.test(lower)) return false;
  return !isCountryWord(lower);
}

function isCountryWord(lower: string): boolean {
  const [word] = wordsOf(lower);
  if (!word || word !== lower) return false;
  return (countryIndex().get(word.slice(0, 3)) ?? []).some(
    (n) => n.words.length === 1 && wordMatches(word, n.words[0] ?? ''),
  );
}

// Case suffixes follow vowel harmony: "Əliyevin", "Quliyevə" but "Paşayevin", "Həsənovun", "Həsənova"
// (dative) and feminine "Əliyevanın". A bare "Aliyeva" is a feminine name, never a dative "Aliyev-a".
const AZ_CASE =
  /(?:(?<=ev)(?:in|ə|də|dən|lə|i)|(?<=ov)(?:un|da|dan|la|u)|(?<=(?:ova|eva))(?:nın|ya|da|dan|yla|nı))$/u;

/**
 * The base form of a name met in running text: possessive and Azerbaijani case suffixes dropped
 * ("Emin Əmrullayevin" -> "Emin Əmrullayev"); Russian masculine case forms returned to the nominative
 * when `masculine` ("Эмина Амруллаева" -> "Эмин Амруллаев").
 */
export function baseName(
  tokens: string[],
  masculine: boolean,
  possessed = false,
  roleCase: RoleCase = null,
  /** The text, when the name is a definite object ("... Hunu qəbul edib"). */
  accusative: string | null = null,
): string {
  const out = tokens.map((t) => t.replace(/['’]s$/u, ''));
  const last = out.length - 1;
  const surname = out[last] ?? '';
  if (/[\u0400-\u04ff]/u.test(surname)) {
    // Foreign names ("Лу Мэй") are left as written unless an inflected role word sets their case
    // ("министром ... Саясатом Нурбеком"): only then are consonant-final names declined back.
    if (!isSurname(surname))
      return masculine ? out.map((t) => ruMasculine(t, roleCase)).join(' ') : out.join(' ');
    // "-овой/-евой/-иной" is only ever feminine ("с министром Хилолой Умаровой"), whatever the role word.
    if (/(?:ов|ев|ёв|ин)ой$/u.test(surname)) return out.map(ruFeminine).join(' ');
    if (masculine || /(?:ым|ом|у)$/u.test(surname)) return out.map((t) => ruMasculine(t, roleCase)).join(' ');
    return out.map(ruFeminine).join(' ');
  }
  out[last] = surname.replace(AZ_CASE, '');
  if (possessed) out[last] = stripGenitive(out[last] ?? '');
  if (accusative !== null) out[last] = stripAccusative(out[last] ?? '', accusative);
  return out.join(' ');
}

// The definite object before a verb ("səfir Pak Con Hunu qəbul edib"): after a consonant the ending is a bare
// vowel (-ı, -i, -u, -ü), after a vowel it takes n (-nı, ...). "Moritanı" may be Morita-nı or Moritan-ı: the
// form the text writes elsewhere decides, else the vowel-final name (Georgian, Japanese, Italian names of
// this news: "Qirsiaşvilini", "Moritanı").
function stripAccusative(token: string, text: string): string {
  if (token.length < 4 || !/[^aəeıioöuü][ıiuü]$/u.test(token)) return token;
  const long = token.slice(0, -1);
  if (!/[aəeıioöuü]n[ıiuü]$/u.test(token)) return long;
  const escaped = long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text) ? long : token.slice(0, -2);
}

// A genitive in harmony with the stem's last vowel ("Təkinin", "Nurbekin", "Salkitonun"), stripped
// only when the next word is what the person possesses ("rəhbərlik etdiyi", "sözlərinə görə").
function stripGenitive(token: string): string {
  // After a consonant the ending is bare ("Təkin-in"); after a vowel it takes n ("Salkito-nun").
  if (/[^aəeıioöuü][ıiuü]n$/u.test(token) && token.length >= 6) return token.slice(0, -2);
  if (/[aəeıioöuü]n[ıiuü]n$/u.test(token) && token.length >= 7) return token.slice(0, -3);
  return token;
}

/** The case of the Russian role word before a name: genitive or accusative ("посла"), instrumental ("послом"). */
export type RoleCase = 'genitive' | 'instrumental' | null;

/**
 * `roleCase`: after a genitive or accusative role word ("посла", "министра") a consonant-final name ends in
 * -а ("Ивана"), so a name ending in -у/-ю there is the accusative of a name in -а/-я: "принял посла Луку
 * Бьянки" (Лука), "ректора Мустафу Бабанлы" (Мустафа), "Илью" (Илья). After an instrumental one ("послом")
 * a consonant-final name ends in -ом, so -ой/-ей is the instrumental of a name in -а/-я ("Лукой", "Ильей").
 */
const CONSONANT = 'бвгджзклмнпрстфхцчшщ';
const ending = (before: string, end: string) => new RegExp(`(?<=[${before}])${end}$`, 'u');
/** Endings a role word's case allows on a name, and what each stands for in the nominative. */
const AFTER_ROLE: Record<'genitive' | 'instrumental', [RegExp, string][]> = {
  genitive: [
    [ending(CONSONANT, 'у'), 'а'],
    [ending('ьлнр', 'ю'), 'я'],
  ],
  // -ой/-ей: a name in -а/-я ("Лукой", "Ильей"); -ем: a hushing consonant ("Балажем"), a soft stem
  // ("Надем": Надь) or й ("Андреем").
  instrumental: [
    [ending(CONSONANT, 'ой'), 'а'],
    [ending('ьлнрйи', 'ей'), 'я'],
    [ending('жшчщц', 'ем'), ''],
    [ending('бвгдзклмнпрстф', 'ем'), 'ь'],
    [ending('аеиоуэ', 'ем'), 'й'],
  ],
};
// Given names: Эмина, Эмину, Эмином, Эмине -> Эмин. The role word's case allows one ending only: after
// "послом" a name in -у ("Попеску") is as written.
const GIVEN_NAME_ENDING = {
  genitive: ending(CONSONANT, 'а'),
  instrumental: ending(CONSONANT, 'ом'),
  none: ending(CONSONANT, '(?:а|у|ом|е)'),
};

function ruMasculine(token: string, roleCase: RoleCase = null): string {
  // A double given name declines in both halves: "Анной-Майей" -> "Анна-Майя".
  if (token.includes('-') && roleCase)
    return token
      .split('-')
      .map((part) => ruMasculine(part, roleCase))
      .join('-');
  for (const [re, to] of roleCase && token.length >= 4 ? AFTER_ROLE[roleCase] : [])
    if (re.test(token)) return token.replace(re, to);
  if (/(?:ов|ев|ёв|ин)(?:а|у|ым|е)$/u.test(token)) return token.replace(/(?:а|у|ым|е)$/u, '');
  if (/(?:ск|цк)(?:ого|ому|им|ом)$/u.test(token)) return token.replace(/(?:ого|ому|им|ом)$/u, 'ий');
  // Georgian and other surnames that never decline ("Миканадзе", "Самушия", "Гургенидзе") stay as written.
  if (/(?:дзе|швили|ия|ани|ури|ели|ава|ко)$/u.test(token)) return token;
  // Consonant-final names only, never below 3 letters.
  const base = token.replace(GIVEN_NAME_ENDING[roleCase ?? 'none'], '');
  return base.length >= 3 ? base : token;
}

function ruFeminine(token: string): string {
  if (/(?:ов|ев|ин)ой$/u.test(token)) return token.replace(/ой$/u, 'а');
  return token.replace(/(?:ы|ой|е|у)$/u, 'а');
}

/** True for single letters with a dot and honorifics: "Mrs. Z." is not a name of its own. */
export function isHonorificOrInitial(token: string): boolean {
  return HONORIFICS.has(lowerAz(token)) || /^\p{Lu}\.$/u.test(token);
}
