import type { Bulletin, BulletinItem } from '../bulletin/bulletin.js';
import { summaryFor } from '../bulletin/translations.js';
import { agreementList } from '../i18n/agreements.js';
import { formatDate } from '../i18n/dates.js';
import { frameWords } from '../i18n/frame.js';
import { type BulletinLanguage, type Edition, editionLanguages, upper } from '../i18n/language.js';
import { topicLabel } from '../i18n/topics.js';
import { parseWeekNumber, partnerLabel } from './fragments.js';

export interface TextLinks {
  archiveUrl: string;
  webUrl: string;
  unsubscribeUrl?: string;
  preferencesUrl?: string;
}

function itemText(item: BulletinItem, language: BulletinLanguage, webUrl: string): string[] {
  const words = frameWords(language);
  const meta = [formatDate(item.date, language), ...(item.partner ? [partnerLabel(item, language)] : [])];
  const { text, note } = summaryFor(item, language);
  const mark = note ? ` ${words.machineTranslated}` : '';
  const lines = [`* ${item.headline[language]}`, `  ${meta.join(' · ')}`];
  if (text) lines.push(`  ${text}${mark}`);
  if (item.topics.length > 0)
    lines.push(`  ${words.topics}: ${item.topics.map((t) => topicLabel(t, language)).join(', ')}`);
  lines.push(`  ${words.fullText}: ${webUrl}#${item.id}`, '');
  return lines;
}

function heading(text: string): string[] {
  return [text, '-'.repeat([...text].length), ''];
}

function languageText(bulletin: Bulletin, language: BulletinLanguage, links: TextLinks): string[] {
  const words = frameWords(language);
  const { figures } = bulletin;
  const counts = [words.events(figures.events), words.partners(figures.partners)];
  if (figures.documentsSigned > 0) counts.push(words.documentsSigned(figures.documentsSigned));
  const breakdown = agreementList(figures.agreements, language);
  const lines = [
    upper(words.title, language),
    words.week(parseWeekNumber(bulletin.week).week, bulletin.start, bulletin.end),
  ];
  lines.push(counts.join(' · '), ...(breakdown ? [breakdown] : []), '');
  if (bulletin.groups.length === 0) lines.push(words.noEvents, '');
  for (const group of bulletin.groups) {
    lines.push(...heading(partnerLabel(group, language)));
    for (const item of group.items) lines.push(...itemText(item, language, links.webUrl));
  }
  if (bulletin.late.length > 0) lines.push(...heading(words.lateNews));
  for (const item of bulletin.late) lines.push(...itemText(item, language, links.webUrl));
  lines.push(
    '--',
    words.footer,
    `${words.readInBrowser}: ${links.webUrl}`,
    `${words.archive}: ${links.archiveUrl}`,
  );
  if (links.preferencesUrl) lines.push(`${words.preferences}: ${links.preferencesUrl}`);
  if (links.unsubscribeUrl) lines.push(`${words.unsubscribe}: ${links.unsubscribeUrl}`);
  return lines;
}

/** The plain-text part: each language in full, Azerbaijani first in 'both'. Nothing is escaped: it is text. */
export function renderText(bulletin: Bulletin, edition: Edition, links: TextLinks): string {
  const blocks = editionLanguages(edition).map((language) =>
    languageText(bulletin, language, links).join('\n'),
  );
  return `${blocks.join('\n\n==========\n\n')}\n`;
}
