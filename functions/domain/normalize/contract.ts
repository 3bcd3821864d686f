import type { SourceFormat } from '../article/article.js';
import { BulletinError } from '../errors.js';

/** A file turned into clean text, before any metadata is read from it. */
export interface NormalizedDocument {
  /** Detected from the content (magic bytes, markup), the extension being only a hint. */
  format: SourceFormat;
  /** NFC text, artifacts repaired, paragraphs separated by one blank line, no page chrome. */
  text: string;
  /** The document's own headline (HTML <h1>/<title>, Markdown '# ', DOCX heading), when it has one. */
  title: string | null;
  /** A date the markup states (HTML <time datetime>, article:published_time meta), YYYY-MM-DD. */
  dateHint: string | null;
}

/** Why a file is refused. Stable codes: they are stored with the SOURCE record and shown by `bulletin status`. */
export type RejectionCode =
  | 'empty'
  | 'too-large'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'no-text'
  | 'unsupported-language'
  | 'invalid-encoding';

/** Thrown by the pure domain for input that can never become an article (retrying will not help). */
export class RejectedInputError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'RejectedInputError';
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }
}

export type NormalizeDocument = (bytes: Uint8Array, key: string) => Promise<NormalizedDocument>;
