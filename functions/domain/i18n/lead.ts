import type { Agreement, DisplayForm } from '../article/article.js';
import { genitive, locative } from '../knowledge/az-grammar.js';
import { AGREEMENT_ORDER, agreementNoun } from './agreements.js';
import { azDateLocative } from './az-dates.js';
import { monthName } from './dates.js';
import { type BulletinLanguage, joinList, upperFirst } from './language.js';
import { topicLabel } from './topics.js';

/** A name in both editions' forms. */
export type Bilingual<T> = Record<BulletinLanguage, T>;

/**
 * The facts a lead is built from, already in display form for both languages (bulletin/lead-facts.ts
 * picks them), so the same facts give a correct sentence in each language without translation.
 */
export interface LeadFacts {
  /** The stated event date (YYYY-MM-DD), or null when no report states one. */
  date: string | null;
  place: Bilingual<string> | null;
  /** Azerbaijan's side of a meeting, and the partner's. */
  host: Bilingual<DisplayForm> | null;
  guest: Bilingual<DisplayForm> | null;
  /** Foreign parties: countries, else the partner organization. */
  partners: Bilingual<string[]>;
  agreements: readonly Agreement[];
  /** The two institutions that signed, when the event names exactly one on each side. */
  signatories?: Bilingual<[string, string]> | null;
  topic: string | null;
  /** Azerbaijani roles that are proper names from their first word ("Türkiyənin ...") stay capitalized. */
  keepCapital?: (azRole: string, enRole: string) => boolean;
}

const SELF: Bilingual<string> = { en: 'Azerbaijan', az: 'Azərbaycan' };
const sorted = (agreements: readonly Agreement[]) =>
  [...agreements].sort((a, b) => AGREEMENT_ORDER.indexOf(a.type) - AGREEMENT_ORDER.indexOf(b.type));

/** "a memorandum of understanding", "an agreement", "3 protocols": English says "a" for one. */
function enDocuments(agreements: readonly Agreement[]): string {
  const phrases = sorted(agreements).map((a) => {
    const noun = agreementNoun(a.type, a.count, 'en');
    if (a.count !== 1) return `${a.count} ${noun}`;
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
  });
  return joinList(phrases, 'en');
}

/** "3 anlaşma memorandumu və 1 bəyannamə": the noun stays singular after a numeral. */
const azDocuments = (agreements: readonly Agreement[]) =>
  joinList(
    sorted(agreements).map((a) => `${a.count} ${agreementNoun(a.type, a.count, 'az')}`),
    'az',
  );

/** One document is "was signed"; two or more, in one type or several, "were signed". */
const enSigned = (agreements: readonly Agreement[]) =>
  agreements.length === 1 && agreements[0]?.count === 1 ? 'was signed' : 'were signed';

function enPrefix(facts: LeadFacts): string {
  const date = facts.date
    ? `On ${Number(facts.date.slice(8, 10))} ${monthName(Number(facts.date.slice(5, 7)), 'en')}`
    : '';
  const place = facts.place ? `in ${facts.place.en}` : '';
  const prefix = [date, place].filter(Boolean).join(' ');
  return prefix ? `${upperFirst(prefix, 'en')}, ` : '';
}

const enBefore = (p: DisplayForm) => (p.role ? `${p.role} ${p.name}` : p.name);
const enAfter = (p: DisplayForm) => (p.role ? `${p.name}, ${p.role}` : p.name);

function enLead(facts: LeadFacts): string {
  const prefix = enPrefix(facts);
  const sentence = (text: string) => upperFirst(`${prefix}${text}`, 'en');
  const parties = joinList([SELF.en, ...facts.partners.en], 'en');
  const docs = facts.agreements.length > 0 ? enDocuments(facts.agreements) : '';
  const met = meeting(facts);
  if (met) {
    const { host, guest } = met;
    const first = guest
      ? sentence(`${enBefore(host.en)} met ${enAfter(guest.en)}.`)
      : met.visitor
        ? sentence(`${enBefore(host.en)} held talks at Azerbaijan's Ministry of Science and Education.`)
        : sentence(`${enBefore(host.en)} met representatives of ${joinList(facts.partners.en, 'en')}.`);
    return docs ? `${first} ${upperFirst(enSigning(facts, docs, ''), 'en')}` : first;
  }
  if (docs) return sentence(enSigning(facts, docs, parties));
  const topic = facts.topic ? ` in ${topicLabel(facts.topic, 'en')}` : '';
  if (facts.partners.en.length > 0) return sentence(`${parties} discussed cooperation${topic}.`);
  return sentence(`the Ministry of Science and Education reported on international cooperation${topic}.`);
}

