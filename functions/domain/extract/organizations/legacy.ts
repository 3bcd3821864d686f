import { extractCountries } from '../countries.js';
import { paragraphsOf } from '../text-tools.js';

// International organizations and companies this news names, matched as written.
const KNOWN =
  /(?<![\p{L}])(UNESCO|ISESCO|ЮНЕСКО|ИСЕСКО|UNICEF|UNDP|USAID|OECD|TÜRKSOY|TURKSOY|TIKA|DAAD|JICA|KOICA|ICESCO|IsDB|ADB|OIC|CIS|British Council|Goethe-Institut|Campus France|Erasmus\+?|European Union|World Bank|Microsoft|Google|Huawei|Cisco|Samsung|Coursera|Organization of Turkic States|Türk Dövlətləri Təşkilatı|Britaniya Şurası|Британск\p{L}* совет\p{L}*|YUNESKO|İSESKO|YUNİSEF|ЮНИСЕФ|Dünya Bankı|Всемирн\p{L}* банк\p{L}*|Avropa İttifaqı|Европейск\p{L}* союз\p{L}*|Организаци\p{L}* тюркских государств)(?![\p{L}])/gu;
const ACRONYM = /\(([A-Z][A-Za-z]{1,2}[A-Z]{1,6})\)/g;
const QUOTED =
  /["“«]([\p{Lu}][^"”»]{1,40})["”»]\s+(?:company|corporation|şirkəti|korporasiyası)|(?:компани\p{L}*|корпораци\p{L}*)\s+«([^»]{2,40})»/gu;
const HEAD =
  'University|Institute|Academy|Foundation|Council|Organi[sz]ation|Corporation|Bank|Fund|Association|College|Universiteti|İnstitutu|Akademiyası|Fondu|Təşkilatı|Universitetinin|Университет|Институт|Академия';
const CAP = "[\\p{Lu}][\\p{L}'’.&-]*";
// Fields that institution names coordinate ("Science and Technology", "Oil and Industry", "Neft və Sənaye"):
// the only words a conjunction may join inside a name, so "Microsoft and ADA University" stays two names.
const FIELD =
  '(?:Science|Sciences|Technology|Technologies|Engineering|Arts|Culture|Economics|Management|Industry|Innovation|Research|Design|Medicine|Oil|Architecture|Construction|Tourism|Elm|Texnologiya|Texnologiyalar|Mühəndislik|İncəsənət|Mədəniyyət|İqtisadiyyat|İnnovasiya|Tədqiqat|Neft|Sənaye|Memarlıq|İnşaat|Turizm|Menecment)';
const FIELDS = `${FIELD}[ ]+(?:and|və)[ ]+${FIELD}`;
// "Kazan Federal University", "ADA University", "University of Oxford", "Bakı Dövlət Universiteti",
// "Korea Advanced Institute of Science and Technology", "Koreya Elm və Texnologiya İnstitutu".
const NAMED = new RegExp(
  `(?:(?:${FIELDS}|${CAP})[ ]+){1,4}(?:${HEAD})(?![\\p{L}])(?:[ ]of[ ](?:the[ ])?(?:${FIELDS}|${CAP}(?:[ ]${CAP}){0,2}))?|(?:University|Institute|Academy) of (?:the )?(?:${FIELDS}|(?:${CAP}[ ]?){1,3})`,
  'gu',
);
// A foreign ministry: "Ministry of Commerce of the People's Republic of China".
const MINISTRY = new RegExp(
  `Ministry of ${CAP}(?:[ ](?:and[ ])?${CAP})*[ ]+of[ ]+(?:the[ ]+)?${CAP}(?:[ ](?:of[ ](?:the[ ])?)?${CAP})*`,
  'gu',
);
// Russian names capitalize only the first word: "Казанский федеральный университет", and may end in the
// fields they serve, in the genitive: "... университет нефти и промышленности".
const RU_FIELD =
  '(?:нефти|промышленности|архитектуры|строительства|культуры|искусств|туризма|экономики|науки|технологий)';
const RU_NAMED = new RegExp(
  `[А-ЯЁ][а-яё]+(?:ий|ый|ой)\\s+(?:[а-яё]+(?:ий|ый|ой)\\s+){0,2}(?:университет|институт)(?![\\p{L}])(?:\\s+${RU_FIELD}(?:\\s+и\\s+${RU_FIELD})?(?![\\p{L}]))?`,
  'gu',
);
const DOMESTIC =
  /^(?:Azerbaijan|Azərbaycan|Azerbaycan|Baku|Bakı)\s+(?:Republic|Respublikası)|Nakhchivan|Naxçıvan/u;

/** Cleans a matched name: no leading article, no trailing possessive or punctuation. */
function tidy(name: string): string {
  return name
    .replace(/^(?:The|the)\s+/u, '')
    .replace(/['’]s$/u, '')
    .replace(/[\s,.]+$/u, '')
    .trim();
}

/**
 * Partner organizations: known international bodies and companies, acronyms given in parentheses,
 * quoted company names ("Microsoft" company), named universities and institutes, and foreign
 * ministries (a ministry counts only when its name names a foreign country: Azerbaijan's own
 * Ministry of Science and Education is the host, not a partner).
 */
export function legacyOrganizations(text: string): string[] {
  const out: string[] = [];
  const flat = paragraphsOf(text).join('\n');
  for (const m of flat.matchAll(ACRONYM)) out.push(m[1] ?? '');
  for (const m of flat.matchAll(KNOWN)) out.push(m[1] ?? '');
  for (const m of flat.matchAll(QUOTED)) out.push((m[1] ?? m[2] ?? '').trim());
  for (const m of flat.matchAll(MINISTRY)) {
    const name = tidy(m[0]);
    if (extractCountries(name, null).length > 0) out.push(name);
  }
  for (const m of flat.matchAll(RU_NAMED)) out.push(m[0]);
  for (const m of flat.matchAll(NAMED)) {
    // A long form spelled out before its acronym was taken as the acronym.
    if (/^\s*\(/u.test(flat.slice((m.index ?? 0) + m[0].length))) continue;
    const name = tidy(m[0]).replace(
      /^(?:(?:Rector|Head|Director|President|Minister|At|In|On|From|The)\s+(?:of\s+)?(?:the\s+)?)+/u,
      '',
    );
    const base = azerbaijaniBase(name);
    if (base.split(/\s+/).length >= 2 && !DOMESTIC.test(base)) out.push(base);
  }
  return dedupe(out.filter((o) => o.length >= 2));
}

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
};

function azerbaijaniBase(name: string): string {
  let tokens = name.replace(/^(?:[\p{Lu}][\p{Ll}]+(?:lar|lər)\s+)+/u, '').split(/\s+/);
  // "Bakı Dövlət Universitetində Türkiyənin Hacettepe Universiteti": an inflected head inside the run ends
  // the name before it, and a genitive country ("Türkiyənin") is the owner, not part of the name.
  const inner = tokens
    .slice(0, -1)
    .findLastIndex((t) => /^(?:Universitet|İnstitut|Akademiya|Fond|Təşkilat)\p{Ll}+$/u.test(t));
  if (inner >= 0) tokens = tokens.slice(inner + 1);
  while (tokens.length > 2 && /^\p{Lu}\p{Ll}+(?:nın|nin|nun|nün)$/u.test(tokens[0] ?? ''))
    tokens = tokens.slice(1);
  return tokens
    .join(' ')
    .replace(
      /(Universitet|İnstitut|Akademiya|Fond|Təşkilat)\p{Ll}*$/u,
      (_m, head: string) => AZ_HEADS[head] ?? head,
    );
}

/**
 * Keeps the first spelling of each name, and drops a name of several words that is the tail of a longer
 * one found too ("Industry University" inside "Azerbaijan State Oil and Industry University"). An acronym
 * stays: it is how the bulletin and the story key name an organization.
 */
function dedupe(names: string[]): string[] {
  const kept: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (kept.some((k) => k.toLowerCase() === lower)) continue;
    kept.push(name);
  }
  const lowered = kept.map((k) => k.toLowerCase());
  return kept.filter((_name, i) => {
    const lower = lowered[i] ?? '';
    if (!lower.includes(' ')) return true;
    return !lowered.some((other, j) => j !== i && other.length > lower.length && other.endsWith(` ${lower}`));
  });
}
