import type { NormalizeDocument, NormalizedDocument } from './contract.js';
import { RejectedInputError } from './contract.js';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html/html-document.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { markdownToText } from './markdown.js';
import { sniffKind } from './sniff-format.js';
import { cleanText } from './text/clean-text.js';
import { textFormatOf } from './text-formats.js';

function finish(doc: NormalizedDocument): NormalizedDocument {
  if (doc.text.trim() === '') {
    throw new RejectedInputError('no-text', 'The file contains no readable article text.');
  }
  return doc;
}

function normalizeText(bytes: Uint8Array, key: string): NormalizedDocument {
  const { text } = decodeText(bytes);
  if (text.trim() === '')
    throw new RejectedInputError('empty', 'The file is empty or contains only whitespace.');
  const format = textFormatOf(text, key);
  if (format === 'html') {
    const html = htmlToText(text);
    return finish({ format, text: cleanText(html.text), title: cleanTitle(html.title), dateHint: html.dateHint });
  }
  if (format === 'md') {
    const md = markdownToText(text);
    return finish({ format, text: cleanText(md.text), title: cleanTitle(md.title), dateHint: null });
  }
  return finish({ format, text: cleanText(text), title: null, dateHint: null });
}

const cleanTitle = (title: string | null): string | null => {
  const t = title === null ? '' : cleanText(title).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/**
 * Bytes of a dropped file to clean text. The format is read from the content (magic bytes, markup);
 * the key's extension only breaks ties. Throws RejectedInputError for anything that cannot become an article.
 */
export const normalizeDocument: NormalizeDocument = async (bytes, key) => {
  // Whitespace and NUL bytes only (any encoding's BOM aside) carry nothing to read.
  if (bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0)) {
    throw new RejectedInputError('empty', 'The file is empty or contains only whitespace.');
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new RejectedInputError('too-large', `The file is larger than ${MAX_DOCUMENT_BYTES >> 20} MiB.`);
  }
  const kind = sniffKind(bytes);
  switch (kind) {
    case 'text':
      return normalizeText(bytes, key);
    default:
      throw new RejectedInputError('unsupported-format', `Reading ${kind} files is not available yet.`);
  }
};
