import { describe, expect, it } from 'vitest';
import {
  MAX_DOCX_ELEMENTS,
  MAX_HTML_ELEMENTS,
  MAX_TEXT_CHARS,
  MAX_TEXT_LINES,
} from '../../../functions/domain/normalize/limits.js';
import { markdownToText } from '../../../functions/domain/normalize/markdown.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { ReadBudget } from '../../../functions/domain/normalize/pdf/read-pdf.js';
import { toParagraphs } from '../../../functions/domain/normalize/text/paragraphs.js';
import { removeSquares } from '../../../functions/domain/normalize/text/squares.js';
import { hostileDocx, nearCopies, pdfWithContent } from '../../helpers/hostile-files.js';
import { docxParts } from '../../helpers/make-docx.js';
import { makeZip } from '../../helpers/make-zip.js';

// Issue 16: caps on what a file may make the readers hold (elements, characters, lines), each refused with a
// reason the operator can act on; and the shapes that were quadratic or exponential, answered whole.

const refusal = async (bytes: Uint8Array | string, key: string) => {
  try {
    await normalizeDocument(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, key);
    return null;
  } catch (error) {
    return error as { code?: string; message: string };
  }
};
const LEAD = 'Azerbaijan and Georgia signed a memorandum on joint degrees at the university in Baku.';

describe('text caps', () => {
  it('refuses text longer than any article, saying how long it is', async () => {
    const error = await refusal(
      `${LEAD} `.repeat(Math.ceil(MAX_TEXT_CHARS / LEAD.length) + 1),
      'inbox/long.txt',
    );
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/characters long, over the 1,000,000/u);
  });

  it('refuses text of more lines than any article, within the character cap', async () => {
    const error = await refusal(`${LEAD}\n\n${'a\n'.repeat(MAX_TEXT_LINES + 1)}`, 'inbox/lines.txt');
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/over 100,000 lines/u);
  });

  it('reads a long article under the caps', async () => {
    // Distinct paragraphs (a recurring one would be dropped as a running header): 180 KB of article.
    const letters = (i: number) => i.toString(36).replace(/\d/gu, (d) => 'abcdefghij'.charAt(Number(d)));
    const text = Array.from({ length: 2000 }, (_, i) => `${LEAD} Topic ${letters(i)}.`).join('\n\n');
    const doc = await normalizeDocument(new TextEncoder().encode(text), 'inbox/ok.txt');
    expect(doc.text).toContain('joint degrees');
  });

  it('joins a block of 200,000 wrapped lines into one paragraph (linear: the growing paragraph is not re-read)', () => {
    const [paragraph] = toParagraphs([Array.from({ length: 200_000 }, () => 'a')], new Set());
    expect(paragraph?.length).toBe(200_000 * 2 - 1);
  });
});

describe('the doubled-run repair has a work budget', () => {
  it('keeps a million characters of near-copies as they are (a candidate at every position, none doubled)', () => {
    const text = nearCopies(990_000);
    expect(removeSquares(text)).toBe(text);
  });

  it('still removes a doubled run', () => {
    const run = 'The rectors agreed on joint degrees in Baku. ';
    expect(removeSquares(`Intro. ${run}${run}End.`)).toBe(`Intro. ${run}End.`);
  });
});

describe('HTML caps', () => {
  it('refuses a page of more elements than a news page has', async () => {
    const error = await refusal(
      `<html><body>${'<b>a</b>'.repeat(MAX_HTML_ELEMENTS + 1)}</body></html>`,
      'inbox/many.html',
    );
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/HTML elements/u);
  });

  it('reads text nested 150,000 elements deep (nesting costs what as many flat elements do)', async () => {
    const html = `<html><body>${'<div>'.repeat(150_000)}<p>${LEAD}</p>${'</div>'.repeat(150_000)}</body></html>`;
    const doc = await normalizeDocument(new TextEncoder().encode(html), 'inbox/deep.html');
    expect(doc.text).toBe(LEAD);
  });
});

