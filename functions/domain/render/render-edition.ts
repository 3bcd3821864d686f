import type { Bulletin } from '../bulletin/bulletin.js';
import { frameWords } from '../i18n/frame.js';
import { type Edition, editionLanguages } from '../i18n/language.js';
import { escapeHtml, safeUrl } from './escape.js';
import { type FragmentLinks, parseWeekNumber } from './fragments.js';
import { LAYOUTS, type Layout, layoutRows } from './layout.js';
import { type DocumentSpec, mjmlToHtml, type Row, toMjml } from './mjml-document.js';
import { renderText } from './render-text.js';

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

/** Gmail clips a message body over ~102 KB; leave room for the transfer encoding's line breaks. */
export const EMAIL_HTML_BUDGET = 95 * 1024;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

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

function spec(bulletin: Bulletin, edition: Edition, links: FragmentLinks, layout: Layout): DocumentSpec {
  const languages = editionLanguages(edition);
  const preview = languages
    .map((l) => frameWords(l))
    .map((w) => (bulletin.figures.events > 0 ? w.events(bulletin.figures.events) : w.noEvents))
    .join(' / ');
  const rows = layoutRows(bulletin, languages, links, layout);
  return { edition, title: editionSubject(bulletin, edition), preview, rows };
}

/** MJML indents heavily; newlines between tags carry no meaning in its output or in our fragments. */
async function renderHtml(document: DocumentSpec): Promise<string> {
  const html = await mjmlToHtml(toMjml(document));
  return html.replace(/>\s*\n\s*</g, '><');
}

/**
 * The email of one edition: subject, responsive HTML (MJML, strictly validated) and a plain-text part.
 * Items are laid out one row each; a week too heavy for that falls back to one block per partner, then
 * to headlines only. Each step is deterministic, so the same bulletin always gives the same bytes.
 */
export async function renderEdition(
  bulletin: Bulletin,
  edition: Edition,
  links: EditionLinks,
): Promise<RenderedEdition> {
  let html = '';
  for (const layout of LAYOUTS) {
    html = await renderHtml(spec(bulletin, edition, links, layout));
    if (utf8Length(html) <= EMAIL_HTML_BUDGET) break;
  }
  if (utf8Length(html) > EMAIL_HTML_BUDGET)
    html = await firstEventsOnly(bulletin, edition, links, utf8Length(html));
  return { subject: editionSubject(bulletin, edition), html, text: renderText(bulletin, edition, links) };
}

/**
 * A week too heavy even for headlines: the email lists the most active partners' first events and links the
 * rest to the web copy, so the footer with the unsubscribe link is never clipped away.
 */
async function firstEventsOnly(bulletin: Bulletin, edition: Edition, links: EditionLinks, size: number) {
  const total = bulletin.groups.reduce((n, g) => n + g.items.length, 0);
  let keep = Math.floor((total * EMAIL_HTML_BUDGET) / size);
  for (;;) {
    const document = spec(keepFirst(bulletin, keep), edition, links, 'brief');
    const more: Row = {
      html: Object.fromEntries(
        editionLanguages(edition).map((l) => [
          l,
          `<p><a href="${safeUrl(links.webUrl)}">${escapeHtml(frameWords(l).moreEvents(total - keep))}</a></p>`,
        ]),
      ),
      gap: 16,
    };
    document.rows.splice(document.rows.length - 1, 0, more);
    const html = await renderHtml(document);
    if (utf8Length(html) <= EMAIL_HTML_BUDGET || keep <= 1) return html;
    keep = Math.max(1, Math.floor(keep * 0.85));
  }
}

function keepFirst(bulletin: Bulletin, keep: number): Bulletin {
  let left = keep;
  const groups = [];
  for (const group of bulletin.groups) {
    if (left <= 0) break;
    const items = group.items.slice(0, left);
    left -= items.length;
    groups.push({ ...group, items });
  }
  return { ...bulletin, groups, late: [] };
}

/**
 * The archive copy of an edition: the same layout, with each item's full text instead of a link to it,
 * and no subscriber links. archiveUrl defaults to "../../", the index seen from /bulletins/<week>/.
 */
export async function renderWebPage(
  bulletin: Bulletin,
  edition: Edition,
  links: { archiveUrl?: string; webUrl?: string } = {},
): Promise<string> {
  const fragmentLinks = { archiveUrl: links.archiveUrl ?? '../../', webUrl: null };
  return renderHtml(spec(bulletin, edition, fragmentLinks, 'aligned'));
}
