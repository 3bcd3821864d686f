import type { Agreement, AgreementType, Language, Organization, Person } from '../article/article.js';
import type { BulletinLanguage } from '../i18n/language.js';

/** One language's report(s) of an event: the first report's own words, and every report's id. */
export interface ItemVersion {
  language: Language;
  title: string;
  summary: string;
  text: string;
  articleIds: string[];
}

/** A summary filled in by a Translator for a language no report was written in. */
export interface ItemTranslation {
  from: Language;
  summary: string;
}

/** A partner country, or an organization by its English (`name`) and Azerbaijani (`az`) names. */
export type PartnerRef =
  | { kind: 'country'; code: string }
  | { kind: 'organization'; name: string; az: string };

/** One event: every report with the same storyKey, in any language. */
export interface BulletinItem {
  /** Stable anchor and key: derived from the storyKey. */
  id: string;
  storyKey: string;
  /** The event date (or the earliest publication date when no report states one). */
  date: string;
  partner: PartnerRef | null;
  countries: string[];
  organizations: Organization[];
  people: Person[];
  agreements: Agreement[];
  topics: string[];
  places: string[];
  /** Where the event took place, in each language, when the reports' opening sentences name a known city. */
  venue: Record<BulletinLanguage, string> | null;
  numbers: string[];
  /** Built from the facts in each language, so both are right without machine translation. */
  headline: Record<BulletinLanguage, string>;
  /** One or two sentences built from the facts in each language (i18n/lead.ts): the summary of last resort. */
  lead: Record<BulletinLanguage, string>;
  /** Keyed by the report language; the first language in SOURCE_PREFERENCE present is the original. */
  versions: Partial<Record<Language, ItemVersion>>;
  translations: Partial<Record<BulletinLanguage, ItemTranslation>>;
  /** A lead an editor wrote (docs/operations.md, the editor's week): shown instead of any report's summary. */
  editedLead?: Partial<Record<BulletinLanguage, string>>;
  articleIds: string[];
}

export interface PartnerGroup {
  /** "country:KZ", "organization:isesco" or "other". */
  key: string;
  partner: PartnerRef | null;
  items: BulletinItem[];
}

export interface BulletinFigures {
  events: number;
  partners: number;
  documentsSigned: number;
  /** Summed per type, in the contract's type order; types with no documents are left out. */
  agreements: { type: AgreementType; count: number }[];
}

export interface LateItem extends BulletinItem {
  /** The ISO week the event belongs to. */
  week: string;
}

export interface Bulletin {
  week: string;
  start: string;
  end: string;
  figures: BulletinFigures;
  groups: PartnerGroup[];
  late: LateItem[];
}
