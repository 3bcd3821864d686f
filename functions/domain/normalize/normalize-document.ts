import type { SourceFormat } from '../article/article.js';
import type { NormalizeDocument } from './contract.js';
import { RejectedInputError } from './contract.js';
import { decodeText } from './decode-text.js';
import { readDocx, rejectOle } from './docx.js';
import { htmlToText } from './html/html-document.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { markdownToText } from './markdown.js';
import { readPdf } from './pdf/read-pdf.js';
import { sniffKind } from './sniff-format.js';
import { cleanText } from './text/clean-text.js';
import { assertTextWithin } from './text-bounds.js';
import { extensionOf, textFormatOf } from './text-formats.js';

/** Text as a reader produced it, before repairs. */
interface Extracted {
  format: SourceFormat;
  text: string;
  title: string | null;
  dateHint: string | null;
}

function readText(bytes: Uint8Array, key: string): Extracted {
  const ext = extensionOf(key);
  if (ext === 'docx' || ext === 'pdf') {
    throw new RejectedInputError(
      'corrupt',
      `The file is named .${ext} but is not a ${ext === 'pdf' ? 'PDF' : 'Word (ZIP)'} file.`,
    );
  }
  const { text } = decodeText(bytes);
  if (text.trim() === '')
    throw new RejectedInputError('empty', 'The file is empty or contains only whitespace.');
  const format = textFormatOf(text, key);
  if (format === 'html') return { format, ...htmlToText(text) };
  // Checked before the Markdown reader too: it works line by line.
  assertTextWithin(text);
  if (format === 'md') return { format, ...markdownToText(text), dateHint: null };
  return { format, text, title: null, dateHint: null };
}

async function extract(bytes: Uint8Array, key: string): Promise<Extracted> {
  switch (sniffKind(bytes)) {
    case 'pdf':
      return { format: 'pdf', ...(await readPdf(bytes)), dateHint: null };
    case 'zip':
      return { format: 'docx', ...(await readDocx(bytes)) };
    case 'ole':
      return rejectOle(bytes);
    case 'text':
      return readText(bytes, key);
  }
}

// A headline is a line: an unclosed <h1> would make the rest of a page its "title".
const MAX_TITLE_CHARS = 1000;

const oneLine = (title: string | null): string | null => {
  const t = title === null ? '' : cleanText(title.slice(0, MAX_TITLE_CHARS)).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/**
 * Bytes of a dropped file to clean text. The format is read from the content (magic bytes, markup);
 * the key's extension only breaks ties. Throws RejectedInputError for anything that cannot become an
 * article. PDFs load pdf.js lazily on first use.
 */
export const normalizeDocument: NormalizeDocument = async (bytes, key) => {
  // Whitespace and NUL bytes only (in any encoding) carry nothing to read.
  if (bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0)) {
    throw new RejectedInputError('empty', 'The file is empty or contains only whitespace.');
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new RejectedInputError('too-large', `The file is larger than ${MAX_DOCUMENT_BYTES >> 20} MiB.`);
  }
  const raw = await extract(bytes, key);
  assertTextWithin(raw.text);
  const text = cleanText(raw.text);
  if (text === '') throw new RejectedInputError('no-text', 'The file contains no readable article text.');
  return { format: raw.format, text, title: oneLine(raw.title), dateHint: raw.dateHint };
};
