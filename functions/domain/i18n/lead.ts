import type { Agreement, DisplayForm } from '../article/article.js';
import { agreementNoun } from './agreements.js';
import { monthName } from './dates.js';
import { type BulletinLanguage, joinList, upperFirst } from './language.js';
import { azLead } from './lead-az.js';
import { type LeadFacts, meeting, SELF, sorted } from './lead-shared.js';
import { topicLabel } from './topics.js';

/** "a memorandum of understanding", "an agreement", "3 protocols": English says "a" for one. */
function enDocuments(agreements: readonly Agreement[]): string {
  const phrases = sorted(agreements).map((a) => {
    const noun = agreementNoun(a.type, a.count, 'en');
    if (a.count !== 1) return `${a.count} ${noun}`;
    return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
  });
  return joinList(phrases, 'en');
}

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
        ? sentence(`${enBefore(host.en)} held talks with Azerbaijan's Ministry of Science and Education.`)
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

/**
 * One or two sentences from an event's facts: "On 21 January in Ankara, Minister of Science and Education
 * Emin Amrullayev met Erol Özvar, President of ...; A memorandum of understanding was signed." and
 * "Yanvarın 21-də Ankarada elm və təhsil naziri Emin Əmrullayev ... ilə görüşüb. 1 anlaşma memorandumu
 * imzalanıb." Never empty, never in the other language.
 */
export function buildLead(facts: LeadFacts, language: BulletinLanguage): string {
  return language === 'az' ? azLead(facts) : enLead(facts);
}

export type { Bilingual, LeadFacts } from './lead-shared.js';
