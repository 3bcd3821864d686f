/** Largest file accepted, in bytes: news articles are far smaller; anything bigger is a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Largest total uncompressed size of a .docx's parts: refuses zip bombs before inflating anything. */
export const MAX_UNZIPPED_BYTES = 60 * 1024 * 1024;

/** Largest number of entries in a .docx zip; Word files have a few dozen. */
export const MAX_ZIP_ENTRIES = 2000;

/** Largest number of PDF pages read: a news article has a handful. */
export const MAX_PDF_PAGES = 60;

/** Largest word/document.xml once inflated: a long article's text layer is well under 1 MiB. */
export const MAX_DOCUMENT_XML_BYTES = 8 * 1024 * 1024;

/** Most paragraphs read from a .docx: an article has dozens, a hostile file millions. */
export const MAX_DOCX_PARAGRAPHS = 20_000;
