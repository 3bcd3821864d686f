import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../functions/domain/extract/extract-article.js';
import { compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { ingestArticle } from '../../../functions/use-cases/ingest-article.js';
import {
  fixedClock,
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemorySources,
  MemoryStore,
  MemorySubscribers,
} from '../../helpers/fakes.js';
import { cutPower, tripped } from '../../helpers/power-cut.js';

const TEXT = (
  n: number,
) => `On 17 November 2026 the Minister of Science and Education Emin Amrullayev met the Ambassador of
Hungary. ${n} memoranda of understanding on scholarships were signed between universities of Azerbaijan and Hungary.`;

function setup() {
  return {
    store: new MemoryStore(),
    articles: new MemoryArticles(),
    sources: new MemorySources(),
    extract: extractArticle,
    clock: fixedClock(),
    timeZone: 'Asia/Baku',
    maxBytes: 1_000_000,
  };
}

describe('every dropped key ends with exactly one status', () => {
  it.each(['inbox/.DS_Store', 'inbox/notes/.~lock.report.docx#', 'inbox/.drafts/x.txt'])(
    'a hidden name (%s) is ignored, with the reason, and never read',
    async (key) => {
      const deps = setup();
      await deps.store.put(key, TEXT(13), 'text/plain');
      const source = await ingestArticle(deps, { key, etag: 'e1' });
      expect(source).toMatchObject({ key, status: 'ignored', articleId: null });
      expect(source.reason).toMatch(/^hidden: '\.[^']+' starts with a dot/);
      expect(deps.articles.items.size).toBe(0);
      expect(await deps.sources.get(key)).toEqual(source);
    },
  );

  it('an object deleted before it was read is rejected as vanished, not retried into the DLQ', async () => {
    const deps = setup();
    const source = await ingestArticle(deps, { key: 'inbox/gone.txt', etag: 'e1' });
    expect(source).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^vanished: /) });
    // Uploaded again later: a new ETag, ingested as usual.
    await deps.store.put('inbox/gone.txt', TEXT(13), 'text/plain');
    expect(await ingestArticle(deps, { key: 'inbox/gone.txt', etag: 'e2' })).toMatchObject({ status: 'ok' });
  });

  it('a corrected copy under the same key supersedes its first version in the bulletin', async () => {
    const deps = setup();
    await deps.store.put('inbox/x.txt', TEXT(13), 'text/plain');
    const first = await ingestArticle(deps, { key: 'inbox/x.txt', etag: 'e1' });
    await deps.store.put('inbox/x.txt', TEXT(14), 'text/plain');
    const second = await ingestArticle(deps, { key: 'inbox/x.txt', etag: 'e2' });
    expect(second).toMatchObject({ status: 'ok' });
    expect(second.articleId).not.toBe(first.articleId);
    const week = await deps.articles.listWeek('2026-W47');
    expect(week.map((a) => a.id)).toEqual([second.articleId]);

    const compile = {
      ...deps,
      bulletins: new MemoryBulletins(),
      subscribers: new MemorySubscribers(),
      ledger: new MemoryLedger(),
      queue: { enqueue: async () => undefined },
      archiveBaseUrl: 'http://127.0.0.1:8787',
    };
    await compileBulletin(compile, '2026-W47', false);
    const text = (await deps.store.getText('bulletins/2026-W47/en.txt')) ?? '';
    expect(text).toMatch(/14 memoranda|fourteen memoranda/i);
    expect(text).not.toMatch(/13 memoranda|thirteen memoranda/i);
  });

  it('a crash after the article was stored and before its status: the retry says ok, not duplicate', async () => {
    const deps = setup();
    await deps.store.put('inbox/x.txt', TEXT(13), 'text/plain');
    const cut = cutPower(deps.sources, 'put', () => true, { before: true });
    void ingestArticle(deps, { key: 'inbox/x.txt', etag: 'e1' });
    expect(await tripped(cut)).toBe(true);
    cut.restore();
    expect(deps.articles.items.size).toBe(1);
    expect(await ingestArticle(deps, { key: 'inbox/x.txt', etag: 'e1' })).toMatchObject({ status: 'ok' });
    expect(deps.articles.items.size).toBe(1);
  });
});
