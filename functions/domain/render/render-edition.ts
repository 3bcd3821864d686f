import type { Bulletin } from '../bulletin/bulletin.js';
import { frameWords } from '../i18n/frame.js';
import { type FragmentLinks, parseWeekNumber } from './fragments.js';
import { LAYOUTS, type Layout, layoutRows } from './layout.js';
import { type DocumentSpec, type Edition, editionLanguages, mjmlToHtml, toMjml } from './mjml-document.js';
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
  return { subject: editionSubject(bulletin, edition), html, text: renderText(bulletin, edition, links) };
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
