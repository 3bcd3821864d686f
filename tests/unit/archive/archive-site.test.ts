import { describe, expect, it } from 'vitest';
import { collectEvents, collectPartners } from '../../../functions/domain/archive/archive-events.js';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { eventPage } from '../../../functions/domain/render/archive-pages.js';
import { partnerPage } from '../../../functions/domain/render/partner-page.js';
import { SEARCH_INDEX_KEY } from '../../../functions/shared/storage-keys.js';
import { type CompileDeps, compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import {
  fixedClock,
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemoryStore,
  MemorySubscribers,
} from '../../helpers/fakes.js';
import { makeArticle } from '../bulletin/article-factory.js';
import { hostileArticle } from '../render/hostile.js';
import { archiveArticles, archiveBulletins } from './archive-fixture.js';

const events = collectEvents(archiveBulletins());
const partners = collectPartners(events);
const partner = (slug: string) => {
  const found = partners.find((p) => p.slug === slug);
  if (!found) throw new Error(`no partner ${slug}`);
  return found;
};

describe('archive pages', () => {
  it('lists every event once, newest first, and a page per partner', () => {
    expect(events.map((e) => `${e.week}:${e.item.id}`)).toEqual([
      '2026-W47:tr-nov',
      '2026-W10:isesco-mar',
      '2026-W10:kz-mar',
      '2026-W04:tr-jan',
    ]);
    expect(partners.map((p) => p.slug)).toEqual(['tr', 'kz', 'org-isesco']);
  });

  it('a partner page lists its events newest first, documents per year by type and the people met', () => {
    const en = partnerPage(partner('tr'), 'en');
    expect(en).toContain('<h1>Türkiye</h1>');
    const nov = en.indexOf('/archive/en/events/tr-nov.html');
    const jan = en.indexOf('/archive/en/events/tr-jan.html');
    expect(nov).toBeGreaterThan(0);
    expect(jan).toBeGreaterThan(nov);
    expect(en).not.toContain('kz-mar');
    expect(en).toContain('<li>2026: 1 memorandum of understanding and 2 protocols</li>');
    expect(en).toContain('Erol Özvar (President of Türkiye&#39;s Council of Higher Education)');
    expect(en).not.toContain('Amrullayev'); // Azerbaijan's own minister is not a person "met"
    const az = partnerPage(partner('tr'), 'az');
    expect(az).toContain('<h1>Türkiyə</h1>');
    expect(az).toContain('<li>2026: 1 anlaşma memorandumu və 2 protokol</li>');
    expect(az).toContain('Erol Özvar (Türkiyənin Ali Təhsil Şurasının sədri)');
  });

  it('an event page has its facts, its lead and every report, in the page language', () => {
    const jan = events.find((e) => e.item.id === 'tr-jan');
    if (!jan) throw new Error('missing');
    const en = eventPage(jan, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Karabakh University');
    expect(en).not.toContain('Qarabağ Universiteti</dd>');
    expect(en).toContain(
      'On 21 January in Ankara, Minister of Science and Education Emin Amrullayev met Erol Özvar',
    );
    // The only report is Azerbaijani: shown in full, marked, never as the English summary.
    expect(en).toContain('(original in Azerbaijani)');
    expect(en).toContain('<p>Yanvarın 21-də Ankarada memorandum imzalanıb.</p>');
    expect(en).toContain('Tərəflər tələbə mübadiləsini genişləndirəcək.');
    expect(en).toContain('href="/archive/az/events/tr-jan.html"');
    expect(en).toContain('href="/archive/en/partners/tr.html"');
  });

  it('escapes everything an article brings into event and partner pages', () => {
    const [event] = collectEvents([buildBulletin({ week: '2026-W47', articles: [hostileArticle()] })]);
    if (!event) throw new Error('missing');
    const [org] = collectPartners([event]);
    const pages = [eventPage(event, 'en'), eventPage(event, 'az'), ...(org ? [partnerPage(org, 'en')] : [])];
    expect(pages).toHaveLength(3);
    for (const html of pages) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/href="\s*javascript:/i);
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});

describe('publishing the archive site', () => {
  async function deps(): Promise<CompileDeps & { store: MemoryStore }> {
    return {
      store: new MemoryStore(),
      articles: new MemoryArticles(),
      bulletins: new MemoryBulletins(),
      subscribers: new MemorySubscribers(),
      ledger: new MemoryLedger(() => Date.now()),
      queue: { enqueue: async () => undefined },
      clock: fixedClock(),
      archiveBaseUrl: 'https://bulletin.example',
    };
  }

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
