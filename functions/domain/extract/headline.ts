import type { Agreement, AgreementType, Language, Organization } from '../article/article.js';
import { countryName } from './country-index.js';
import { findDateMentions } from './date-patterns.js';
import { paragraphsOf, sentencesOf } from './text-tools.js';

const AZERBAIJAN = { en: 'Azerbaijan', az: 'Azərbaycan', ru: 'Азербайджан' };
const AND = { en: 'and', az: 'və', ru: 'и' };
const DOC_WORDS: Record<Language, Record<Agreement['type'], [string, string]>> = {
  en: {
    memorandum: ['memorandum', 'memoranda'],
    agreement: ['agreement', 'agreements'],
    protocol: ['protocol', 'protocols'],
    declaration: ['declaration', 'declarations'],
    programme: ['programme', 'programmes'],
    other: ['document', 'documents'],
  },
  // A noun after a numeral stays singular in Azerbaijani.
  az: {
    memorandum: ['memorandum', 'memorandum'],
    agreement: ['saziş', 'saziş'],
    protocol: ['protokol', 'protokol'],
    declaration: ['bəyannamə', 'bəyannamə'],
    programme: ['proqram', 'proqram'],
    other: ['sənəd', 'sənəd'],
  },
  ru: {
    memorandum: ['меморандум', 'меморандумов'],
    agreement: ['соглашение', 'соглашений'],
    protocol: ['протокол', 'протоколов'],
    declaration: ['декларацию', 'деклараций'],
    programme: ['программу', 'программ'],
    other: ['документ', 'документов'],
  },
};
// Russian nouns after 2, 3, 4 (and 22, 33, ... but not 12-14) take the genitive singular.
const RU_FEW: Record<AgreementType, string> = {
  memorandum: 'меморандума',
  agreement: 'соглашения',
  protocol: 'протокола',
  declaration: 'декларации',
  programme: 'программы',
  other: 'документа',
};

function russianCount(n: number, type: AgreementType): string {
  const [one, many] = DOC_WORDS.ru[type];
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  if (last === 1 && !teen) return `${n} ${one}`;
  if (last >= 2 && last <= 4 && !teen) return `${n} ${RU_FEW[type]}`;
  return `${n} ${many}`;
}
const SIGN = { en: 'sign', az: 'imzalayıb', ru: 'подписали' };
const COOPERATE = {
  en: 'discuss cooperation in education and science',
  az: 'təhsil və elm sahəsində əməkdaşlığı müzakirə edib',
  ru: 'обсудили сотрудничество в сфере образования и науки',
};

interface HeadlineFacts {
  language: Language;
  countries: string[];
  organizations: Organization[];
  agreements: Agreement[];
}

/** A headline built from the facts when the document has none: "Azerbaijan and Kazakhstan sign 40 memoranda". */
export function buildTitle(facts: HeadlineFacts): string {
  const { language: lang } = facts;
  const partners = facts.countries.map((c) => countryName(c, lang));
  const org = facts.organizations[0];
  // The organization as the report's language names it: Azerbaijani from the display name, else as written.
  if (partners.length === 0 && org) partners.push(lang === 'az' ? org.az : lang === 'en' ? org.en : org.name);
  const who = partners.length
    ? `${AZERBAIJAN[lang]} ${AND[lang]} ${partners.slice(0, 3).join(', ')}`
    : AZERBAIJAN[lang];
  const main = [...facts.agreements].sort((a, b) => b.count - a.count)[0];
  if (!main) return `${who} ${COOPERATE[lang]}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const [one, many] = DOC_WORDS[lang][main.type];
  const what = main.count === 1 ? one : `${main.count} ${many}`;
  if (lang === 'az') return `${who} ${what} ${SIGN.az}`;
  if (lang === 'ru')
    return `${who} ${SIGN.ru} ${main.count === 1 ? one : russianCount(main.count, main.type)}`;
  return `${who} ${SIGN.en} ${main.count === 1 ? `${/^[aeiou]/u.test(one) ? 'an' : 'a'} ${one}` : what}`;
}

const DATELINE_PLACE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s+/u;
const DATELINE_DATE =
  /^(\d{1,2}\.\d{1,2}\.\d{2,4}|[^.:–—\n]{3,40}?)(?:\.|:|\s*[–—]|\s+-)\s+(?=[\p{Lu}\p{N}«"“])/u;

/**
 * The lead without its dateline ("Baku, 14 October 2026 – ", "Баку, 3 ноября. "): the bulletin prints the
 * date beside every item, and a summary reads better from its first real word.
 */
export function withoutDateline(lead: string): string {
  const place = lead.match(DATELINE_PLACE)?.[0];
  if (!place) return lead;
  const rest = lead.slice(place.length);
  const date = rest.match(DATELINE_DATE);
  if (!date || findDateMentions(date[1] ?? '')[0]?.index !== 0) return lead;
  const body = rest.slice(date[0].length);
  return body.length >= 40 ? body : lead;
}

/** One to three lead sentences, at most about 400 characters, cut at a sentence end. */
export function buildSummary(text: string): string {
  const lead = withoutDateline(
    paragraphsOf(text).find((p) => p.length >= 60 && /[.!?]/.test(p)) ?? paragraphsOf(text)[0] ?? '',
  );
  const picked: string[] = [];
  for (const sentence of sentencesOf(lead).slice(0, 3)) {
    if (picked.length > 0 && picked.join(' ').length + sentence.length > 400) break;
    picked.push(sentence);
  }
  const summary = picked.join(' ');
  return summary.length <= 600 ? summary : `${summary.slice(0, 597).replace(/\s+\S*$/, '')}…`;
}
