import type { Bulletin, BulletinItem } from '../bulletin/bulletin.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import {
  type FragmentLinks,
  footerHtml,
  headerHtml,
  headingHtml,
  itemHtml,
  noEventsHtml,
  partnerLabel,
} from './fragments.js';
import type { Row } from './mjml-document.js';

/**
 * 'aligned': one MJML section per item, so in 'both' each item's two languages sit on one row.
 * 'compact': one section per partner group; every section costs ~2 KB of table markup, and heavy
 * weeks must stay under Gmail's ~102 KB clipping limit, which would hide the unsubscribe link.
 * 'brief': compact, and items keep only headline, date, partner and link (the web copy has the rest).
 */
export type Layout = 'aligned' | 'compact' | 'brief';
export const LAYOUTS: readonly Layout[] = ['aligned', 'compact', 'brief'];

const perLanguage = (languages: BulletinLanguage[], html: (language: BulletinLanguage) => string) =>
  Object.fromEntries(languages.map((language) => [language, html(language)])) as Row['html'];

export function layoutRows(
  bulletin: Bulletin,
  languages: BulletinLanguage[],
  links: FragmentLinks,
  layout: Layout,
): Row[] {
  const row = (html: (language: BulletinLanguage) => string, gap?: number): Row => ({
    html: perLanguage(languages, html),
    ...(gap === undefined ? {} : { gap }),
  });
  // In 'both' the anchor goes in the first column only: ids must be unique in the page.
  const item = (entry: BulletinItem, l: BulletinLanguage) =>
    itemHtml(entry, l, links, l === languages[0], layout === 'brief');
  const block = (heading: (l: BulletinLanguage) => string, items: readonly BulletinItem[]): Row[] => {
    if (layout !== 'aligned') {
      const joined = (l: BulletinLanguage) =>
        [headingHtml(heading(l)), ...items.map((e) => `<div class="it">${item(e, l)}</div>`)].join('\n');
      return [row(joined, 16)];
    }
    return [row((l) => headingHtml(heading(l)), 16), ...items.map((e) => row((l) => item(e, l)))];
  };
  const result: Row[] = [row((l) => headerHtml(bulletin, l), 16)];
  if (bulletin.groups.length === 0) result.push(row(noEventsHtml));
  for (const group of bulletin.groups) result.push(...block((l) => partnerLabel(group, l), group.items));
  if (bulletin.late.length > 0) result.push(...block((l) => frameWords(l).lateNews, bulletin.late));
  result.push({ ...row((l) => footerHtml(l, links), 16), background: '#eef2f6' });
  return result;
}
