import type { Language } from '../article/article.js';
import type { BulletinItem } from '../bulletin/bulletin.js';
import { agreementList } from '../i18n/agreements.js';
import { formatDate } from '../i18n/dates.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { bodyParagraphs } from './article-body.js';
import { escapeHtml } from './escape.js';
import { partnerLabel } from './fragments.js';

const REPORT_ORDER: readonly Language[] = ['az', 'en', 'ru'];

/** "Emin Amrullayev (Minister of Science and Education)": the edition's display forms. */
function peopleLine(item: BulletinItem, language: BulletinLanguage): string {
  return item.people
    .map((p) => p.display[language])
    .map((d) => (d.role ? `${d.name} (${d.role})` : d.name))
    .join('; ');
}

/** An event's facts as a definition list, every name and role in the edition's language. */
export function factsHtml(item: BulletinItem, language: BulletinLanguage): string {
  const words = frameWords(language).facts;
  const partner = item.partner ? partnerLabel(item, language) : '';
  const organizations = item.organizations.map((o) => o[language]).join('; ');
  const rows: [string, string][] = [
    [words.date, formatDate(item.date, language)],
    [words.place, item.venue?.[language] ?? ''],
    [words.partner, partner],
    [words.people, peopleLine(item, language)],
    [words.organizations, organizations],
    [words.signed, agreementList(item.agreements, language)],
  ];
  const shown = rows.filter(([, value]) => value.length > 0);
  const body = shown.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<dl class="facts">${body.join('')}</dl>`;
}

/** One report's body (without headline, dateline and lead), marked with its language when not the reader's. */
function reportHtml(item: BulletinItem, language: Language, reader: BulletinLanguage): string {
  const version = item.versions[language];
  if (!version) return '';
  // Only the reader's own report had its summary shown above; another language's report is shown whole.
  const paragraphs = bodyParagraphs(language === reader ? version : { ...version, summary: '' });
  if (paragraphs.length === 0) return '';
  const words = frameWords(reader);
  const mark = language === reader ? '' : `<p><em>${escapeHtml(words.originalIn(language))}</em></p>`;
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<div class="full-text" lang="${language}">${mark}${body}</div>`;
}

/**
 * The bodies the web copy shows under an event: the reader's own report when there is one, else every
 * report in its own language, marked. `all` (the event page) shows every report, the reader's first.
 */
export function reportsHtml(item: BulletinItem, reader: BulletinLanguage, all = false): string {
  const order = [reader, ...REPORT_ORDER.filter((l) => l !== reader)];
  const languages = all || !item.versions[reader] ? order : [reader];
  return languages.map((language) => reportHtml(item, language, reader)).join('\n');
}
