import { describe, expect, it } from 'vitest';
import { RejectedInputError, type RejectionCode } from '../../../functions/domain/normalize/contract.js';
import { MAX_DOCUMENT_BYTES } from '../../../functions/domain/normalize/limits.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

async function refusal(input: Uint8Array, key: string): Promise<{ code: RejectionCode; message: string }> {
  const error = await normalizeDocument(input, key).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RejectedInputError)) throw new Error(`expected a rejection for ${key}`);
  return { code: error.code, message: error.message };
}

describe('inputs that can never become an article', () => {
  it.each([
    ['empty file', new Uint8Array(0), 'a.txt', 'empty'],
    ['whitespace only', bytes(' \r\n\t \n\n'), 'a.txt', 'empty'],
    ['UTF-8 BOM and spaces', bytes([0xef, 0xbb, 0xbf], '   \n'), 'a.md', 'empty'],
    ['UTF-16 spaces', bytes([0xff, 0xfe, 0x20, 0, 0x0a, 0]), 'a.txt', 'empty'],
    ['only page chrome', bytes('---\n\nShare\nPrint\n\nPage 1 of 1\n'), 'a.txt', 'no-text'],
    [
      'HTML with no visible text',
      bytes('<html><head><title></title><script>x()</script></head><body></body></html>'),
      'a.html',
      'no-text',
    ],
  ] as const)('%s -> %s', async (_name, input, key, code) => {
    expect((await refusal(input, key)).code).toBe(code);
  });

  it.each([
    [
      'PNG image',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'photo.png',
      /PNG image/,
    ],
    [
      'PNG named .txt',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'article.txt',
      /PNG image/,
    ],
    ['ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'run', /ELF/],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a.jpg', /JPEG/],
    ['gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'a.gz', /gzip/],
    [
      'random binary',
      new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)),
      'x.bin',
      /binary/,
    ],
  ] as const)('%s -> unsupported-format with a clear reason', async (_name, input, key, reason) => {
    const { code, message } = await refusal(input, key);
    expect(code).toBe('unsupported-format');
    expect(message).toMatch(reason);
  });

  it('refuses files over the size limit before reading them', async () => {
    expect((await refusal(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), 'big.txt')).code).toBe(
      'too-large',
    );
  });

  it('accepts text that merely starts like a magic number', async () => {
    const doc = await normalizeDocument(
      bytes('MZ University signed a memorandum with Baku State University.'),
      'a.txt',
    );
    expect(doc.text).toBe('MZ University signed a memorandum with Baku State University.');
  });
});