/** "Karabakh University and Istanbul Technical University signed ...", else "... was signed between ...". */
function enSigning(facts: LeadFacts, docs: string, parties: string): string {
  if (facts.signatories) return `${joinList(facts.signatories.en, 'en')} signed ${docs}.`;
  const between = parties && facts.partners.en.length > 0 ? ` between ${parties}` : '';
  return `${docs} ${enSigned(facts.agreements)}${between}.`;
}

/** Who met whom: Azerbaijan's side and the partner's person, or the partner itself when no one is named. */
function meeting(facts: LeadFacts) {
  if (facts.host && facts.guest) return { host: facts.host, guest: facts.guest, visitor: false };
  if (facts.host && facts.partners.en.length > 0) return { host: facts.host, guest: null, visitor: false };
  // Only the partner's side is named: they came to the ministry.
  if (facts.guest) return { host: facts.guest, guest: null, visitor: true };
  return null;
}

/** A role inside a sentence: "elm və təhsil naziri", but "Türkiyənin ..." and "ADA Universitetinin ..." keep it. */
function azRunning(role: string, enRole: string, keepCapital: NonNullable<LeadFacts['keepCapital']>) {
  const words = role.split(' ');
  const first = words[0] ?? '';
  if (!first || /^\p{Lu}.*\p{Lu}/u.test(first) || keepCapital(role, enRole)) return role;
  for (const word of words.slice(1)) {
    if (word === 'və' || word === 'adına') continue;
    if (/^\p{Lu}/u.test(word)) return role; // an organization's name: "Ali Təhsil Şurasının sədri"
    break;
  }
  return first.slice(0, 1).toLocaleLowerCase('az') + role.slice(1);
}

function azLead(facts: LeadFacts): string {
  const keep = facts.keepCapital ?? (() => false);
  const who = (p: Bilingual<DisplayForm>) =>
    p.az.role ? `${azRunning(p.az.role, p.en.role, keep)} ${p.az.name}` : p.az.name;
  const prefix = [facts.date ? azDateLocative(facts.date) : '', facts.place ? locative(facts.place.az) : '']
    .filter(Boolean)
    .map((part) => `${part} `)
    .join('');
  const sentence = (text: string) => upperFirst(`${prefix}${text}`, 'az');
  const parties = joinList([SELF.az, ...facts.partners.az], 'az');
  const docs = facts.agreements.length > 0 ? azDocuments(facts.agreements) : '';
  const met = meeting(facts);
  if (met) {
    const { host, guest } = met;
    const other = guest
      ? `${who(guest)} ilə görüşüb`
      : met.visitor
        ? 'Azərbaycanın Elm və Təhsil Nazirliyində danışıqlar aparıb'
        : `${genitive(joinList(facts.partners.az, 'az'))} nümayəndələri ilə görüşüb`;
    const first = sentence(`${who(host)} ${other}.`);
    if (!docs) return first;
    const between = facts.signatories ? `${joinList(facts.signatories.az, 'az')} arasında ` : '';
    return `${first} ${upperFirst(`${between}${docs} imzalanıb.`, 'az')}`;
  }
  if (docs) {
    const pair = facts.signatories ? joinList(facts.signatories.az, 'az') : parties;
    const between = facts.signatories || facts.partners.az.length > 0 ? `${pair} arasında ` : '';
    return sentence(`${between}${docs} imzalanıb.`);
  }
  const field = facts.topic ? `${topicLabel(facts.topic, 'az')} sahəsində ` : '';
  if (facts.partners.az.length > 0) return sentence(`${parties} ${field}əməkdaşlığı müzakirə edib.`);
  return sentence(`Elm və Təhsil Nazirliyi ${field}beynəlxalq əməkdaşlıq barədə məlumat verib.`);
}

/**
 * One or two sentences from an event's facts: "On 21 January in Ankara, Minister of Science and Education
 * Emin Amrullayev met Erol Özvar, President of ...; A memorandum of understanding was signed." and
 * "Yanvarın 21-də Ankarada elm və təhsil naziri Emin Əmrullayev ... ilə görüşüb. 1 anlaşma memorandumu
 * imzalanıb." Never empty, never in the other language.
 */
export function buildLead(facts: LeadFacts, language: BulletinLanguage): string {
  return language === 'az' ? azLead(facts) : enLead(facts);
}
