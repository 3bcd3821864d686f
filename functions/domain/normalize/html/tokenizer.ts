import { RejectedInputError } from '../contract.js';
import { MAX_HTML_ELEMENTS } from '../limits.js';
import { decodeEntities } from './entities.js';

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; name: string; attrs: Readonly<Record<string, string>> }
  | { type: 'close'; name: string };

// Elements whose content is not markup; script and style content is dropped, title content kept.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'xmp', 'template', 'iframe']);
const KEEP_RAW = new Set(['title']);
const OPEN_TAG =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?\s*>/y;
const CLOSE_TAG = /<\/([a-zA-Z][\w:-]*)[^>]*>/y;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name && !(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const rawEnd = new Map<string, RegExp>();
function findRawEnd(html: string, name: string, from: number): { start: number; end: number } {
  let re = rawEnd.get(name);
  if (!re) {
    re = new RegExp(`</${name}\\s*>`, 'gi');
    rawEnd.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: html.length, end: html.length };
}

const tooManyElements = (): RejectedInputError =>
  new RejectedInputError(
    'too-large',
    `The page has over ${MAX_HTML_ELEMENTS.toLocaleString('en')} HTML elements, far more than a news page needs.`,
  );

/**
 * A tolerant HTML tokenizer: treats a stray '<' as text, skips comments, doctypes and processing
 * instructions. Text tokens come entity-decoded. Throws only for a page of more than MAX_HTML_ELEMENTS
 * elements: each is a token held in memory. Nesting depth needs no cap of its own: nothing here or in the
 * block reader keeps a stack or recurses (regions count their depth), so a deep page costs what a flat one
 * of as many elements does.
 */
export function tokenizeHtml(html: string, maxElements = MAX_HTML_ELEMENTS): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let elements = 0;
  const n = html.length;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ type: 'text', text: decodeEntities(html.slice(textStart, end)) });
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt) || next === '!' || next === '?') {
      flushText(lt);
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      i = textStart = close < 0 ? n : close + (html.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    const re = next === '/' ? CLOSE_TAG : OPEN_TAG;
    re.lastIndex = lt;
    const m = /[a-zA-Z/]/.test(next) ? re.exec(html) : null;
    if (!m) {
      i = lt + 1; // a literal '<' in text
      continue;
    }
    flushText(lt);
    const name = (m[1] ?? '').toLowerCase();
    i = textStart = lt + m[0].length;
    if (next === '/') {
      tokens.push({ type: 'close', name });
      continue;
    }
    elements += 1;
    if (elements > maxElements) throw tooManyElements();
    tokens.push({ type: 'open', name, attrs: parseAttrs(m[2] ?? '') });
    if (RAW_TEXT.has(name)) {
      const { start, end } = findRawEnd(html, name, i);
      if (KEEP_RAW.has(name)) tokens.push({ type: 'text', text: decodeEntities(html.slice(i, start)) });
      tokens.push({ type: 'close', name });
      i = textStart = end;
    }
  }
  flushText(n);
  return tokens;
}
