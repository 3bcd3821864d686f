import { weekRange } from '../bulletin/iso-week.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { escapeXml } from './escape.js';

export interface ArchiveEntry {
  /** "2025-W10". */
  week: string;
  titleAz: string;
  titleEn: string;
  events: number;
  /** ISO timestamp of the last compile; the feed's <updated>. Falls back to the week's end. */
  updated?: string;
}

const byWeekDesc = (a: ArchiveEntry, b: ArchiveEntry) => (a.week < b.week ? 1 : a.week > b.week ? -1 : 0);

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
