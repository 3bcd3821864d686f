import type { HtmlToken } from './tokenizer.js';

/** A run of text between block boundaries, with where it sat on the page. */
export interface HtmlBlock {
  text: string;
  /** Inside <article>, <main>, role=main or an article-body container. */
  inMain: boolean;
  /** Inside page chrome: nav, header, footer, aside, form, or a share/cookie/menu container. */
  chrome: boolean;
  /** Characters of the text that were link labels, to spot link lists. */
  linkChars: number;
  /** 1-6 for a heading block, 0 otherwise. */
  heading: number;
}

export interface HtmlFacts {
  blocks: HtmlBlock[];
  h1: string | null;
  titleTag: string | null;
  meta: Map<string, string>;
  /** datetime attributes of <time> elements, outside chrome first. */
  times: { value: string; inMain: boolean; chrome: boolean }[];
}

// Dropped with everything inside: never visible text.
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'button', 'textarea', 'video', 'audio', 'map']);
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog', 'figure']);
const MAIN_TAGS = new Set(['article', 'main']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table',
  'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'address', 'hr', 'header', 'footer',
  'nav', 'aside', 'form', 'body', 'caption', 'center', 'details', 'summary', 'fieldset', 'hgroup',
]);
const CHROME_CLASS =
  /(^|[\s_-])(share|sharing|social|cookies?|consent|gdpr|breadcrumbs?|nav|navbar|navigation|menu|related|comments?|subscribe|newsletter|advert|adv|ads|banner|sidebar|widget|tags|popup|modal|footer|header|masthead|print|toolbar|pagination|pager|promo|copyright|byline-share|author-bio)([\s_-]|$)/i;
const MAIN_CLASS = /(^|[\s_-])(article-body|article-content|articlebody|post-content|entry-content|news-text|news-content|story-body|content-text|news-detail|article-text)([\s_-]|$)/i;
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);

/** Counts nesting of one element name, so a region ends at the matching close tag even with nesting. */
class Region {
  private name: string | null = null;
  private depth = 0;
  get active(): boolean {
    return this.name !== null;
  }
  /** Called for every open tag; starts the region at this element when `starts` and none is active. */
  open(name: string, starts: boolean): void {
    if (this.name === null && starts) {
      this.name = name;
      this.depth = 1;
    } else if (this.name === name) this.depth += 1;
  }
  close(name: string): void {
    if (this.name === name && --this.depth === 0) this.name = null;
  }
}

type Attrs = Readonly<Record<string, string>>;
const attrsText = (attrs: Attrs): string => `${attrs.class ?? ''} ${attrs.id ?? ''}`;
const isChrome = (name: string, attrs: Attrs): boolean =>
  !NEVER_CHROME.has(name) && (CHROME_TAGS.has(name) || CHROME_CLASS.test(attrsText(attrs)));
const isMain = (name: string, attrs: Attrs): boolean =>
  MAIN_TAGS.has(name) || attrs.role === 'main' || attrs.itemprop === 'articleBody' || MAIN_CLASS.test(attrsText(attrs));

/** Reads the token stream into text blocks and the page's metadata. */
export function collectBlocks(tokens: readonly HtmlToken[]): HtmlFacts {
  const facts: HtmlFacts = { blocks: [], h1: null, titleTag: null, meta: new Map(), times: [] };
  const hidden = new Region();
  const chrome = new Region();
  const main = new Region();
  let buffer = '';
  let linkChars = 0;
  let linkDepth = 0;
  let heading = 0;
  let capture: 'h1' | 'title' | null = null;
  let captured = '';
  const flush = (): void => {
    const text = buffer.replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text !== '') facts.blocks.push({ text, inMain: main.active, chrome: chrome.active, linkChars, heading });
    buffer = '';
    linkChars = 0;
  };
  for (const token of tokens) {
    if (token.type === 'text') {
      if (capture) captured += token.text;
      if (hidden.active || capture === 'title') continue;
      const text = token.text.replace(/\s+/g, ' ');
      buffer += text;
      if (linkDepth > 0) linkChars += text.trim().length;
      continue;
    }
    const { name } = token;
    if (token.type === 'close') {
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'a' && linkDepth > 0) linkDepth -= 1;
      if (/^h[1-6]$/.test(name)) heading = 0;
      if (capture === name) {
        if (name === 'h1' && facts.h1 === null && captured.trim()) facts.h1 = captured;
        if (name === 'title' && facts.titleTag === null) facts.titleTag = captured;
        capture = null;
      }
      hidden.close(name);
      chrome.close(name);
      main.close(name);
      continue;
    }
    const { attrs } = token;
    if (name === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
      if (key && attrs.content && !facts.meta.has(key)) facts.meta.set(key, attrs.content);
      continue;
    }
    if (name === 'time' && attrs.datetime) {
      facts.times.push({ value: attrs.datetime, inMain: main.active, chrome: chrome.active });
    }
    if (BLOCK_TAGS.has(name) || name === 'br') flush();
    if (name === 'br') buffer += '\n';
    if (name === 'a') linkDepth += 1;
    if (/^h[1-6]$/.test(name)) heading = Number(name[1]);
    if ((name === 'h1' || name === 'title') && capture === null) {
      capture = name;
      captured = '';
    }
    hidden.open(name, HIDDEN.has(name));
    chrome.open(name, isChrome(name, attrs));
    main.open(name, isMain(name, attrs));
  }
  flush();
  return facts;
}
