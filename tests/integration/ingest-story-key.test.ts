import { beforeAll, describe, expect, it } from 'vitest';
import { makeIngestDeps } from '../../functions/composition/ingest.js';
import type { OkArticle } from '../../functions/domain/article/article.js';
import { storyKeyOf } from '../../functions/domain/extract/story-key.js';
import type { Config } from '../../functions/shared/config.js';
import { type IngestDeps, ingestArticle } from '../../functions/use-cases/ingest-article.js';
import { makeArticle, org, person } from '../helpers/article-factory.js';
import { useEmulators } from '../helpers/local-env.js';

// Reports as extraction would give them (the extractor has its own tests): one event told in English on
// the Sunday it happened and in Azerbaijani on the Monday after, in the next ISO week; another event of
// the same Sunday with the same partner country.
const UNIVERSITY = 'University of Debrecen';
const REPORTS: Record<string, OkArticle> = {
  'inbox/deb-en.txt': makeArticle({
    id: 'deb-en-00000',
    eventDate: '2026-11-15',
    publishedAt: '2026-11-15',
    countries: ['HU'],
    organizations: [org(UNIVERSITY)],
    people: [person('Gábor Kovács', 'rector'), person('Elnur Hasanov', 'minister')],
    agreements: [{ type: 'memorandum', count: 3 }],
  }),
  'inbox/deb-az.txt': makeArticle({
    id: 'deb-az-00000',
    language: 'az',
    eventDate: null,
    publishedAt: '2026-11-16',
    countries: ['HU'],
    organizations: [{ ...org('Debrecen Universiteti'), en: UNIVERSITY }],
    people: [person('Qabor Kovaç', 'rektor'), person('Elnur Həsənov', 'nazir')],
    agreements: [{ type: 'memorandum', count: 3 }],
  }),
  'inbox/embassy-en.txt': makeArticle({
    id: 'emb-en-00000',
    eventDate: '2026-11-15',
    publishedAt: '2026-11-15',
    countries: ['HU'],
    organizations: [org('Embassy of Hungary')],
    people: [person('Anna Toth', 'ambassador')],
  }),
};

let config: Config;
let deps: IngestDeps;

beforeAll(async () => {
  config = await useEmulators('story-key');
  deps = {
    ...makeIngestDeps(config),
    extract: async ({ key, publishedAt }) => {
      const article = REPORTS[key] as OkArticle;
      const own = storyKeyOf(
        article.eventDate ?? publishedAt,
        article.countries,
        article.organizations,
        article.id,
      );
      return { ...article, source: { ...article.source, key }, storyKey: own };
    },
  };
});

async function ingest(key: string, force = false) {
  const published = REPORTS[key]?.publishedAt ?? '';
  await deps.store.put(key, `the text of ${key}`, 'text/plain', { published });
  return ingestArticle(deps, { key, force });
}

describe('ingest assigns the story key of the stored report of the same event (DynamoDB, S3)', () => {
  it('finds the stored report in the week before, and stores the new one under its key in the table and S3', async () => {
    await ingest('inbox/deb-en.txt');
    await ingest('inbox/embassy-en.txt');
    await ingest('inbox/deb-az.txt');
    const en = await deps.articles.get('deb-en-00000');
    const az = await deps.articles.get('deb-az-00000');
    const embassy = await deps.articles.get('emb-en-00000');
    expect([en?.week, az?.week]).toEqual(['2026-W46', '2026-W47']);
    expect(en?.storyKey).toBe('2026-11-15:HU:deb-en-0');
    expect(az?.storyKey).toBe(en?.storyKey);
    expect(embassy?.storyKey).toBe('2026-11-15:HU:emb-en-0');
    const json = JSON.parse((await deps.store.getText('articles/deb-az-00000.json')) ?? '{}') as OkArticle;
    expect(json.storyKey).toBe(en?.storyKey);
  });

  it('keeps the key on a reprocess', async () => {
    const before = (await deps.articles.get('deb-az-00000'))?.storyKey;
    expect((await ingest('inbox/deb-az.txt', true)).status).toBe('ok');
    expect((await deps.articles.get('deb-az-00000'))?.storyKey).toBe(before);
  });
});