describe('Word caps', () => {
  it('refuses a document of more XML elements than an article needs, even under the byte caps', async () => {
    const runs = '<w:r><w:t>a</w:t></w:r>'.repeat(Math.ceil(MAX_DOCX_ELEMENTS / 2) + 1);
    const parts = docxParts(['x']).map((p) =>
      p.name === 'word/document.xml'
        ? { ...p, data: `<w:document><w:body><w:p>${runs}</w:p></w:body></w:document>` }
        : p,
    );
    const error = await refusal(makeZip(parts), 'inbox/runs.docx');
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/XML elements/u);
  });

  it('caps every XML part, not only the document: a styles part past the cap is refused', async () => {
    const styles = `<w:styles>${'<w:style w:styleId="S"/>'.repeat(400_000)}</w:styles>`;
    const parts = docxParts(['x']).map((p) => (p.name === 'word/styles.xml' ? { ...p, data: styles } : p));
    const error = await refusal(makeZip(parts), 'inbox/styles.docx');
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/styles\.xml/u);
  });
});

describe('Word parts are not trusted by their name', () => {
  it('counts an image part while inflating too: relationships may point the Word reader at any part', async () => {
    const bomb = hostileDocx('word/media/image1.png', '', '<w:p/>', 200 * 1024 * 1024, '', 2_000);
    const error = await refusal(bomb, 'inbox/media-bomb.docx');
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/word\/media\/image1\.png unpacks past the limit/u);
  });

  it('counts the elements of XML under any name', async () => {
    const runs = '<w:r><w:t>a</w:t></w:r>';
    const hidden = hostileDocx(
      'word/media/data.bin',
      '<w:p>',
      runs,
      (MAX_DOCX_ELEMENTS / 2 + 10) * runs.length,
      '</w:p>',
    );
    const error = await refusal(hidden, 'inbox/hidden-xml.docx');
    expect(error?.message).toMatch(/XML elements \(at word\/media\/data\.bin\)/u);
  });
});

describe('PDF caps', () => {
  it('reads an ordinary PDF whose page content is deflated (the stream scan lets it through)', async () => {
    const pdf = pdfWithContent('BT /F1 12 Tf 56 700 Td ', `(${LEAD}) Tj `, 1, 'ET');
    const doc = await normalizeDocument(pdf, 'inbox/flate.pdf');
    expect(doc.text).toBe(LEAD);
  });

  it('refuses a text layer of more characters than an article, counted while pdf.js streams it', async () => {
    // 2.3 MB of content, under the stream cap: 50,000 runs of 60 characters, each drawn back at the line start.
    const run = `(${'abcdefghij'.repeat(6)}) Tj 0 0 Td `;
    const error = await refusal(
      pdfWithContent('BT /F1 10 Tf 20 700 Td ', run, 50_000 * run.length, 'ET'),
      'inbox/chars.pdf',
    );
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/over 1,000,000 characters/u);
  });

  it('refuses a PDF that takes longer than its time to read', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(new ReadBudget(20).within(never)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(/took over 0.02 s/u),
    });
  });
});

describe('Markdown without backtracking traps', () => {
  it('reads an unclosed front matter of lines that fit two patterns (was exponential in their number)', () => {
    const { text } = markdownToText(`---\n${'-a: b\n'.repeat(40)}${LEAD}\n`);
    expect(text).toContain(LEAD);
  });

  it('still drops a real front matter and keeps the title', () => {
    const out = markdownToText(`---\ntitle: x\ntags:\n  - a\n---\n# Title\n\n${LEAD}\n`);
    expect(out.title).toBe('Title');
    expect(out.text.trim()).toBe(LEAD);
  });

  it('reads a long line of unclosed emphasis and link markers, keeping the markers it cannot pair', () => {
    const line = '**word _word ~~word [a <b '.repeat(20_000);
    const { text } = markdownToText(`# T\n\n${line}\n**bold** and [link](http://x)\n`);
    expect(text).toContain('**word _word');
    expect(text).toContain('bold and link');
  });
});
