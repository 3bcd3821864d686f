import { RejectedInputError } from './contract.js';
import { type HtmlText, htmlToText } from './html/html-document.js';
import { assertSafeToInflate, readZipDirectory } from './zip-directory.js';
import { assertDocxInflatesWithin } from './zip-inflate.js';

// Word's own "Title" style is the document's headline; mammoth maps only headings by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];
type Mammoth = typeof import('mammoth');
let mammothModule: Promise<Mammoth> | null = null;

/**
 * mammoth and its XML/zip dependencies weigh ~330 KB minified: loaded on the first Word file only,
 * so the Lambda bundle can keep it external (see docs) and text files never pay for it.
 */
function loadMammoth(): Promise<Mammoth> {
  mammothModule ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth);
  return mammothModule;
}

/** Checks that a zip is a Word document and safe to unpack; throws RejectedInputError otherwise. */
export function assertReadableDocx(bytes: Uint8Array): void {
  const entries = readZipDirectory(bytes);
  if (entries.some((e) => e.encrypted)) {
    throw new RejectedInputError('encrypted', 'The archive is password-protected.');
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    const kind = entries.some((e) => e.name === 'xl/workbook.xml')
      ? 'an Excel workbook'
      : entries.some((e) => e.name === 'ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : 'a ZIP archive';
    throw new RejectedInputError('unsupported-format', `The file is ${kind}, not a Word document (.docx).`);
  }
  assertSafeToInflate(entries);
  assertDocxInflatesWithin(bytes, entries);
}

/** A .docx to HTML (through mammoth) and then to text with the same reader as web pages. */
export async function readDocx(bytes: Uint8Array): Promise<HtmlText> {
  assertReadableDocx(bytes);
  const mammoth = await loadMammoth();
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Images would be inlined as base64 data: costly and useless for text.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    const result = await mammoth.convertToHtml(
      { buffer },
      { styleMap: STYLE_MAP, convertImage, ignoreEmptyParagraphs: true, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RejectedInputError('corrupt', `The Word document could not be read (${why}).`);
  }
  // Word files carry no publication date in their text layer that we trust; the body may state one.
  return { ...htmlToText(html), dateHint: null };
}

// Password-protected .docx files are stored inside an OLE container with an "EncryptionInfo" stream.
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (
    let i = haystack.indexOf(first ?? 0);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first ?? 0, i + 1)
  ) {
    if (needle.every((b, j) => haystack[i + j] === b)) return true;
  }
  return false;
}

/** An OLE compound file is either an encrypted .docx or a legacy .doc: both are refused, with the reason. */
export function rejectOle(bytes: Uint8Array): never {
  if (contains(bytes, ENCRYPTION_INFO)) {
    throw new RejectedInputError(
      'encrypted',
      'The Word document is password-protected; save it without a password.',
    );
  }
  throw new RejectedInputError(
    'unsupported-format',
    'The file is an old-format Word (.doc) or other Office 97-2003 file; save it as .docx.',
  );
}
