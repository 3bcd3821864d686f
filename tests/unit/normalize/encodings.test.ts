import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../functions/domain/normalize/contract.js';
import { decodeText } from '../../../functions/domain/normalize/decode-text.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { fixtureText } from './artifacts.js';

const ru = 'Азербайджан и Казахстан подписали 40 меморандумов о сотрудничестве в сфере высшего образования.';
// Windows-1254 has no "ə": files of that era wrote it as "ä", which is what such a file really holds.
const azLegacy =
  'Bakı Dövlät Universiteti ilä Ankara Universiteti arasında tälabä mübadiläsi haqqında saziş imzalanıb.';
const az =
  'Gənc alimlər üçün Türkiyə ilə birgə qrant proqramı elan olunub; müraciətlər şənbə gününədək qəbul edilir.';

const bytesOf = (text: string, encoding: string, bom = false): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

describe('text encodings', () => {
  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeText(bytesOf(az, 'utf8', true))).toEqual({ text: az, encoding: 'utf-8' });
    expect(decodeText(bytesOf(az, 'utf8'))).toEqual({ text: az, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with BOM, and LE without one', () => {
    expect(decodeText(bytesOf(az, 'utf16le', true))).toEqual({ text: az, encoding: 'utf-16le' });
    expect(decodeText(bytesOf(ru, 'utf16be', true))).toEqual({ text: ru, encoding: 'utf-16be' });
    expect(decodeText(bytesOf(`Plain ASCII heavy text: ${az}`, 'utf16le'))).toMatchObject({
      encoding: 'utf-16le',
    });
  });

  it('tells Windows-1251 Russian from Windows-1254 Azerbaijani by which reads as words', () => {
    expect(decodeText(bytesOf(ru, 'win1251'))).toEqual({ text: ru, encoding: 'windows-1251' });
    expect(decodeText(bytesOf(azLegacy, 'win1254'))).toEqual({ text: azLegacy, encoding: 'windows-1254' });
    const article = fixtureText('ru-hard-wrapped.txt');
    expect(decodeText(bytesOf(article, 'win1251')).text).toBe(article);
  });

  it('normalizes whole legacy-encoded articles like UTF-8 ones', async () => {
    const article = fixtureText('ru-hard-wrapped.txt').replace(/\n/g, '\r\n');
    const fromLegacy = await normalizeDocument(bytesOf(article, 'win1251'), 'kazan.txt');
    const fromUtf16 = await normalizeDocument(bytesOf(article, 'utf16le', true), 'kazan.txt');
    const fromUtf8 = await normalizeDocument(new TextEncoder().encode(article), 'kazan.txt');
    expect(fromLegacy.text).toBe(fromUtf8.text);
    expect(fromUtf16.text).toBe(fromUtf8.text);
  });

  it('keeps UTF-8 with one damaged character instead of guessing a legacy encoding', () => {
    const good = new TextEncoder().encode(`${az} ${az}`);
    const damaged = new Uint8Array([...good.subarray(0, 40), 0xc3, ...good.subarray(40)]);
    expect(decodeText(damaged).encoding).toBe('utf-8');
  });

  it("rejects bytes that are neither UTF-8 nor a plausible legacy text as 'invalid-encoding'", async () => {
    // Shift_JIS Japanese: high bytes that decode to gibberish in both Windows code pages.
    const japanese = bytesOf(
      '日本の大学とアゼルバイジャンの大学は協力協定に署名しました。'.repeat(3),
      'shiftjis',
    );
    const error = await normalizeDocument(japanese, 'jp.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedInputError);
    expect((error as RejectedInputError).code).toBe('invalid-encoding');
  });
});
