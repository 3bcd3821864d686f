import { describe, expect, it } from 'vitest';
import { createExtractArticle, extractArticle } from '../../../functions/domain/extract/extract-article.js';
import { RejectedInputError } from '../../../functions/domain/normalize/contract.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('extractArticle refusals and ids', () => {
  it('refuses text in an unsupported language without throwing', async () => {
    const text =
      'Der Minister hat heute die Universität besucht und mit den Studenten über die Zukunft gesprochen.';
    const a = await extractArticle({ bytes: bytes(text), key: 'de.txt', publishedAt: '2025-01-10' });
    expect(a.status).toBe('rejected');
    expect(a.error).toMatch(/^unsupported-language: /);
    expect(a.people).toEqual([]);
  });

  it('maps a normalizer refusal to a rejected article', async () => {
    const extract = createExtractArticle(async () => {
      throw new RejectedInputError('corrupt', 'broken file');
    });
    const a = await extract({ bytes: bytes('x'), key: 'a.pdf', publishedAt: '2025-01-10' });
    expect(a).toMatchObject({
      status: 'rejected',
      error: 'corrupt: broken file',
      title: '',
      eventDate: null,
    });
  });

  it('gives the same id to the same text with other whitespace', async () => {
    const body = 'On 3 March, Minister Emin Amrullayev met the Ambassador of Japan Taro Yamada in Baku.';
    const a = await extractArticle({ bytes: bytes(body), key: 'a.txt', publishedAt: '2025-03-04' });
    const b = await extractArticle({
      bytes: bytes(body.replace(/ /g, '  ').replace(/,/g, ',\r\n')),
      key: 'b.txt',
      publishedAt: '2025-03-04',
    });
    expect(a.id).toBe(b.id);
    expect(a.countries).toEqual(['JP']);
    expect(a.eventDate).toBe('2025-03-03');
  });
});
