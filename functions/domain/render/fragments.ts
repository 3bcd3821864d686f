import type { Bulletin, BulletinItem, PartnerGroup } from '../bulletin/bulletin.js';
import { summaryFor } from '../bulletin/translations.js';
import { agreementList } from '../i18n/agreements.js';
import { countryName } from '../i18n/countries.js';
import { formatDate } from '../i18n/dates.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { siteWords } from '../i18n/site-words.js';
import { topicLabel } from '../i18n/topics.js';
import { escapeHtml, safeUrl } from './escape.js';
import { factsHtml, reportsHtml } from './event-parts.js';
import { sitePaths } from './site-layout.js';

/** Escaped HTML fragments of one language column; the MJML layout arranges them. */
export interface FragmentLinks {
  archiveUrl: string;
  /** The web copy of this edition; items link to their anchor in it. Null on the web copy itself. */
  webUrl: string | null;
  unsubscribeUrl?: string;
  preferencesUrl?: string;
}

const link = (href: string, label: string) => `<a href="${safeUrl(href)}">${escapeHtml(label)}</a>`;

export function partnerLabel(group: Pick<PartnerGroup, 'partner'>, language: BulletinLanguage): string {
  const { partner } = group;
  if (!partner) return frameWords(language).otherCooperation;
  if (partner.kind === 'country') return countryName(partner.code, language);
  return language === 'az' ? partner.az : partner.name;
}

export function headerHtml(bulletin: Bulletin, language: BulletinLanguage): string {
  const words = frameWords(language);
  const { week } = parseWeekNumber(bulletin.week);
  const { figures } = bulletin;
  const counts = [words.events(figures.events), words.partners(figures.partners)];
  if (figures.documentsSigned > 0) counts.push(words.documentsSigned(figures.documentsSigned));
  const breakdown = agreementList(figures.agreements, language);
  return [
    `<h1 style="margin:0 0 4px;font-size:22px">${escapeHtml(words.title)}</h1>`,
    `<p style="margin:0 0 8px;color:#555">${escapeHtml(words.week(week, bulletin.start, bulletin.end))}</p>`,
    `<p style="margin:0"><strong>${escapeHtml(counts.join(' · '))}</strong></p>`,
    breakdown ? `<p style="margin:4px 0 0;color:#555">${escapeHtml(breakdown)}</p>` : '',
  ].join('\n');
}

export function parseWeekNumber(week: string): { week: number } {
  return { week: Number(week.slice(-2)) };
}

export function noEventsHtml(language: BulletinLanguage): string {
  return `<p>${escapeHtml(frameWords(language).noEvents)}</p>`;
}

export function headingHtml(text: string): string {
  return `<h2 class="gh">${escapeHtml(text)}</h2>`;
}

function summaryHtml(item: BulletinItem, language: BulletinLanguage): string {
  const words = frameWords(language);
  const { text, note } = summaryFor(item, language);
  if (!text) return '';
  const mark = note ? words.machineTranslated : '';
  const tail = mark ? ` <em class="nt">${escapeHtml(mark)}</em>` : '';
  return `<p class="sm">${escapeHtml(text)}${tail}</p>`;
}

/**
 * An item: headline, meta, summary (or lead), topics, then a link to the web copy (email) or, on the web
 * copy itself (webUrl null), the facts and each report's body without what is already shown above it.
 * brief: headline, date and link only, for weeks too heavy to mail in full (the web copy has it all). */
export function itemHtml(
  item: BulletinItem,
  language: BulletinLanguage,
  links: FragmentLinks,
  anchor: boolean,
  brief = false,
) {
  const words = frameWords(language);
  const meta = [formatDate(item.date, language)];
  if (item.partner) meta.push(partnerLabel(item, language));
  const topics = brief ? [] : item.topics.map((t) => topicLabel(t, language));
  const fullTextUrl = links.webUrl ? `${links.webUrl}#${item.id}` : null;
  // Brief items link the headline itself: one link fewer per item in the heaviest weeks.
  const headline =
    brief && fullTextUrl ? link(fullTextUrl, item.headline[language]) : escapeHtml(item.headline[language]);
  return [
    anchor ? `<a id="${escapeHtml(item.id)}"></a>` : '',
    `<h3 class="hl">${headline}</h3>`,
    `<p class="mt">${escapeHtml(meta.join(' · '))}</p>`,
    fullTextUrl ? '' : factsHtml(item, language),
    brief ? '' : summaryHtml(item, language),
    topics.length > 0 ? `<p class="tp">${escapeHtml(`${words.topics}: ${topics.join(', ')}`)}</p>` : '',
    fullTextUrl
      ? brief
        ? ''
        : `<p class="ft">${link(fullTextUrl, words.fullText)}</p>`
      : `${reportsHtml(item, language)}\n<p class="ft">${link(sitePaths.event(language, item.id), siteWords(language).eventPage)}</p>`,
  ]
    .filter((part) => part.length > 0)
    .join('\n');
}

export function footerHtml(language: BulletinLanguage, links: FragmentLinks): string {
  const words = frameWords(language);
  const anchors = [link(links.archiveUrl, words.archive)];
  if (links.webUrl) anchors.unshift(link(links.webUrl, words.readInBrowser));
  if (links.preferencesUrl) anchors.push(link(links.preferencesUrl, words.preferences));
  if (links.unsubscribeUrl) anchors.push(link(links.unsubscribeUrl, words.unsubscribe));
  return [
    `<p style="margin:0 0 6px">${escapeHtml(words.footer)}</p>`,
    `<p style="margin:0">${anchors.join(' · ')}</p>`,
  ].join('\n');
}
