import type { ItemVersion } from '../bulletin/bulletin.js';
import { paragraphsOf } from '../extract/text-tools.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const fold = (text: string) =>
  squash(text)
    .toLocaleLowerCase('en')
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();

/**
 * A report's body as the web copy shows it under the headline, facts and lead: without the repeated
 * headline, the dateline and the lead paragraph's sentences already shown as the summary. What the lead
 * paragraph says beyond the summary stays.
 */
export function bodyParagraphs(version: Pick<ItemVersion, 'text' | 'summary' | 'title'>): string[] {
  const paragraphs = paragraphsOf(version.text);
  const summary = squash(version.summary);
  const probe = summary.slice(0, 40);
  // The summary is the lead paragraph's opening (extract/headline.ts): what comes before it is the
  // headline, a subtitle or the dateline. A summary not found in the text (edited) drops only the headline.
  const at = probe ? paragraphs.slice(0, 6).findIndex((p) => p.includes(probe)) : -1;
  if (at < 0) return paragraphs.filter((p, i) => i > 0 || fold(p) !== fold(version.title));
  const lead = paragraphs[at] ?? '';
  const end = summary && lead.includes(summary) ? lead.indexOf(summary) + summary.length : lead.length;
  const rest = squash(lead.slice(end));
  return [...(rest ? [rest] : []), ...paragraphs.slice(at + 1)];
}
