import type { SourceFormat } from '../article/article.js';

const extensionOf = (key: string): string => /\.([a-z0-9]+)$/i.exec(key)?.[1]?.toLowerCase() ?? '';

// A document that opens with a doctype or <html>, or that has a body made of block tags, is HTML.
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title)\b/i;
const HTML_TAGS = /<(p|div|article|h[1-6]|br|section|span|a\s+href)\b[^>]*>/gi;
const MD_SIGNALS = [
  /^#{1,6} \S/m,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /^\s*[-*+] \S/m,
  /\*\*[^*\n]+\*\*/,
  /^> /m,
  /^```/m,
];

/** Which text format a decoded text file is: the content decides, the extension breaks ties. */
export function textFormatOf(text: string, key: string): Extract<SourceFormat, 'txt' | 'md' | 'html'> {
  const ext = extensionOf(key);
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  if (tags >= 3 || (tags >= 1 && (ext === 'html' || ext === 'htm'))) return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  const signals = MD_SIGNALS.filter((re) => re.test(head)).length;
  return signals >= 2 || /^# \S/.test(head.trimStart()) ? 'md' : 'txt';
}

export { extensionOf };
