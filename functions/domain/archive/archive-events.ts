import type { Bulletin, BulletinItem, PartnerRef } from '../bulletin/bulletin.js';
import { isDomesticOrganization, partnerKey } from '../bulletin/partners.js';
import { countryName } from '../i18n/countries.js';
import type { BulletinLanguage } from '../i18n/language.js';

/** An event of the archive: a bulletin item and the week whose bulletin carries it. */
export interface ArchiveEvent {
  week: string;
  item: BulletinItem;
}

/** A partner page: a country or a foreign organization, and its events newest first. */
export interface ArchivePartner {
  /** URL-safe: "tr", "org-isesco". */
  slug: string;
  ref: PartnerRef;
  name: Record<BulletinLanguage, string>;
  events: ArchiveEvent[];
}

const newestFirst = (a: ArchiveEvent, b: ArchiveEvent) =>
  b.item.date.localeCompare(a.item.date) || a.item.id.localeCompare(b.item.id);

/**
 * Every event of every bulletin, once: an event is carried by its own week (late news is also refreshed
 * onto its own week's page), and a later compile of the same week wins.
 */
export function collectEvents(bulletins: readonly Bulletin[]): ArchiveEvent[] {
  const byId = new Map<string, ArchiveEvent>();
  for (const bulletin of [...bulletins].sort((a, b) => a.week.localeCompare(b.week)))
    for (const item of bulletin.groups.flatMap((g) => g.items))
      byId.set(item.id, { week: bulletin.week, item });
  return [...byId.values()].sort(newestFirst);
}

export function slugOf(ref: PartnerRef): string {
  if (ref.kind === 'country') return ref.code.toLowerCase();
  const words = ref.name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `org-${words.slice(0, 60) || 'partner'}`;
}

export function partnerName(ref: PartnerRef): Record<BulletinLanguage, string> {
  if (ref.kind === 'country') return { en: countryName(ref.code, 'en'), az: countryName(ref.code, 'az') };
  return { en: ref.name, az: ref.az };
}

/** The partners an event belongs to: each foreign country, and each foreign organization without one. */
export function partnersOfItem(item: BulletinItem): PartnerRef[] {
  const refs: PartnerRef[] = item.countries.map((code) => ({ kind: 'country', code }));
  const countries = new Set(item.countries);
  for (const org of item.organizations) {
    if (isDomesticOrganization(org) || (org.country && countries.has(org.country))) continue;
    if (org.country) continue; // a foreign national body is filed under its country
    refs.push({ kind: 'organization', name: org.en, az: org.az });
  }
  if (item.partner?.kind === 'organization' && !refs.some((r) => partnerKey(r) === partnerKey(item.partner)))
    refs.push(item.partner);
  return refs;
}

/** Partner pages: every partner any event has, with its events newest first; most active first. */
export function collectPartners(events: readonly ArchiveEvent[]): ArchivePartner[] {
  const partners = new Map<string, ArchivePartner>();
  for (const event of events) {
    for (const ref of partnersOfItem(event.item)) {
      const key = partnerKey(ref);
      const partner = partners.get(key) ?? { slug: slugOf(ref), ref, name: partnerName(ref), events: [] };
      partner.events.push(event);
      partners.set(key, partner);
    }
  }
  return [...partners.values()]
    .map((p) => ({ ...p, events: [...p.events].sort(newestFirst) }))
    .sort((a, b) => b.events.length - a.events.length || a.slug.localeCompare(b.slug));
}
