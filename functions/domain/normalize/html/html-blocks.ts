import type { HtmlToken } from './tokenizer.js';
import {
  BLOCK_TAGS,
  CHROME_CLASS,
  CHROME_TAGS,
  HIDDEN,
  MAIN_CLASS,
  MAIN_TAGS,
  NEVER_CHROME,
} from './vocabulary.js';

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
  /** Texts of <h1> elements, with where they sat. */
  h1s: { text: string; inMain: boolean; chrome: boolean }[];
  titleTag: string | null;
  meta: Map<string, string>;
  /** datetime attributes of <time> elements, outside chrome first. */
  times: { value: string; inMain: boolean; chrome: boolean }[];
}

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
  MAIN_TAGS.has(name) ||
  attrs.role === 'main' ||
  attrs.itemprop === 'articleBody' ||
  MAIN_CLASS.test(attrsText(attrs));

interface Place {
  inMain: boolean;
  chrome: boolean;
}

/** Walks the token stream once, cutting text into blocks and noting headline, meta and times. */
class BlockCollector {
  readonly facts: HtmlFacts = { blocks: [], h1s: [], titleTag: null, meta: new Map(), times: [] };
  private readonly hidden = new Region();
  private readonly chrome = new Region();
  private readonly main = new Region();
  private buffer = '';
  private linkChars = 0;
  private linkDepth = 0;
  private heading = 0;
  private capture: { name: string; text: string; place: Place } | null = null;

  private get place(): Place {
    return { inMain: this.main.active, chrome: this.chrome.active };
  }

  flush(): void {
    const text = this.buffer
      .replace(/[ \t\r\f]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (text !== '')
      this.facts.blocks.push({ text, ...this.place, linkChars: this.linkChars, heading: this.heading });
    this.buffer = '';
    this.linkChars = 0;
  }

  text(raw: string): void {
    if (this.capture) this.capture.text += raw;
    if (this.hidden.active || this.capture?.name === 'title') return;
    const text = raw.replace(/\s+/g, ' ');
    this.buffer += text;
    if (this.linkDepth > 0) this.linkChars += text.trim().length;
  }

  close(name: string): void {
    if (BLOCK_TAGS.has(name)) this.flush();
    if (name === 'a' && this.linkDepth > 0) this.linkDepth -= 1;
    if (/^h[1-6]$/.test(name)) this.heading = 0;
    if (this.capture?.name === name) {
      const { text, place } = this.capture;
      if (name === 'h1' && text.trim()) this.facts.h1s.push({ text, ...place });
      if (name === 'title' && this.facts.titleTag === null) this.facts.titleTag = text;
      this.capture = null;
    }
    this.hidden.close(name);
    this.chrome.close(name);
    this.main.close(name);
  }

  open(name: string, attrs: Attrs): void {
    if (name === 'meta') {
      this.meta(attrs);
      return;
    }
    if (BLOCK_TAGS.has(name)) this.flush();
    this.hidden.open(name, HIDDEN.has(name));
    this.chrome.open(name, isChrome(name, attrs));
    this.main.open(name, isMain(name, attrs));
    if (name === 'time' && attrs.datetime) this.facts.times.push({ value: attrs.datetime, ...this.place });
    if (name === 'br') this.buffer += '\n';
    if (name === 'a') this.linkDepth += 1;
    if (/^h[1-6]$/.test(name)) this.heading = Number(name[1]);
    if ((name === 'h1' || name === 'title') && this.capture === null) {
      this.capture = { name, text: '', place: this.place };
    }
  }

  private meta(attrs: Attrs): void {
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
    if (key && attrs.content && !this.facts.meta.has(key)) this.facts.meta.set(key, attrs.content);
  }
}

/** Reads the token stream into text blocks and the page's metadata. */
export function collectBlocks(tokens: readonly HtmlToken[]): HtmlFacts {
  const collector = new BlockCollector();
  for (const token of tokens) {
    if (token.type === 'text') collector.text(token.text);
    else if (token.type === 'open') collector.open(token.name, token.attrs);
    else collector.close(token.name);
  }
  collector.flush();
  return collector.facts;
}
