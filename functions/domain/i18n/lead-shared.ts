import type { Agreement, DisplayForm } from '../article/article.js';
import { AGREEMENT_ORDER } from './agreements.js';
import type { BulletinLanguage } from './language.js';

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

export const SELF: Bilingual<string> = { en: 'Azerbaijan', az: 'Azərbaycan' };
export const sorted = (agreements: readonly Agreement[]) =>
  [...agreements].sort((a, b) => AGREEMENT_ORDER.indexOf(a.type) - AGREEMENT_ORDER.indexOf(b.type));

/** Who met whom: Azerbaijan's side and the partner's person, or the partner itself when no one is named. */
export function meeting(facts: LeadFacts) {
  if (facts.host && facts.guest) return { host: facts.host, guest: facts.guest, visitor: false };
  if (facts.host && facts.partners.en.length > 0) return { host: facts.host, guest: null, visitor: false };
  // Only the partner's side is named: the lead says they held talks with the ministry, not where.
  if (facts.guest) return { host: facts.guest, guest: null, visitor: true };
  return null;
}
