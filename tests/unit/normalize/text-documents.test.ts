import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { artifactsIn, fixture, hasCleanParagraphs } from './artifacts.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('normalizeDocument on plain text', () => {
  it('repairs a PDF-style extract: doubled lines, split words, hard wraps, page numbers', async () => {
    const doc = await normalizeDocument(fixture('en-pdf-extract.txt'), 'inbox/tartu.txt');
    expect(doc.format).toBe('txt');
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(hasCleanParagraphs(doc.text)).toBe(true);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe('Baku, 12 February.');
    expect(paragraphs[1]).toBe(
      "On 11 February, Azerbaijan's Ministry of Science and Education and the University of Tartu signed a " +
        'memorandum on joint doctoral supervision and the exchange of young researchers.',
    );
    expect(doc.text).toContain('foresees cooperation between');
    expect(doc.text).toContain('computational linguistics');
    expect(doc.text).toContain('Azerbaijan-Estonia summer schools');
    expect(doc.text).toContain('the well-known Estonian model');
    expect(doc.text).not.toMatch(/Page \d/);
    expect(doc.text.match(/Twelve Azerbaijani/g)).toHaveLength(1);
  });

  it('cleans Azerbaijani web copy: separators, share bar, doubled "və", page and cookie lines', async () => {
    const doc = await normalizeDocument(fixture('az-web-copy.txt'), 'inbox/gurcustan.txt');
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(doc.text).not.toMatch(/Paylaş|Çap et|Səhifə|kuki/);
    expect(doc.text).toContain('tələbə mübadiləsi və birgə tədqiqat');
    expect(doc.text.split('\n\n')).toHaveLength(4);
    expect(doc.text.startsWith('Fevralın 18-də Elm və Təhsil Nazirliyində')).toBe(true);
  });

  it('joins Russian hard wraps, rejoins split words and keeps adjective compounds', async () => {
    const doc = await normalizeDocument(fixture('ru-hard-wrapped.txt'), 'inbox/kazan.txt');
    expect(artifactsIn(doc.text)).toEqual([]);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('перспективы сотрудничества в области');
    expect(paragraphs[0]).toContain('научно-технического обмена');
    expect(paragraphs[1]).toContain('предусматривающий открытие совместной');
    expect(paragraphs[1]).toContain('будут работать на постоянной основе');
    expect(doc.text).not.toContain('Страница');
  });

  it('normalises Unicode: CRLF, NFC, nbsp, zero-width and soft hyphens', async () => {
    const decomposed = 'Gəncə'.normalize('NFD');
    const raw = `\uFEFFThe\u00A0rector of ${decomposed} State Univer\u00ADsity\u200B met\tthe delegation.\r\n\r\nSecond paragraph.\r\n`;
    const doc = await normalizeDocument(utf8(raw), 'a.txt');
    expect(doc.text).toBe('The rector of Gəncə State University met the delegation.\n\nSecond paragraph.');
    expect(doc.text.normalize('NFC')).toBe(doc.text);
  });

  it('keeps single-line paragraphs of unwrapped web text apart', async () => {
    const first =
      'The ministry announced a new scholarship programme for engineering students. It covers tuition and ' +
      'housing for two years. Partner universities in Korea and Japan will host the first group.';
    const second = 'Applications are accepted until the end of April through the online portal.';
    const doc = await normalizeDocument(utf8(`${first.trim()}\n${second}\n`), 'b.txt');
    expect(doc.text.split('\n\n')).toEqual([first.trim(), second]);
  });

  it('removes a whole paragraph printed twice and a running header', async () => {
    const para = 'Azerbaijan and Hungary agreed to extend the Stipendium Hungaricum quota for 2025.';
    const header = 'Ministry of Science and Education | Press service';
    const raw = [header, '', para, para, '', header, '', 'The quota rises to 200 places.', '', header].join(
      '\n',
    );
    const doc = await normalizeDocument(utf8(raw), 'c.txt');
    expect(doc.text).toBe(`${para}\n\nThe quota rises to 200 places.`);
  });

  it('treats .txt content that is Markdown as Markdown', async () => {
    const doc = await normalizeDocument(
      utf8('# Title here\n\nBody with **bold** and a [link](https://x.az).'),
      'n.txt',
    );
    expect(doc).toMatchObject({ format: 'md', title: 'Title here', text: 'Body with bold and a link.' });
  });
});
