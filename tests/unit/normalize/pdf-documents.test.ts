import { describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../functions/domain/normalize/contract.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { artifactsIn, hasCleanParagraphs } from './artifacts.js';

const rejection = async (bytes: Uint8Array, key: string): Promise<RejectedInputError> => {
  const error = await normalizeDocument(bytes, key).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RejectedInputError);
  return error as RejectedInputError;
};

const pages = [
  [
    'Ministry of Science and Education',
    'On 20 May, Azerbaijan and Uzbekistan agreed to open a joint centre for',
    'teacher training in Tashkent. The centre will offer short co-',
    'operation courses for school principals from both countries.',
    '',
    'The two ministers also discussed a common olympiad in mathematics',
    'and informatics for secondary school students.',
    'Page 1 of 2',
  ],
  [
    'Ministry of Science and Education',
    'Tərəflər 2025-ci ildə Daşkənddə birgə yay məktəbi təşkil etməyi razılaş-',
    'dırıblar. Проект финансируется министерствами обеих стран.',
    'Page 2 of 2',
  ],
];

describe('PDF documents', () => {
  it('reads the text layer: headline, paragraphs by vertical gaps, hyphenation, running lines dropped', async () => {
    const doc = await normalizeDocument(
      makePdf(pages, { headline: 'Joint teacher training centre' }),
      'uz.pdf',
    );
    expect(doc).toMatchObject({ format: 'pdf', title: 'Joint teacher training centre', dateHint: null });
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(hasCleanParagraphs(doc.text)).toBe(true);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'On 20 May, Azerbaijan and Uzbekistan agreed to open a joint centre for teacher training in Tashkent. ' +
        'The centre will offer short cooperation courses for school principals from both countries.',
    );
    expect(paragraphs[1]).toMatch(/^The two ministers also discussed a common olympiad/);
    expect(doc.text).toContain(
      'yay məktəbi təşkil etməyi razılaşdırıblar. Проект финансируется министерствами',
    );
    expect(doc.text).not.toMatch(/Page \d|Ministry of Science and Education/);
  });

  it('undoubles text drawn twice (fake bold), line by line', async () => {
    const doc = await normalizeDocument(makePdf(pages, { doubled: true }), 'bold.pdf');
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(doc.text).toContain('short cooperation courses for school principals from both countries.');
    expect(doc.text.match(/olympiad/g)).toHaveLength(1);
  });

  it('is detected by content whatever the name, and read from a Node Buffer too', async () => {
    expect((await normalizeDocument(makePdf(pages), 'scan-upload.bin')).format).toBe('pdf');
    const fromBuffer = await normalizeDocument(Buffer.from(makePdf(pages)), 'uz.pdf');
    expect(fromBuffer.text).toContain('joint centre for teacher training in Tashkent');
  });

  it('refuses encrypted, truncated, textless and damaged PDFs with their own codes', async () => {
    expect((await rejection(makePdf(pages, { userPassword: 'secret' }), 'locked.pdf')).code).toBe(
      'encrypted',
    );
    const whole = makePdf(pages);
    expect((await rejection(whole.subarray(0, Math.floor(whole.length * 0.6)), 'cut.pdf')).code).toBe(
      'corrupt',
    );
    expect((await rejection(makePdf(pages, { textless: true }), 'scan.pdf')).code).toBe('no-text');
    const junk = new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n');
    expect((await rejection(junk, 'junk.pdf')).code).toBe('corrupt');
  });

  it('refuses a file named .pdf that has no PDF header', async () => {
    const error = await rejection(new TextEncoder().encode('Just some text in a mislabelled file.'), 'a.pdf');
    expect(error.code).toBe('corrupt');
  });
});
