import type { Agreement, Language, OkArticle, Person } from '../article/article.js';
import { foldName } from '../extract/text-tools.js';
import { AGREEMENT_ORDER } from '../i18n/agreements.js';
import { frameWords } from '../i18n/frame.js';
import { buildHeadline } from '../i18n/headline.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { buildLead } from '../i18n/lead.js';
import type { BulletinItem, ItemVersion } from './bulletin.js';
import { leadFacts } from './lead-facts.js';
import { pickPartner } from './partners.js';

const LANGUAGE_ORDER: readonly Language[] = ['az', 'en', 'ru'];
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest report first; ties broken by language and id so input order never matters. */
export function compareReports(a: OkArticle, b: OkArticle): number {
  return (
    byString(a.publishedAt, b.publishedAt) ||
    LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language) ||
    byString(a.id, b.id)
  );
}

function unique<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('en');

/** Reports of one event in several languages state the same signing: take the largest count, never a sum. */
function mergeAgreements(reports: readonly OkArticle[]): Agreement[] {
  const merged = new Map<Agreement['type'], Agreement>();
  for (const agreement of reports.flatMap((r) => r.agreements)) {
    const seen = merged.get(agreement.type);
    const count = Math.max(seen?.count ?? 0, agreement.count);
    const title = seen?.title ?? agreement.title;
    merged.set(
      agreement.type,
      title === undefined ? { type: agreement.type, count } : { ...agreement, count, title },
    );
  }
  return AGREEMENT_ORDER.flatMap((type) => merged.get(type) ?? []);
}

function versions(reports: readonly OkArticle[]): Partial<Record<Language, ItemVersion>> {
  const result: Partial<Record<Language, ItemVersion>> = {};
  for (const language of LANGUAGE_ORDER) {
    const own = reports.filter((r) => r.language === language);
    const first = own[0];
    if (!first) continue;
    const articleIds = own.map((r) => r.id).sort(byString);
    result[language] = { language, title: first.title, summary: first.summary, text: first.text, articleIds };
  }
  return result;
}

/** A stable, URL-safe anchor for the event. */
export function itemId(storyKey: string): string {
  if (/^[A-Za-z0-9_-]{1,64}$/.test(storyKey)) return storyKey;
  let hash = 0x811c9dc5; // FNV-1a: short, stable, no crypto import needed in the pure domain
  for (const char of storyKey) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `s-${hash.toString(16).padStart(8, '0')}`;
}

type Facts = Pick<BulletinItem, 'countries' | 'organizations' | 'people' | 'topics' | 'places' | 'numbers'>;

/** Union of every report's facts, first mention first; AZ is the host, never a partner. */
function mergeFacts(reports: readonly OkArticle[]): Facts {
  const strings = (pick: (r: OkArticle) => string[]) => unique(reports.flatMap(pick), fold);
  return {
    countries: unique(
      reports.flatMap((r) => r.countries).filter((code) => code !== 'AZ'),
      (c) => c,
    ),
    organizations: unique(
      reports.flatMap((r) => r.organizations),
      (o) => fold(o.en),
    ),
    // One person in several reports and scripts ("Emin Əmrullayev", "Emin Amrullayev", "Эмин Амруллаев").
    people: unique<Person>(
      reports.flatMap((r) => r.people),
      (p) => p.display.en.name.split(/\s+/).map(foldName).join(' '),
    ),
    topics: strings((r) => r.topics),
    places: strings((r) => r.places),
    numbers: strings((r) => r.numbers),
  };
}

/** Merges the reports of one story (all share a storyKey) into one bilingual item. */
export function mergeStory(storyKey: string, unsorted: readonly OkArticle[]): BulletinItem {
  const reports = [...unsorted].sort(compareReports);
  const first = reports[0];
  if (!first) throw new RangeError(`story ${storyKey} has no reports`);
  const facts = mergeFacts(reports);
  const eventDates = reports.flatMap((r) => (r.eventDate ? [r.eventDate] : [])).sort(byString);
  const partner = pickPartner(facts.countries, facts.organizations);
  const agreements = mergeAgreements(reports);
  const itemVersions = versions(reports);
  const headlineIn = (language: BulletinLanguage) =>
    buildHeadline(
      {
        countries: facts.countries,
        organization:
          partner?.kind === 'organization' ? (language === 'az' ? partner.az : partner.name) : null,
        agreements,
        topics: facts.topics,
        title: itemVersions[language]?.title ?? null,
      },
      language,
    ) ?? frameWords(language).otherCooperation;
  const lead = leadFacts({ reports, statedDate: eventDates[0] ?? null, partner, agreements, ...facts });
  return {
    id: itemId(storyKey),
    storyKey,
    date: eventDates[0] ?? first.publishedAt,
    partner,
    ...facts,
    agreements,
    headline: { az: headlineIn('az'), en: headlineIn('en') },
    lead: { az: buildLead(lead, 'az'), en: buildLead(lead, 'en') },
    venue: lead.place,
    versions: itemVersions,
    translations: {},
    articleIds: reports.map((r) => r.id).sort(byString),
  };
}
