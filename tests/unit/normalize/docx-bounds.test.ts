import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { docxParts } from '../../helpers/make-docx.js';
import { makeZip } from '../../helpers/make-zip.js';

// Hostile Word files of our own making: the zip directory lies about a part's size, or the document holds
// far more paragraphs than any article. Both are refused while inflating, before the Word reader sees them.

const refusal = async (bytes: Uint8Array) => {
  try {
    await normalizeDocument(bytes, 'inbox/hostile.docx');
    return null;
  } catch (error) {
    return error as { code?: string; message: string };
  }
};

describe('Word files are bounded while they are inflated', () => {
  it('refuses a document part that unpacks past the cap whatever the directory declares', async () => {
    const parts = docxParts(['Heading']);
    const huge = `<w:document><w:body>${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(300_000)}</w:body></w:document>`;
    const lying = parts.map((p) =>
      p.name === 'word/document.xml' ? { ...p, data: huge, declaredSize: 2_000 } : p,
    );
    const error = await refusal(makeZip(lying));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/unpacks past the limit/u);
  });

  it('refuses a document with more paragraphs than an article could need', async () => {
    const error = await refusal(makeZip(docxParts(Array.from({ length: 25_000 }, (_, i) => `Line ${i}.`))));
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/paragraphs/u);
  });

  it('still reads an ordinary article', async () => {
    const doc = await normalizeDocument(
      makeZip(docxParts(['Minister visits Tbilisi', 'The minister met the rector on Monday.'])),
      'inbox/ok.docx',
    );
    expect(doc.text).toContain('The minister met the rector on Monday.');
  });
});
