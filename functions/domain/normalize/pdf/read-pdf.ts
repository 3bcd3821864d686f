import { RejectedInputError } from '../contract.js';
import { MAX_PDF_PAGES } from '../limits.js';
import { dropRunningLines, headlineOf, linesToText, type PdfLine, toLines } from './pdf-lines.js';

export interface PdfText {
  text: string;
  title: string | null;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js is large (≈0.5 MB minified, plus its worker): it is imported on the first PDF only, so text,
 * HTML and Word files never pay for it. The worker module is loaded into this process, as Lambda
 * has no web workers; pdf.js picks it up from globalThis.pdfjsWorker.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    lib.GlobalWorkerOptions.workerSrc ||= 'pdf.worker.mjs';
    return lib;
  })();
  return pdfjs;
}

/** A PDF whose end marker is missing was cut off in transfer: pdf.js would guess, we refuse. */
function assertComplete(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF')) {
    throw new RejectedInputError('corrupt', 'The PDF is truncated (no end-of-file marker); upload it again.');
  }
}

function rejectionFor(error: unknown): RejectedInputError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new RejectedInputError(
      'encrypted',
      'The PDF is password-protected; upload a copy without a password.',
    );
  }
  const why = error instanceof Error ? error.message : String(error);
  return new RejectedInputError('corrupt', `The PDF could not be read (${why}).`);
}

async function pageLines(lib: PdfJs, bytes: Uint8Array): Promise<PdfLine[][]> {
  // pdf.js takes ownership of the buffer and refuses Node Buffers: hand it a plain Uint8Array copy.
  const data = new Uint8Array(bytes);
  const task = lib.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n += 1) {
      const page = await doc.getPage(n);
      pages.push(toLines((await page.getTextContent()).items));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    throw rejectionFor(error);
  } finally {
    await task.destroy();
  }
}

/** The text layer of a PDF, lines in reading order, paragraphs at wide vertical gaps. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  assertComplete(bytes);
  const pages = dropRunningLines(await pageLines(await loadPdfJs(), bytes));
  const headline = headlineOf(pages[0] ?? []);
  if (headline) pages[0] = (pages[0] ?? []).filter((l) => l !== headline);
  const text = pages.map(linesToText).join('\n');
  if (text.trim() === '' && !headline) {
    throw new RejectedInputError(
      'no-text',
      'The PDF has no text layer (a scan?); upload a PDF with selectable text.',
    );
  }
  return { text, title: headline?.text.trim() ?? null };
}
