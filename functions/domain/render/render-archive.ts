import { weekRange } from '../bulletin/iso-week.js';
import { formatDateRange } from '../i18n/dates.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { escapeXml, safeUrl } from './escape.js';

export interface ArchiveEntry {
  /** "2025-W10". */
  week: string;
  titleAz: string;
  titleEn: string;
  events: number;
  /** ISO timestamp of the last compile; the feed's <updated>. Falls back to the week's end. */
  updated?: string;
}

const EDITION_LABELS = [
  ['az', 'Azərbaycan dilində'],
  ['en', 'In English'],
  ['both', 'Hər iki dildə / In both languages'],
] as const;

const byWeekDesc = (a: ArchiveEntry, b: ArchiveEntry) => (a.week < b.week ? 1 : a.week > b.week ? -1 : 0);

function indexRow(entry: ArchiveEntry): string {
  const { start, end } = weekRange(entry.week);
  const links = EDITION_LABELS.map(
    ([edition, label]) =>
      `<a href="${safeUrl(`bulletins/${entry.week}/${edition}.html`)}">${escapeXml(label)}</a>`,
  ).join(' · ');
  return [
    '<li>',
    `<strong>${escapeXml(entry.week)}</strong> — ${escapeXml(formatDateRange(start, end, 'az'))} / ${escapeXml(formatDateRange(start, end, 'en'))}`,
    `<br>${escapeXml(entry.titleAz)}<br>${escapeXml(entry.titleEn)}`,
    `<br>${escapeXml(frameWords('az').events(entry.events))} / ${escapeXml(frameWords('en').events(entry.events))}`,
    `<br>${links}`,
    '</li>',
  ].join('\n');
}

/** The archive index: every bulletin, newest first, with relative links to its three editions. */
export function renderArchiveIndex(entries: readonly ArchiveEntry[]): string {
  const title = `${frameWords('az').title} / ${frameWords('en').title}`;
  const feeds = `<a href="feeds/az.xml">RSS/Atom (az)</a> · <a href="feeds/en.xml">RSS/Atom (en)</a>`;
  const items = [...entries].sort(byWeekDesc).map(indexRow).join('\n');
  return `<!doctype html>
<html lang="az">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<link rel="alternate" type="application/atom+xml" hreflang="az" href="feeds/az.xml">
<link rel="alternate" type="application/atom+xml" hreflang="en" href="feeds/en.xml">
<style>body{font-family:Arial,Helvetica,sans-serif;max-width:720px;margin:0 auto;padding:16px;color:#222}li{margin:0 0 16px}a{color:#1f4e79}</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
<p>${feeds}</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

function feedEntry(entry: ArchiveEntry, language: BulletinLanguage, base: string): string {
  const url = `${base}/bulletins/${entry.week}/${language}.html`;
  const title =
    (language === 'az' ? entry.titleAz : entry.titleEn) || `${frameWords(language).title}: ${entry.week}`;
  return `<entry>
<title>${escapeXml(title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
<id>${escapeXml(url)}</id>
<updated>${escapeXml(updatedOf(entry))}</updated>
<summary>${escapeXml(frameWords(language).events(entry.events))}</summary>
</entry>`;
}

/** Atom wants RFC 3339; a missing compile time falls back to the end of the week, which is stable. */
function updatedOf(entry: ArchiveEntry): string {
  if (entry.updated && !Number.isNaN(Date.parse(entry.updated))) return new Date(entry.updated).toISOString();
  return `${weekRange(entry.week).end}T23:59:59.000Z`;
}

/** An Atom 1.0 feed of one language's editions, newest first. */
export function renderFeed(
  entries: readonly ArchiveEntry[],
  language: BulletinLanguage,
  baseUrl: string,
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const sorted = [...entries].sort(byWeekDesc);
  const updated = sorted.map(updatedOf).sort().at(-1) ?? '1970-01-01T00:00:00.000Z';
  const self = `${base}/feeds/${language}.xml`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">
<title>${escapeXml(frameWords(language).title)}</title>
<id>${escapeXml(self)}</id>
<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(`${base}/`)}"/>
<updated>${updated}</updated>
<author><name>${escapeXml(language === 'az' ? 'Elm və Təhsil Nazirliyi' : 'Ministry of Science and Education')}</name></author>
${sorted.map((entry) => feedEntry(entry, language, base)).join('\n')}
</feed>
`;
}
