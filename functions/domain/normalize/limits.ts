/** Largest file accepted, in bytes: news articles are far smaller; anything bigger is a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Largest total uncompressed size of a .docx's parts: refuses zip bombs before inflating anything. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;

/** Largest number of entries in a .docx zip; Word files have a few dozen. */
export const MAX_ZIP_ENTRIES = 2000;

/** Largest number of PDF pages read: a news article has a handful. */
export const MAX_PDF_PAGES = 60;

/**
 * Largest XML part of a .docx once inflated (word/document.xml, styles, numbering, ...): a long article's text
 * layer is well under 1 MiB.
 */
export const MAX_DOCUMENT_XML_BYTES = 8 * 1024 * 1024;

/**
 * Most XML elements in all of a .docx's XML parts together. The Word reader (mammoth) builds a tree of them:
 * 200,000 took 320 MB and 3.4 s, 400,000 over 512 MB (tests/helpers/hostile-files.ts). A rich article has a
 * few thousand (a paragraph of five formatted runs is about 40).
 */
export const MAX_DOCX_ELEMENTS = 100_000;

/** Most paragraphs read from a .docx: an article has dozens, a hostile file millions. */
export const MAX_DOCX_PARAGRAPHS = 20_000;

/**
 * Most characters of text read from any file, before repairs: a long news article has 20,000, a long report
 * 200,000. The text repairs take about 2 s per million characters of the worst shape (half a million lines).
 */
export const MAX_TEXT_CHARS = 1_000_000;

/** Most lines of text read from any file: a 60-page PDF has about 3,000. */
export const MAX_TEXT_LINES = 100_000;

/** Most elements in a web page: a heavy news page has 5,000-30,000; each costs the HTML reader a token. */
export const MAX_HTML_ELEMENTS = 200_000;

/** Most text items (runs) pdf.js may hand over for all pages together: a dense page has 500-2,000. */
export const MAX_PDF_TEXT_ITEMS = 100_000;

/**
 * Longest a PDF's text layer may take to read. The caps above stop hostile text layers; this is the backstop
 * for content streams that make no text at all (millions of drawing operations) and so reach no cap.
 */
export const MAX_PDF_READ_MS = 4_000;

/**
 * Most bytes a PDF's deflated streams (pages, forms, object streams; not images or fonts) may inflate to, all
 * together: a dense text page is 20-100 KB of operators, a page with a map a few MB. pdf.js reads operators at
 * 2-3 MB/s on a shared core, so this also bounds its time.
 */
export const MAX_PDF_STREAM_BYTES = 8 * 1024 * 1024;
