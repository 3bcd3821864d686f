import { RejectedInputError } from './contract.js';
import { MAX_TEXT_CHARS, MAX_TEXT_LINES } from './limits.js';

const count = (n: number): string => n.toLocaleString('en');

/**
 * Refuses text longer than any article, before the repairs run over it. Refused rather than cut: a cut text
 * is not the author's article, and it would reach the bulletin looking whole; the recorded reason tells the
 * operator to split the file.
 */
export function assertTextWithin(text: string): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new RejectedInputError(
      'too-large',
      `The text is ${count(text.length)} characters long, over the ${count(MAX_TEXT_CHARS)} a news article could need; split the file.`,
    );
  }
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines += 1;
    if (lines > MAX_TEXT_LINES) {
      throw new RejectedInputError(
        'too-large',
        `The text has over ${count(MAX_TEXT_LINES)} lines, more than a news article could need; split the file.`,
      );
    }
  }
}
