import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../functions/domain/extract/extract-article.js';
import { rejectedKeyFor } from '../../../functions/shared/storage-keys.js';
import { ingestArticle } from '../../../functions/use-cases/ingest-article.js';
import { fixedClock, MemoryArticles, MemorySources, MemoryStore } from '../../helpers/fakes.js';

const TEXT = `On 17 November 2026 the Minister of Science and Education Emin Amrullayev met the Ambassador of Hungary.
Two memoranda of understanding on scholarships were signed between universities of Azerbaijan and Hungary.`;

function setup(maxBytes = 1_000_000) {
  const deps = {
    store: new MemoryStore(),
    articles: new MemoryArticles(),
    sources: new MemorySources(),
    extract: extractArticle,
    clock: fixedClock(),
    timeZone: 'Asia/Baku',
    maxBytes,
  };
  return deps;
}

describe('ingestArticle', () => {
  it('stores an accepted article in the store and the repository, filed under its event week', async () => {
    const deps = setup();
    await deps.store.put('inbox/hu.txt', TEXT, 'text/plain');
    const source = await ingestArticle(deps, { key: 'inbox/hu.txt' });
    expect(source).toMatchObject({ status: 'ok', language: 'en', key: 'inbox/hu.txt' });
    const [record] = [...deps.articles.items.values()];
    expect(record?.week).toBe('2026-W47');
    expect(record && 'text' in record).toBe(false);
    expect(await deps.store.getText(`articles/${source.articleId}.json`)).toContain('Hungary');
  });

  it('takes the published date from object metadata for dates without a year', async () => {
    const deps = setup();
    await deps.store.put('inbox/a.txt', TEXT.replace(' 2026', ''), 'text/plain', { published: '2025-11-20' });
    await ingestArticle(deps, { key: 'inbox/a.txt' });
    expect([...deps.articles.items.values()][0]?.eventDate).toBe('2025-11-17');
  });

  it('records a second copy of the same text as a duplicate, not a second article', async () => {
    const deps = setup();
    await deps.store.put('inbox/a.txt', TEXT, 'text/plain');
    await deps.store.put('inbox/b.txt', `\n\n${TEXT.replace(/ /g, '   ')}\n`, 'text/plain');
    await ingestArticle(deps, { key: 'inbox/a.txt' });
    const second = await ingestArticle(deps, { key: 'inbox/b.txt' });
    expect(second.status).toBe('duplicate');
    expect(deps.articles.items.size).toBe(1);
  });

  it('rejects a file over the size cap without reading it, and keeps a copy with the reason', async () => {
    const deps = setup(10);
    await deps.store.put('inbox/big.txt', TEXT, 'text/plain');
    const source = await ingestArticle(deps, { key: 'inbox/big.txt' });
    expect(source.status).toBe('rejected');
    expect(source.reason).toMatch(/^too-large/);
    expect(await deps.store.getText('rejected/big.txt')).toBe(TEXT);
    expect(JSON.parse((await deps.store.getText('rejected/big.txt.reason.json')) ?? '{}')).toMatchObject({
      key: 'inbox/big.txt',
    });
  });

  it('rejects an empty file with a clear reason', async () => {
    const deps = setup();
    await deps.store.put('inbox/empty.txt', '   \n  ', 'text/plain');
    const source = await ingestArticle(deps, { key: 'inbox/empty.txt' });
    expect(source).toMatchObject({ status: 'rejected' });
    expect(source.reason).toMatch(/^empty/);
  });

  it('returns the recorded result when the same object is delivered again', async () => {
    const deps = setup();
    await deps.store.put('inbox/a.txt', TEXT, 'text/plain');
    const first = await ingestArticle(deps, { key: 'inbox/a.txt', etag: 'e1' });
    const again = await ingestArticle(deps, { key: 'inbox/a.txt', etag: 'e1' });
    expect(again).toEqual(first);
  });

  it('reprocessing a file refreshes its article instead of calling it a duplicate of itself', async () => {
    const deps = setup();
    await deps.store.put('inbox/a.txt', TEXT, 'text/plain');
    const first = await ingestArticle(deps, { key: 'inbox/a.txt', etag: 'e1' });
    const again = await ingestArticle(deps, { key: 'inbox/a.txt', etag: 'e1', force: true });
    expect(again).toMatchObject({ status: 'ok', articleId: first.articleId });
    expect(deps.articles.items.size).toBe(1);
  });

  it('keeps refused files beside their name, under rejected/', () => {
    expect(rejectedKeyFor('inbox/sub dir/x.pdf')).toBe('rejected/sub dir/x.pdf');
  });
});
