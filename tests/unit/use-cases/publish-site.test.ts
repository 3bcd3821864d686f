import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_KEY } from '../../../functions/shared/storage-keys.js';
import { compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { archiveArticles } from '../../helpers/archive-fixture.js';
import { makeArticle } from '../../helpers/article-factory.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import { siteCompileDeps } from '../../helpers/compile-deps.js';
import { MemoryStore } from '../../helpers/fakes.js';

describe('publishing the archive site', () => {
  const deps = async () => siteCompileDeps(new MemoryStore(), 'https://bulletin.example');

  it('writes home, event, partner and search files, and on a recompile only what changed', async () => {
    const d = await deps();
    for (const [, articles] of Object.entries(archiveArticles()))
      for (const article of articles) await storeArticle(d, article, '2026-11-20T10:00:00Z');
    for (const week of Object.keys(archiveArticles())) await compileBulletin(d, week, false);
    const home = Buffer.from(d.store.objects.get('archive/en/index.html')?.bytes ?? []).toString('utf8');
    // The subscribe page's "latest issue" link lands on the latest bulletin.
    expect(home).toMatch(/<h2 id="latest">Latest bulletin<\/h2><ul><li>16–22 November 2026 \(2026-W47\)/);
    for (const key of [
      'archive/index.html',
      'archive/az/index.html',
      'archive/en/index.html',
      'archive/en/search.html',
      'archive/search.js',
      SEARCH_INDEX_KEY,
      'archive/az/events/tr-jan.html',
      'archive/en/partners/org-isesco.html',
    ])
      expect(d.store.objects.has(key), key).toBe(true);

    const puts: string[] = [];
    const reads: string[] = [];
    const getText = d.store.getText.bind(d.store);
    d.store.getText = async (key) => {
      reads.push(key);
      return getText(key);
    };
    const put = d.store.put.bind(d.store);
    d.store.put = async (key, body, type, metadata) => {
      puts.push(key);
      return put(key, body, type, metadata);
    };
    await compileBulletin(d, '2026-W47', false);
    expect(puts.filter((k) => k.startsWith('archive/'))).toEqual([]);

    // A damaged manifest costs one full rewrite, never a failed compile.
    await d.store.put('archive/manifest.json', '{not json', 'application/json');
    puts.length = 0;
    await compileBulletin(d, '2026-W47', false);
    expect(puts.filter((k) => k.startsWith('archive/')).length).toBeGreaterThan(20);

    // A new Kazakh event in week 10: that week's event pages, Kazakhstan's pages, homes and the index.
    const late = makeArticle({
      id: 'kz-mar-2',
      storyKey: 'kz-mar-2',
      eventDate: '2026-03-05',
      publishedAt: '2026-03-05',
      countries: ['KZ'],
    });
    await storeArticle(d, late, '2026-11-20T11:00:00Z');
    puts.length = 0;
    reads.length = 0;
    await compileBulletin(d, '2026-W10', false);
    const written = puts.filter((k) => k.startsWith('archive/') && k !== 'archive/manifest.json').sort();
    expect(written).toEqual(
      [
        'archive/az/events/kz-mar-2.html',
        'archive/az/index.html',
        'archive/az/partners/kz.html',
        'archive/en/events/kz-mar-2.html',
        'archive/en/index.html',
        'archive/en/partners/kz.html',
        'archive/index.html',
        'archive/weeks/2026-W10.json',
        SEARCH_INDEX_KEY,
      ].sort(),
    );
    // Only the changed week's bulletin (with its texts) was read; the others came from their small copies.
    expect(reads.filter((k) => k.endsWith('/bulletin.json'))).toEqual(['bulletins/2026-W10/bulletin.json']);
  });
});
