import type { Bulletin } from '../bulletin/bulletin.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import {
  type FragmentLinks,
  footerHtml,
  headerHtml,
  headingHtml,
  itemHtml,
  noEventsHtml,
  parseWeekNumber,
  partnerLabel,
} from './fragments.js';
import {
  type DocumentSpec,
  type Edition,
  editionLanguages,
  mjmlToHtml,
  type Row,
  toMjml,
} from './mjml-document.js';
import { renderText } from './render-text.js';

export type { Edition } from './mjml-document.js';

export interface EditionLinks {
  archiveUrl: string;
  webUrl: string;
  unsubscribeUrl: string;
  preferencesUrl?: string;
}

export interface RenderedEdition {
  subject: string;
  html: string;
  text: string;
}

const perLanguage = (languages: BulletinLanguage[], html: (language: BulletinLanguage) => string) =>
  Object.fromEntries(languages.map((language) => [language, html(language)])) as Row['html'];

/** "Weekly cooperation bulletin: Week 47, 17–23 November 2025"; both languages joined by " / ". */
export function editionSubject(bulletin: Bulletin, edition: Edition): string {
  const { week } = parseWeekNumber(bulletin.week);
  return editionLanguages(edition)
    .map((language) => {
      const words = frameWords(language);
      return `${words.title}: ${words.week(week, bulletin.start, bulletin.end)}`;
    })
    .join(' / ');
}

function rows(bulletin: Bulletin, languages: BulletinLanguage[], links: FragmentLinks): Row[] {
  const all = (html: (language: BulletinLanguage) => string, gap?: number): Row => ({
    html: perLanguage(languages, html),
    ...(gap === undefined ? {} : { gap }),
  });
  const result: Row[] = [all((l) => headerHtml(bulletin, l), 16)];
  if (bulletin.groups.length === 0) result.push(all(noEventsHtml));
  for (const group of bulletin.groups) {
    result.push(all((l) => headingHtml(partnerLabel(group, l)), 16));
    for (const item of group.items) result.push(all((l) => itemHtml(item, l, links, l === languages[0])));
  }
  if (bulletin.late.length > 0) result.push(all((l) => headingHtml(frameWords(l).lateNews), 16));
  for (const item of bulletin.late) result.push(all((l) => itemHtml(item, l, links, l === languages[0])));
  result.push({ ...all((l) => footerHtml(l, links), 16), background: '#eef2f6' });
  return result;
}

function spec(bulletin: Bulletin, edition: Edition, links: FragmentLinks): DocumentSpec {
  const languages = editionLanguages(edition);
  const preview = languages
    .map((l) => frameWords(l))
    .map((w) => (bulletin.figures.events > 0 ? w.events(bulletin.figures.events) : w.noEvents))
    .join(' / ');
  return {
    edition,
    title: editionSubject(bulletin, edition),
    preview,
    rows: rows(bulletin, languages, links),
  };
}

/** The email of one edition: subject, responsive HTML (MJML) and a plain-text part. */
export async function renderEdition(
  bulletin: Bulletin,
  edition: Edition,
  links: EditionLinks,
): Promise<RenderedEdition> {
  const html = await mjmlToHtml(toMjml(spec(bulletin, edition, links)));
  return { subject: editionSubject(bulletin, edition), html, text: renderText(bulletin, edition, links) };
}

/**
 * The archive copy of an edition: the same layout, with each item's full text instead of a link to it,
 * and no subscriber links.
 */
export async function renderWebPage(
  bulletin: Bulletin,
  edition: Edition,
  links: { archiveUrl?: string; webUrl?: string } = {},
): Promise<string> {
  return mjmlToHtml(
    toMjml(spec(bulletin, edition, { archiveUrl: links.archiveUrl ?? '../../', webUrl: null })),
  );
}
