/**
 * Text from outside (file names, object keys, subscriber names and addresses) made safe to print on an
 * operator's terminal or in a log line: characters that move the cursor, recolour or clear the screen
 * (C0/C1 controls, ESC, DEL), reorder what is shown (bidi controls) or hide themselves (zero-width and
 * other invisible characters) become visible escapes such as `\x1b` or `\u202e`. Every letter stays as it
 * is, Azerbaijani (ə ğ ı ö ü ç ş) and Cyrillic included, so a name reads the same as before.
 * A backslash is left alone: the escapes are for reading, not for parsing back.
 */
const UNPRINTABLE: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls: ESC starts terminal sequences, CR/LF forge new lines
  [0x007f, 0x009f], // DEL and the C1 controls (U+0085 NEL, U+009B CSI)
  [0x00ad, 0x00ad], // soft hyphen: invisible
  [0x061c, 0x061c], // Arabic letter mark (bidi)
  [0x180e, 0x180e], // Mongolian vowel separator: invisible
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; LRM, RLM
  [0x2028, 0x202e], // line and paragraph separators; bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates, deprecated format characters
  [0xd800, 0xdfff], // a lone surrogate half (a valid pair never reaches here as one code point)
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xfff9, 0xfffb], // interlinear annotation controls
];

export function isUnprintable(codePoint: number): boolean {
  return UNPRINTABLE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

const visibleEscape = (codePoint: number) =>
  codePoint <= 0xff
    ? `\\x${codePoint.toString(16).padStart(2, '0')}`
    : `\\u${codePoint.toString(16).padStart(4, '0')}`;

/** The text with every unprintable character as a visible escape (`\x1b[31m` for ESC[31m). */
export function printable(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isUnprintable(codePoint) ? visibleEscape(codePoint) : char;
  }
  return out;
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 controls but leaves C1, bidi and invisible characters raw;
 * they become \uXXXX escapes here, which JSON readers turn back into the same text (nothing is lost).
 */
export function printableJson(value: unknown, indent?: number): string {
  let out = '';
  for (const char of JSON.stringify(value, null, indent)) {
    const codePoint = char.codePointAt(0) ?? 0;
    // Below U+0020 only the indentation's line breaks remain (JSON.stringify escaped those inside strings).
    out +=
      codePoint >= 0x7f && isUnprintable(codePoint) ? `\\u${codePoint.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}

/** Several lines at once: each line escaped, the line breaks between them kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}
