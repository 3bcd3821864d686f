import type { ArchivePartner } from '../archive/archive-events.js';
import type { AgreementType } from '../article/article.js';
import { isDomesticPerson } from '../bulletin/lead-facts.js';
import { AGREEMENT_ORDER, agreementList } from '../i18n/agreements.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { siteWords } from '../i18n/site-words.js';
import { eventLine, other } from './archive-pages.js';
import { escapeHtml } from './escape.js';
import { sitePage, sitePaths } from './site-layout.js';

/** Documents signed per year, by type, newest year first: "2026: 12 memoranda of understanding and ...". */
function documentsPerYear(partner: ArchivePartner, language: BulletinLanguage): string[] {
  const years = new Map<string, Map<AgreementType, number>>();
  for (const { item } of partner.events) {
    const year = item.date.slice(0, 4);
    const totals = years.get(year) ?? new Map<AgreementType, number>();
    for (const a of item.agreements) totals.set(a.type, (totals.get(a.type) ?? 0) + a.count);
    years.set(year, totals);
  }
  return [...years]
    .sort(([a], [b]) => b.localeCompare(a))
    .flatMap(([year, totals]) => {
      const list = agreementList(
        AGREEMENT_ORDER.flatMap((type) => (totals.get(type) ? [{ type, count: totals.get(type) ?? 0 }] : [])),
        language,
      );
      return list ? [`${year}: ${list}`] : [];
    });
}

/** The partner's people: foreign participants, each once, with their role in the page's language. */
function peopleMet(partner: ArchivePartner, language: BulletinLanguage): string[] {
  const seen = new Map<string, string>();
  for (const { item } of partner.events)
    for (const person of item.people) {
      if (isDomesticPerson(person)) continue;
      const d = person.display[language];
      if (!seen.has(d.name)) seen.set(d.name, d.role ? `${d.name} (${d.role})` : d.name);
    }
  return [...seen.values()];
}

export function partnerPage(partner: ArchivePartner, language: BulletinLanguage): string {
  const words = siteWords(language);
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  const documents = documentsPerYear(partner, language);
  const people = peopleMet(partner, language);
  const body = [
    `<h1>${escapeHtml(partner.name[language])}</h1>`,
    `<h2>${escapeHtml(words.events)}</h2><ul class="events">${partner.events.map((e) => eventLine(e, language)).join('\n')}</ul>`,
    documents.length > 0 ? `<h2>${escapeHtml(words.documentsPerYear)}</h2>${list(documents)}` : '',
    people.length > 0 ? `<h2>${escapeHtml(words.peopleMet)}</h2>${list(people)}` : '',
  ].join('\n');
  return sitePage({
    language,
    title: partner.name[language],
    otherLanguageUrl: sitePaths.partner(other(language), partner.slug),
    body,
  });
}
