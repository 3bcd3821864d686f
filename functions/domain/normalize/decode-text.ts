import { RejectedInputError } from './contract.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1254';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** BOM-marked encodings, checked first because a BOM is the one explicit statement a file makes. */
function byBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: utf8Lossy.decode(bytes), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  return null;
}

/** UTF-16 without a BOM: ASCII-range text then has a zero byte in every other position. */
function byZeroPattern(bytes: Uint8Array): DecodedText | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const half = n / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  return null;
}

/**
 * UTF-8 that is valid, or valid but for a few damaged bytes (a truncated character): real legacy text
 * almost never forms valid multi-byte UTF-8 sequences, so many good ones outvote a few bad ones.
 */
function byUtf8(bytes: Uint8Array): DecodedText | null {
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = utf8Lossy.decode(bytes);
    let bad = 0;
    let good = 0;
    for (const ch of text) {
      if (ch === '\uFFFD') bad += 1;
      else if (ch.charCodeAt(0) > 0x7f) good += 1;
    }
    return good >= 3 * bad && good >= 8 ? { text: text.replaceAll('\uFFFD', ''), encoding: 'utf-8' } : null;
  }
}

// A plausible word is in one script and has a sane case pattern: lower, Capitalised or UPPER.
const CASE_OK = /^(\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const RU_VOWEL = /[аеёиоуыэюяАЕЁИОУЫЭЮЯ]/u;
const AZ_TR_EXTRA = /[çğıöşüəâîûäÇĞİÖŞÜƏÂÎÛÄ]/u;

/** Share (0..1) of the non-ASCII words in `text` that look like real words of the expected script. */
export function plausibility(text: string, script: 'cyrillic' | 'latin'): number {
  let words = 0;
  let plausible = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (/^[A-Za-z]+$/.test(w)) continue;
    words += 1;
    if (!CASE_OK.test(w)) continue;
    if (script === 'cyrillic') {
      if (CYRILLIC_WORD.test(w) && (w.length < 4 || RU_VOWEL.test(w))) plausible += 1;
    } else {
      const ascii = w.replace(/[^A-Za-z]/g, '').length;
      const extra = [...w].filter((ch) => AZ_TR_EXTRA.test(ch)).length;
      if (ascii + extra === w.length && ascii >= extra) plausible += 1;
    }
  }
  return words === 0 ? 0 : plausible / words;
}

// Node's own decoders (full ICU, as on Lambda) cover both code pages: no 500 KB of iconv tables in the bundle.
const legacy = (encoding: 'windows-1251' | 'windows-1254', bytes: Uint8Array): string =>
  new TextDecoder(encoding).decode(bytes);

// What an HTML page or XML prolog says about itself, read from the first bytes as ASCII.
const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w-]+)|encoding\s*=\s*["']([\w-]+)/i;
const LEGACY_NAMES: Record<string, 'windows-1251' | 'windows-1254'> = {
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'windows-1254': 'windows-1254',
  cp1254: 'windows-1254',
  'iso-8859-9': 'windows-1254',
};

/** The legacy charset a page declares, trusted only once the bytes turned out not to be UTF-8. */
function byDeclaration(bytes: Uint8Array): DecodedText | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const name = DECLARED.exec(head)?.slice(1).find(Boolean)?.toLowerCase();
  const encoding = name ? LEGACY_NAMES[name] : undefined;
  return encoding ? { text: legacy(encoding, bytes), encoding } : null;
}

/** Windows-1251 (Cyrillic) or Windows-1254 (Turkish, used for Azerbaijani Latin), whichever reads as words. */
function byLegacy(bytes: Uint8Array): DecodedText | null {
  const cyrillic = legacy('windows-1251', bytes);
  const latin = legacy('windows-1254', bytes);
  const c = plausibility(cyrillic, 'cyrillic');
  const l = plausibility(latin, 'latin');
  const best = Math.max(c, l);
  if (best < 0.75) return null;
  return c >= l ? { text: cyrillic, encoding: 'windows-1251' } : { text: latin, encoding: 'windows-1254' };
}

/** Bytes of a text file to a string, the encoding decided by BOM, validity and plausibility. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded =
    byBom(bytes) ?? byZeroPattern(bytes) ?? byUtf8(bytes) ?? byDeclaration(bytes) ?? byLegacy(bytes);
  if (!decoded) {
    throw new RejectedInputError(
      'invalid-encoding',
      'The text is neither valid UTF-8 nor readable as Windows-1251 (Cyrillic) or Windows-1254 (Turkish/Azerbaijani).',
    );
  }
  return { ...decoded, text: decoded.text.replace(/^\uFEFF/, '') };
}
