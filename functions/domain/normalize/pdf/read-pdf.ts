import { RejectedInputError } from '../contract.js';
import { MAX_PDF_PAGES, MAX_PDF_READ_MS, MAX_PDF_TEXT_ITEMS, MAX_TEXT_CHARS } from '../limits.js';
import { dropRunningLines, headlineOf, linesToText, type PdfLine, toLines } from './pdf-lines.js';
import { assertPdfStreamsWithin } from './pdf-streams.js';

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
  if (error instanceof RejectedInputError) return error;
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

const tooLarge = (why: string): RejectedInputError => new RejectedInputError('too-large', why);
const count = (n: number): string => n.toLocaleString('en');

/** What one PDF may still take: its text items and characters are counted as pdf.js hands them over. */
export class ReadBudget {
  private items = 0;
  private chars = 0;
  private readonly deadline: number;

  constructor(private readonly ms = MAX_PDF_READ_MS) {
    this.deadline = Date.now() + ms;
  }

  take(items: readonly unknown[]): void {
    this.items += items.length;
    for (const item of items) this.chars += (item as { str?: string }).str?.length ?? 0;
    if (this.items > MAX_PDF_TEXT_ITEMS)
      throw tooLarge(
        `The PDF's text layer has over ${count(MAX_PDF_TEXT_ITEMS)} text runs; no article needs as many.`,
      );
    if (this.chars > MAX_TEXT_CHARS)
      throw tooLarge(
        `The PDF's text layer holds over ${count(MAX_TEXT_CHARS)} characters, more than a news article could need; split the file.`,
      );
  }

  /** The promise, or a refusal once the PDF has taken its time: pdf.js yields often, so the timer gets to run. */
  within<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(tooLarge(`The PDF took over ${this.ms / 1000} s to read; it is not an ordinary article.`)),
        Math.max(0, this.deadline - Date.now()),
      );
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/**
 * One page's text items, streamed so that the caps apply while pdf.js is still producing them: a page whose
 * one line holds megabytes of runs is refused after a million characters, not after all of them are in memory.
 */
async function pageItems(page: PdfPage, budget: ReadBudget): Promise<unknown[]> {
  const reader = page.streamTextContent().getReader();
  const items: unknown[] = [];
  // A cap that cuts the stream short just stops reading: the document's destroy() below then ends pdf.js's
  // work on it (cancelling the stream first left that destroy() waiting forever).
  for (;;) {
    const chunk = await budget.within(reader.read());
    if (chunk.done) return items;
    budget.take(chunk.value.items);
    for (const item of chunk.value.items) items.push(item);
  }
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
  const budget = new ReadBudget();
  let refused = false;
  try {
    const doc = await budget.within(task.promise);
    const pages: PdfLine[][] = [];
    // Pages past the cap are not read: a news article is at the start of a long file, so it still gets in.
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n += 1) {
      const page = await budget.within(doc.getPage(n));
      pages.push(toLines(await pageItems(page, budget)));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    refused = true;
    throw rejectionFor(error);
  } finally {
    // After a cap cut pdf.js short, its destroy() settles only once its abandoned work unwinds (in a bare
    // process, never: nothing is left to wake it). The refusal does not wait for it; the work is dropped.
    const destroyed = task.destroy();
    if (refused) destroyed.catch(() => undefined);
    else await destroyed;
  }
}

/** The text layer of a PDF, lines in reading order, paragraphs at wide vertical gaps. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  assertComplete(bytes);
  assertPdfStreamsWithin(bytes);
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
