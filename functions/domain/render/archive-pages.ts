import type { ArchiveEvent, ArchivePartner } from '../archive/archive-events.js';
import { partnerName, partnersOfItem, slugOf } from '../archive/archive-events.js';
import { weekRange } from '../bulletin/iso-week.js';
import { summaryFor } from '../bulletin/translations.js';
import { formatDate, formatDateRange } from '../i18n/dates.js';
import { frameWords } from '../i18n/frame.js';
import type { BulletinLanguage } from '../i18n/language.js';
import { siteWords } from '../i18n/site-words.js';
import { escapeHtml } from './escape.js';
import { factsHtml, reportsHtml } from './event-parts.js';
import { siteLink as link, sitePage, sitePaths } from './site-layout.js';

export const other = (l: BulletinLanguage): BulletinLanguage => (l === 'az' ? 'en' : 'az');

export function eventLine(event: ArchiveEvent, language: BulletinLanguage): string {
  const { item } = event;
  const meta = [formatDate(item.date, language)];
  if (item.partner) meta.push(partnerName(item.partner)[language]);
  return `<li>${link(sitePaths.event(language, item.id), item.headline[language])} <span class="mt">· ${escapeHtml(meta.join(' · '))}</span></li>`;
}

/** A week's line: its dates and its three editions. */
function weekLine(week: string, events: number, language: BulletinLanguage): string {
  const { start, end } = weekRange(week);
  const words = siteWords(language);
  // The English page names the Azerbaijani edition in Azerbaijani ("Azərbaycan dilində"): marked for readers.
  const editions = (['az', 'en', 'both'] as const).map((e) => {
    const lang = e === 'az' && language === 'en' ? ' lang="az"' : '';
    const hreflang = e === 'both' ? '' : ` hreflang="${e}"`;
    return `<a href="${sitePaths.edition(week, e)}"${hreflang}${lang}>${escapeHtml(words.editions[e])}</a>`;
  });
  const label = `${formatDateRange(start, end, language)} (${week}) · ${frameWords(language).events(events)}`;
  return `<li>${escapeHtml(label)}<br>${editions.join(' · ')}</li>`;
}

function searchForm(language: BulletinLanguage): string {
  const words = siteWords(language);
  return `<form id="search" role="search" action="${sitePaths.search(language)}" method="get">
<label for="q">${escapeHtml(words.searchLabel)}</label>
<input type="search" id="q" name="q" autocomplete="off">
<button type="submit">${escapeHtml(words.searchButton)}</button>
</form>`;
}

export interface WeekSummary {
  week: string;
  events: number;
}

/** The home page: the latest bulletin's events, the search box, partners and every week. */
export function homePage(
  language: BulletinLanguage,
  weeks: readonly WeekSummary[],
  events: readonly ArchiveEvent[],
  partners: readonly ArchivePartner[],
): string {
  const words = siteWords(language);
  const latest = weeks[0];
  const latestEvents = latest ? events.filter((e) => e.week === latest.week) : [];
  const body = [
    `<h1>${escapeHtml(frameWords(language).title)}</h1>`,
    searchForm(language),
    latest
      ? `<h2 id="latest">${escapeHtml(words.latest)}</h2><ul>${weekLine(latest.week, latest.events, language)}</ul>`
      : '',
    latestEvents.length > 0 ? `<ul>${latestEvents.map((e) => eventLine(e, language)).join('\n')}</ul>` : '',
    partners.length > 0
      ? `<h2>${escapeHtml(words.partners)}</h2><ul>${partners
          .map(
            (p) =>
              `<li>${link(sitePaths.partner(language, p.slug), p.name[language])} <span class="mt">· ${escapeHtml(frameWords(language).events(p.events.length))}</span></li>`,
          )
          .join('\n')}</ul>`
      : '',
    `<h2>${escapeHtml(words.weeks)}</h2><ul>${weeks.map((w) => weekLine(w.week, w.events, language)).join('\n')}</ul>`,
  ].join('\n');
  return sitePage({
    language,
    title: `${frameWords(language).title} · ${words.home}`,
    otherLanguageUrl: sitePaths.home(other(language)),
    body,
  });
}

/** An event's permalink: headline, facts, lead, every report, partners and its week. */
export function eventPage(event: ArchiveEvent, language: BulletinLanguage): string {
  const { item, week } = event;
  const words = siteWords(language);
  const partners = partnersOfItem(item).map((ref) =>
    link(sitePaths.partner(language, slugOf(ref)), partnerName(ref)[language]),
  );
  const body = [
    `<article><h1>${escapeHtml(item.headline[language])}</h1>`,
    factsHtml(item, language),
    `<p class="sm">${escapeHtml(summaryFor(item, language).text)}</p>`,
    `<h2>${escapeHtml(words.reports)}</h2>`,
    reportsHtml(item, language, true),
    partners.length > 0 ? `<p>${escapeHtml(words.partners)}: ${partners.join(' · ')}</p>` : '',
    `<p>${escapeHtml(words.bulletinOfWeek)}: ${link(`${sitePaths.edition(week, language)}#${item.id}`, week)}</p></article>`,
  ].join('\n');
  return sitePage({
    language,
    title: item.headline[language],
    otherLanguageUrl: sitePaths.event(other(language), item.id),
    body,
  });
}

/** The search page; archive/search.js fills the results from archive/search-index.json. */
export function searchPage(language: BulletinLanguage): string {
  const words = siteWords(language);
  const strings = JSON.stringify({ found: words.found }).replace(/</g, '\\u003c');
  const body = [
    `<h1>${escapeHtml(words.search)}</h1>`,
    searchForm(language),
    `<p id="status" role="status" aria-live="polite"></p>`,
    `<ul id="results"></ul>`,
    `<script type="application/json" id="search-words">${strings}</script>`,
  ].join('\n');
  return sitePage({
    language,
    title: `${words.search} · ${frameWords(language).title}`,
    otherLanguageUrl: sitePaths.search(other(language)),
    body,
    scripts: ['/archive/search.js'],
  });
}
