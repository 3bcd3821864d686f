import { describe, expect, it } from 'vitest';
import type { OkArticle } from '../../../functions/domain/article/article.js';
import type { ExtractArticle } from '../../../functions/domain/extract/contract.js';
import { storyKeyOf } from '../../../functions/domain/extract/story-key.js';
import { ingestArticle } from '../../../functions/use-cases/ingest-article.js';
import { makeArticle, org, person } from '../../helpers/article-factory.js';
import { fixedClock, MemoryArticles, MemorySources, MemoryStore } from '../../helpers/fakes.js';

// What extraction would give for each dropped file: one visit, two of its events, reports in three languages.
const HOST = (name: string) => person(name, 'minister');
const UNIVERSITY = (name: string) => ({ ...org(name), en: 'National University of Uzbekistan' });
const REPORTS: Record<string, OkArticle> = {
  'inbox/nuu-en.txt': makeArticle({
    id: 'nuu-en-0000',
    eventDate: '2026-03-10',
    countries: ['UZ'],
    organizations: [org('National University of Uzbekistan')],
    people: [HOST('Elnur Hasanov'), person('Inomjon Majidov', 'rector')],
  }),
  'inbox/nuu-az.txt': makeArticle({
    id: 'nuu-az-0000',
    language: 'az',
    eventDate: '2026-03-10',
    countries: ['UZ'],
    organizations: [UNIVERSITY('Özbəkistan Milli Universiteti')],
    people: [HOST('Elnur Həsənov'), person('İnomcon Məcidov', 'rektor')],
  }),
  'inbox/nuu-ru.txt': makeArticle({
    id: 'nuu-ru-0000',
    language: 'ru',
    eventDate: null,
    publishedAt: '2026-03-11',
    countries: ['UZ'],
    organizations: [UNIVERSITY('Национальный университет Узбекистана')],
    people: [HOST('Эльнур Гасанов')],
  }),
  'inbox/tech-en.txt': makeArticle({
    id: 'tech-en-000',
    eventDate: '2026-03-10',
    countries: ['UZ'],
    organizations: [org('Tashkent State Technical University')],
    people: [HOST('Elnur Hasanov'), person('Shavkat Alimov', 'rector')],
  }),
};

function setup() {
  const extract: ExtractArticle = async ({ key, publishedAt }) => {
    const article = REPORTS[key];
    if (!article) throw new Error(`no report for ${key}`);
    // Extraction gives each report its own key; ingest decides which stored story it belongs to.
    const own = storyKeyOf(
      article.eventDate ?? publishedAt,
      article.countries,
      article.organizations,
      article.id,
    );
    return { ...article, source: { ...article.source, key }, storyKey: own };
  };
  const deps = {
    store: new MemoryStore(),
    articles: new MemoryArticles(),
    sources: new MemorySources(),
    extract,
    clock: fixedClock(),
    timeZone: 'Asia/Baku',
    maxBytes: 1_000_000,
  };
  return deps;
}

async function ingest(deps: ReturnType<typeof setup>, key: string, force = false) {
  if (!(await deps.store.head(key)))
    await deps.store.put(key, `text of ${key}`, 'text/plain', { published: '2026-03-11' });
  return ingestArticle(deps, { key, force });
}

const keyOf = (deps: ReturnType<typeof setup>, id: string) => deps.articles.items.get(id)?.storyKey;

describe('ingest gives a report the story key of the stored report of the same event', () => {
  it('keeps its own key for the first report, and gives it to reports of the same event in other languages', async () => {
    const deps = setup();
    await ingest(deps, 'inbox/nuu-en.txt');
    const own = keyOf(deps, 'nuu-en-0000');
    expect(own).toBe('2026-03-10:UZ:nuu-en-0');
    await ingest(deps, 'inbox/nuu-az.txt');
    await ingest(deps, 'inbox/nuu-ru.txt');
    expect([keyOf(deps, 'nuu-az-0000'), keyOf(deps, 'nuu-ru-0000')]).toEqual([own, own]);
    // The article JSON carries the same key as the table.
    const stored = JSON.parse((await deps.store.getText('articles/nuu-ru-0000.json')) ?? '{}') as OkArticle;
    expect(stored.storyKey).toBe(own);
  });

  it('keeps another event of the same day and partner apart, with its own key', async () => {
    const deps = setup();
    await ingest(deps, 'inbox/nuu-en.txt');
    await ingest(deps, 'inbox/tech-en.txt');
    expect(keyOf(deps, 'tech-en-000')).toBe('2026-03-10:UZ:tech-en-');
    expect(keyOf(deps, 'tech-en-000')).not.toBe(keyOf(deps, 'nuu-en-0000'));
  });

  it('keeps the stored key when the same article is reprocessed, whatever is stored by then', async () => {
    const deps = setup();
    await ingest(deps, 'inbox/nuu-az.txt');
    await ingest(deps, 'inbox/nuu-en.txt');
    const before = keyOf(deps, 'nuu-en-0000');
    deps.articles.items.delete('nuu-az-0000');
    const again = await ingest(deps, 'inbox/nuu-en.txt', true);
    expect(again.status).toBe('ok');
    expect(keyOf(deps, 'nuu-en-0000')).toBe(before);
  });
});
