import type { Agreement } from '../article/article.js';
import { agreementList } from './agreements.js';
import { countryName } from './countries.js';
import { type BulletinLanguage, joinList, upperFirst } from './language.js';
import { topicLabel } from './topics.js';

/** The facts a headline is built from; the same facts give a correct headline in every language. */
export interface HeadlineFacts {
  countries: readonly string[];
  /** The partner organization when no country is known. */
  organization: string | null;
  agreements: readonly Agreement[];
  topics: readonly string[];
  /** The report's own title in this language, or null when no report was written in it. */
  title: string | null;
}

const SELF: Record<BulletinLanguage, string> = { en: 'Azerbaijan', az: 'Azərbaycan' };

function subject(facts: HeadlineFacts, language: BulletinLanguage): string | null {
  const parties = facts.countries.map((code) => countryName(code, language));
  if (parties.length === 0 && facts.organization) parties.push(facts.organization);
  return parties.length > 0 ? joinList([SELF[language], ...parties], language) : null;
}

function cooperationIn(topic: string, language: BulletinLanguage): string {
  const label = topicLabel(topic, language);
  return language === 'az' ? `${label} sahəsində əməkdaşlıq` : `cooperation in ${label}`;
}

/**
 * "Azerbaijan and Kazakhstan: 40 memoranda of understanding signed" / "Azərbaycan və Qazaxıstan: 40
 * anlaşma memorandumu imzalanıb"; "Meeting with ISESCO" / "ISESCO ilə görüş".
 */
export function buildHeadline(facts: HeadlineFacts, language: BulletinLanguage): string | null {
  const who = subject(facts, language);
  const signed = agreementList(facts.agreements, language);
  if (who && signed) return `${who}: ${signed} ${language === 'az' ? 'imzalanıb' : 'signed'}`;
  const topic = facts.topics[0];
  if (facts.countries.length === 0 && facts.organization) {
    return language === 'az' ? `${facts.organization} ilə görüş` : `Meeting with ${facts.organization}`;
  }
  if (who && topic) return `${who}: ${cooperationIn(topic, language)}`;
  if (who) return `${who}: ${language === 'az' ? 'görüş' : 'meeting'}`;
  if (facts.title) return facts.title;
  if (signed) return upperFirst(`${signed} ${language === 'az' ? 'imzalanıb' : 'signed'}`, language);
  return topic ? upperFirst(cooperationIn(topic, language), language) : null;
}
