import {
  TranslateClient,
  TranslateTextCommand,
  type TranslateTextCommandInput,
} from '@aws-sdk/client-translate';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { translationKey } from '../../functions/adapters/dynamo-translation-cache.js';
import { S3ObjectStore } from '../../functions/adapters/s3-object-store.js';
import { makeCompileDeps } from '../../functions/composition/compile.js';
import type { ObjectStore } from '../../functions/ports/object-store.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { compileBulletin } from '../../functions/use-cases/compile-bulletin.js';
import { makeArticle } from '../helpers/article-factory.js';
import { storeArticle } from '../helpers/compile-articles.js';
import { useEmulators } from '../helpers/local-env.js';

const translate = mockClient(TranslateClient);
const calls = () =>
  translate.commandCalls(TranslateTextCommand).map((c) => c.args[0].input as TranslateTextCommandInput);
let config: Config;
const WEEK = '2026-W47';

beforeAll(async () => {
  config = await useEmulators('compile-tr');
  translate.on(TranslateTextCommand).callsFake(async (input: TranslateTextCommandInput) => ({
    TranslatedText: `«${input.TargetLanguageCode}» ${input.Text}`,
  }));
});
afterAll(() => translate.restore());

/** Every object the compile writes, as bytes, keyed by S3 key. */
async function objects(store: ObjectStore): Promise<Map<string, string>> {
  const keys = (await Promise.all(['bulletins/', 'archive/', 'feeds/'].map((p) => store.list(p)))).flat();
  const bodies = await Promise.all(keys.map((k) => store.get(k)));
  return new Map(keys.map((k, i) => [k, Buffer.from(bodies[i]?.bytes ?? []).toString('base64')]));
}

describe('compile with Amazon Translate (mocked client) and the DynamoDB cache (dynalite)', () => {
  it('translates each missing summary once, caches it as TRANSLATION, and recompiles to the same bytes with no call', async () => {
    const deps = makeCompileDeps(
      { ...config, TRANSLATE_ENABLED: true, TRANSLATE_TERMINOLOGY: ['cooperation-bulletin'] },
      { enqueue: async () => undefined },
    );
    const en = makeArticle({
      id: 'it-en',
      eventDate: '2026-11-17',
      countries: ['IT'],
      summary: 'Rectors met in Rome.',
    });
    const az = makeArticle({
      id: 'hu-az',
      language: 'az',
      eventDate: '2026-11-19',
      countries: ['HU'],
      summary: 'Macarıstan ilə təqaüd proqramı imzalanıb.',
    });
    for (const article of [en, az]) await storeArticle(deps, article, '2026-11-20T10:00:00Z');

    await compileBulletin(deps, WEEK, false);
    const terms = { TerminologyNames: ['cooperation-bulletin'] };
    // In bulletin order: partner groups by key when they weigh the same (HU before IT).
    expect(calls()).toEqual([
      {
        Text: 'Macarıstan ilə təqaüd proqramı imzalanıb.',
        SourceLanguageCode: 'az',
        TargetLanguageCode: 'en',
        ...terms,
      },
      { Text: 'Rectors met in Rome.', SourceLanguageCode: 'en', TargetLanguageCode: 'az', ...terms },
    ]);
    const store = new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME);
    expect(await store.getText(`bulletins/${WEEK}/az.txt`)).toContain(
      '«az» Rectors met in Rome. (maşın tərcüməsi)',
    );
    const doc = makeDocumentClient(config);
    const key = translationKey({ from: 'en', to: 'az', text: 'Rectors met in Rome.' });
    expect(key.pk).toMatch(/^TRANSLATION#[0-9a-f]{64}$/);
    const item = await doc.send(new GetCommand({ TableName: config.TABLE_NAME, Key: key }));
    expect(item.Item).toMatchObject({
      kind: 'TRANSLATION',
      from: 'en',
      to: 'az',
      translated: '«az» Rectors met in Rome.',
    });

    const first = await objects(store);
    translate.resetHistory();
    await compileBulletin(deps, WEEK, false);
    expect(calls()).toEqual([]);
    expect(await objects(store)).toEqual(first);
    // Per edition: web html+txt, email html+txt+json; then bulletin.json and two feeds.
    expect([...first.keys()].filter((k) => !k.startsWith('archive/'))).toHaveLength(3 * 5 + 1 + 2);
    // The site: home (/, az, en), search (az, en, index, script), each of the two events and two partners
    // (Hungary, Italy) in both languages, the manifest of hashes and the week's copy without texts.
    expect([...first.keys()].filter((k) => k.startsWith('archive/'))).toHaveLength(3 + 4 + 4 + 4 + 1 + 1);
  });
});

describe('the DynamoDB adapters behind late news and drafts', () => {
  it('lists only the articles of a week ingested after an instant', async () => {
    const doc = makeDocumentClient(config);
    const deps = {
      store: new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME),
      articles: new DynamoArticleRepository(doc, config.TABLE_NAME),
    };
    await storeArticle(
      deps,
      makeArticle({ id: 'w45-early', eventDate: '2026-11-03' }),
      '2026-11-04T10:00:00Z',
    );
    await storeArticle(
      deps,
      makeArticle({ id: 'w45-late', eventDate: '2026-11-04' }),
      '2026-11-12T10:00:00Z',
    );
    const late = await deps.articles.listWeekIngestedAfter('2026-W45', '2026-11-09T05:00:00.000Z');
    expect(late.map((a) => a.id)).toEqual(['w45-late']);
  });

  it('never writes a compiled record over a week that is sending or sent', async () => {
    const bulletins = new DynamoBulletinRepository(makeDocumentClient(config), config.TABLE_NAME);
    const record = {
      week: '2026-W40',
      status: 'compiled' as const,
      reason: null,
      events: 1,
      partners: 1,
      articleIds: ['a'],
      contentHash: 'h',
      compiledAt: '2026-10-05T05:00:00.000Z',
      sentAt: null,
      titleEn: '',
      titleAz: '',
      draft: true,
    };
    expect(await bulletins.putIfUnsent(record)).toBe(true);
    expect(await bulletins.putIfUnsent({ ...record, draft: false })).toBe(true);
    expect(await bulletins.claimSending('2026-W40', Date.now() + 60_000, new Date())).toMatchObject({
      status: 'sending',
    });
    expect(await bulletins.putIfUnsent(record)).toBe(false);
    expect(await bulletins.get('2026-W40')).toMatchObject({ status: 'sending', draft: false });
  });
});
