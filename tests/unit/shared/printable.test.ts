import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLines } from '../../../functions/shared/printable.js';

const ESC = '\u001b';

describe('printable', () => {
  it('shows an escape sequence in a file name instead of letting it recolour the terminal', () => {
    expect(printable(`inbox/${ESC}[31mred.txt`)).toBe('inbox/\\x1b[31mred.txt');
    expect(printable(`inbox/a${ESC}[2J.pdf`)).not.toContain(ESC);
  });

  it('escapes C0 and C1 controls, DEL, bidi controls and invisible characters', () => {
    expect(printable('a\u0000b\rc\nd\u007fe\u0085f\u009bg')).toBe('a\\x00b\\x0dc\\x0ad\\x7fe\\x85f\\x9bg');
    expect(printable('vic\u200btim@example.org')).toBe('vic\\u200btim@example.org');
    expect(printable('abc\u202efdp.exe')).toBe('abc\\u202efdp.exe');
    expect(printable('\u2066x\u2069 \u200e\u200f \u2028\u2029 \ufeffy')).toBe(
      '\\u2066x\\u2069 \\u200e\\u200f \\u2028\\u2029 \\ufeffy',
    );
  });

  it('keeps Azerbaijani, Cyrillic and other letters exactly as they are', () => {
    const names = ['Əliyev Şəmsi Ağa oğlu', 'Гусейнова Ирина', 'İlham Çələbi Ömər Ünal', 'Zürich — 日本 😀'];
    for (const name of names) expect(printable(name)).toBe(name);
  });

  it('escapes a lone surrogate half but keeps a whole pair', () => {
    expect(printable('a\ud800b')).toBe('a\\ud800b');
    expect(printable('a\ud83d\ude00b')).toBe('a😀b');
  });

  it('keeps the line breaks between lines it escapes', () => {
    expect(printableLines(`one ${ESC}[1m\ntwo\u200b`)).toBe('one \\x1b[1m\ntwo\\u200b');
  });

  it('writes JSON a reader parses back to the same text, with nothing raw on the terminal', () => {
    const value = { key: `inbox/${ESC}[31m\u0085\u202e\u200bAğ.txt` };
    const json = printableJson(value, 2);
    for (const raw of [ESC, '\u0085', '\u202e', '\u200b']) expect(json).not.toContain(raw);
    expect(JSON.parse(json)).toEqual(value);
  });
});
