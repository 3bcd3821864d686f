import type { Agreement, DisplayForm } from '../article/article.js';
import { genitive, locative } from '../knowledge/az-grammar.js';
import { agreementNoun } from './agreements.js';
import { azDateLocative } from './az-dates.js';
import { joinList, upperFirst } from './language.js';
import { type Bilingual, type LeadFacts, meeting, SELF, sorted } from './lead-shared.js';
import { topicLabel } from './topics.js';

/** "3 anlaşma memorandumu və 1 bəyannamə": the noun stays singular after a numeral. */
const azDocuments = (agreements: readonly Agreement[]) =>
  joinList(
    sorted(agreements).map((a) => `${a.count} ${agreementNoun(a.type, a.count, 'az')}`),
    'az',
  );

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

export function azLead(facts: LeadFacts): string {
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
        ? 'Azərbaycanın Elm və Təhsil Nazirliyi ilə danışıqlar aparıb'
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
