import { describe, expect, it } from 'vitest';
import { RejectedInputError } from '../../../functions/domain/normalize/contract.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { docxParts, makeDocx } from '../../helpers/make-docx.js';
import { makeZip } from '../../helpers/make-zip.js';
import { artifactsIn } from './artifacts.js';

const rejection = async (bytes: Uint8Array, key: string): Promise<RejectedInputError> => {
  const error = await normalizeDocument(bytes, key).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RejectedInputError);
  return error as RejectedInputError;
};

describe('Word documents', () => {
  it('reads paragraphs, takes the Title style as headline and repairs the text', async () => {
    const bytes = makeDocx([
      { style: 'Title', text: 'Azərbaycan və Qazaxıstan universitetləri forumu' },
      'Martın 4-də ADA Universitetində Azərbaycan və Qazaxıstan ali təhsil müəssisələrinin rektorları görüşüb.',
      { style: 'Heading2', text: 'Nəticələr' },
      'Forumda 17 universitet arasında 40 anlaşma memorandumu imzalanıb və və tələbə mübadiləsi\nproqramı genişləndirilib.',
    ]);
    const doc = await normalizeDocument(bytes, 'inbox/forum.docx');
    expect(doc).toMatchObject({
      format: 'docx',
      title: 'Azərbaycan və Qazaxıstan universitetləri forumu',
      dateHint: null,
    });
    expect(doc.text.split('\n\n')).toEqual([
      'Martın 4-də ADA Universitetində Azərbaycan və Qazaxıstan ali təhsil müəssisələrinin rektorları görüşüb.',
      'Nəticələr',
      'Forumda 17 universitet arasında 40 anlaşma memorandumu imzalanıb və tələbə mübadiləsi proqramı genişləndirilib.',
    ]);
    expect(artifactsIn(doc.text)).toEqual([]);
  });

  it('detects a Word file by content even when named .txt or without an extension', async () => {
    const bytes = makeDocx(['Министерство науки и образования подписало соглашение с университетом Анкары.']);
    expect((await normalizeDocument(bytes, 'inbox/upload.txt')).format).toBe('docx');
    expect((await normalizeDocument(bytes, 'inbox/upload')).format).toBe('docx');
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const parts = docxParts(['Short text.']).map((p) =>
      p.name === 'word/document.xml' ? { ...p, declaredSize: 3_000_000_000 } : p,
    );
    const error = await rejection(makeZip(parts), 'bomb.docx');
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/zip bomb/);
  });

  it('refuses a .docx that is not a zip, a zip that is not a Word file, and encrypted entries', async () => {
    const notZip = await rejection(new TextEncoder().encode('plain words, not a document'), 'report.docx');
    expect(notZip.code).toBe('corrupt');
    const plainZip = await rejection(makeZip([{ name: 'photo.txt', data: 'hello' }]), 'archive.zip');
    expect(plainZip).toMatchObject({
      code: 'unsupported-format',
      message: expect.stringMatching(/ZIP archive/),
    });
    const locked = docxParts(['x']).map((p) => ({ ...p, encrypted: true }));
    expect((await rejection(makeZip(locked), 'locked.docx')).code).toBe('encrypted');
  });

  it('refuses a truncated zip and a damaged document part as corrupt', async () => {
    const bytes = makeDocx(['Text of a document that will be cut in half by a failed upload.']);
    expect((await rejection(bytes.subarray(0, Math.floor(bytes.length / 2)), 'half.docx')).code).toBe(
      'corrupt',
    );
    const broken = docxParts(['x']).map((p) =>
      p.name === 'word/document.xml' ? { ...p, data: '<w:document><w:body' } : p,
    );
    expect((await rejection(makeZip(broken), 'broken.docx')).code).toBe('corrupt');
  });

  it('refuses a password-protected Word file (OLE container with EncryptionInfo) and legacy .doc', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const info = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
    const encrypted = new Uint8Array([...ole, ...new Array(200).fill(0), ...info, ...new Array(200).fill(0)]);
    expect((await rejection(encrypted, 'secret.docx')).code).toBe('encrypted');
    const legacy = new Uint8Array([...ole, ...new Array(500).fill(0)]);
    expect(await rejection(legacy, 'old.doc')).toMatchObject({
      code: 'unsupported-format',
      message: expect.stringMatching(/\.doc/),
    });
  });
});
