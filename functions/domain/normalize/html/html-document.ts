import { collectBlocks, type HtmlBlock, type HtmlFacts } from './html-blocks.js';
import { tokenizeHtml } from './tokenizer.js';

export interface HtmlText {
  /** Paragraphs separated by blank lines, not yet repaired. */
  text: string;
  title: string | null;
  dateHint: string | null;
}

// Below this much text a region is not the article: fall back to a wider selection.
const MIN_ARTICLE_CHARS = 120;
const length = (blocks: readonly HtmlBlock[]): number => blocks.reduce((n, b) => n + b.text.length, 0);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The article's blocks: the main region without chrome, else everything but chrome, else everything. */
function selectBlocks(blocks: readonly HtmlBlock[]): HtmlBlock[] {
  const main = blocks.filter((b) => b.inMain && !b.chrome);
  if (length(main) >= MIN_ARTICLE_CHARS) return main;
  const visible = blocks.filter((b) => !b.chrome);
  return length(visible) >= MIN_ARTICLE_CHARS ? visible : [...blocks];
}

/** A block that is mostly link labels (related stories, tag lists) is navigation, not article. */
const isLinkList = (b: HtmlBlock): boolean => b.heading === 0 && b.linkChars > 0.6 * b.text.length;

// "Headline | Site", "Headline - Site": the site name is the shorter side of the last separator.
function trimSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1) ?? '';
  const rest = parts.slice(0, -1).join(' - ');
  return last.length < rest.length ? rest : title;
}

function titleOf(facts: HtmlFacts): string | null {
  // A site logo is often an <h1> in the page header: prefer the article's own, then og:title.
  const h1 = (where: (p: { inMain: boolean; chrome: boolean }) => boolean): string | undefined =>
    facts.h1s.find(where)?.text;
  const candidates = [
    h1((p) => p.inMain && !p.chrome),
    facts.meta.get('og:title'),
    facts.meta.get('twitter:title'),
    h1((p) => !p.chrome),
    h1(() => true),
  ];
  for (const c of candidates) if (c && squash(c)) return squash(c);
  return facts.titleTag && squash(facts.titleTag) ? trimSiteName(squash(facts.titleTag)) : null;
}

const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'date',
  'dc.date.issued',
  'dc.date',
];

/** YYYY-MM-DD from an ISO-like date, or null when it is not a real calendar date. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function dateHintOf(facts: HtmlFacts): string | null {
  const fromMeta = DATE_KEYS.map((k) => facts.meta.get(k)).filter((v): v is string => v !== undefined);
  const times = [...facts.times].sort(
    (a, b) => Number(b.inMain) - Number(a.inMain) || Number(a.chrome) - Number(b.chrome),
  );
  for (const value of [...fromMeta, ...times.filter((t) => !t.chrome || t.inMain).map((t) => t.value)]) {
    const day = isoDay(value);
    if (day) return day;
  }
  return null;
}

/** A saved web page to its article text, headline and stated publication date. */
export function htmlToText(html: string): HtmlText {
  const facts = collectBlocks(tokenizeHtml(html));
  const title = titleOf(facts);
  const blocks = selectBlocks(facts.blocks).filter((b) => !isLinkList(b));
  // The headline is returned as the title, so the body does not repeat it.
  const sameAsTitle = (b: HtmlBlock): boolean =>
    b.heading > 0 && title !== null && squash(b.text).toLowerCase() === title.toLowerCase();
  const body = blocks.filter((b) => !sameAsTitle(b));
  return { text: body.map((b) => b.text).join('\n\n'), title, dateHint: dateHintOf(facts) };
}
