import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoArticleRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { S3ObjectStore } from '../../functions/adapters/s3-object-store.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { articleKey } from '../../functions/shared/storage-keys.js';
import { StoredDataError } from '../../functions/shared/stored-data.js';
import { loadArticlesById } from '../../functions/use-cases/load-articles.js';
import { makeArticle } from '../helpers/article-factory.js';
import { useEmulators } from '../helpers/local-env.js';

let config: Config;
beforeAll(async () => {
  config = await useEmulators('stored-data');
});

const doc = () => makeDocumentClient(config);
const putItem = (Item: Record<string, unknown>) =>
  doc().send(new PutCommand({ TableName: config.TABLE_NAME, Item }));

/** The error a read gives, so its class and message can both be checked. */
async function failure(read: () => Promise<unknown>): Promise<StoredDataError> {
  const error = await read().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoredDataError);
  return error as StoredDataError;
}

describe('what the adapters read back is parsed (DynamoDB on dynalite, S3 on s3rver)', () => {
  it('a subscriber item with an unknown edition is a StoredDataError naming its key, not its address', async () => {
    await putItem({
      pk: 'SUBSCRIBER#bad-edition',
      sk: 'SUBSCRIBER',
      kind: 'SUBSCRIBER',
      id: 'bad-edition',
      email: 'leyla.mammadova@example.org',
      edition: 'fr',
      name: null,
      status: 'active',
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
    });
    const error = await failure(() =>
      new DynamoSubscriberRepository(doc(), config.TABLE_NAME).get('bad-edition'),
    );
    expect(error.kind).toBe('permanent');
    expect(error.message).toContain('SUBSCRIBER#bad-edition / SUBSCRIBER');
    expect(error.message).toContain('edition');
    expect(error.message).not.toContain('leyla');
  });

  it('a bulletin item missing its content hash fails the listing with its key', async () => {
    await putItem({
      pk: 'BULLETIN#2026-W40',
      sk: 'BULLETIN',
      weekPk: 'BULLETINS',
      weekSk: '2026-W40',
      kind: 'BULLETIN',
      week: '2026-W40',
      status: 'compiled',
    });
    const error = await failure(() => new DynamoBulletinRepository(doc(), config.TABLE_NAME).list());
    expect(error.where).toBe('table item BULLETIN#2026-W40 / BULLETIN');
    expect(error.problems).toContain('contentHash');
  });

  it('an article stored before display forms still reads; one in an unread language does not', async () => {
    const articles = new DynamoArticleRepository(doc(), config.TABLE_NAME);
    const { text: _text, ...metadata } = makeArticle({ id: 'legacy', eventDate: '2026-11-18' });
    const old = {
      ...metadata,
      organizations: ['ADA University'],
      people: [{ name: 'Emin Amrullayev', role: 'Minister' }],
    };
    await putItem({
      pk: 'ARTICLE#legacy',
      sk: 'ARTICLE',
      kind: 'ARTICLE',
      ...old,
      week: '2026-W47',
      ingestedAt: 'x',
    });
    const read = await articles.get('legacy');
    expect(read?.organizations).toEqual([
      { name: 'ADA University', en: 'ADA University', az: 'ADA University' },
    ]);
    expect(read?.people[0]?.display.en).toEqual({ name: 'Emin Amrullayev', role: 'Minister' });

    await putItem({
      pk: 'ARTICLE#german',
      sk: 'ARTICLE',
      kind: 'ARTICLE',
      ...metadata,
      id: 'german',
      language: 'de',
      week: '2026-W47',
      ingestedAt: 'x',
    });
    const error = await failure(() => articles.get('german'));
    expect(error.message).toContain('ARTICLE#german / ARTICLE');
    expect(error.problems).toContain('language');
  });

  it('articles/<id>.json that is not an article, or not JSON, is a StoredDataError naming the S3 key', async () => {
    const store = new S3ObjectStore(makeS3Client(config), config.BUCKET_NAME);
    await store.put(articleKey('cut-short'), '{"id": "cut-short", "text": "Baş', 'application/json');
    await store.put(
      articleKey('no-date'),
      JSON.stringify({ ...makeArticle({ id: 'no-date' }), publishedAt: 'soon' }),
      'application/json',
    );
    const notJson = await failure(() => loadArticlesById(store, ['cut-short']));
    expect(notJson.where).toBe('S3 object articles/cut-short.json');
    expect(notJson.problems).toMatch(/^not JSON/);
    const noDate = await failure(() => loadArticlesById(store, ['no-date']));
    expect(noDate.where).toBe('S3 object articles/no-date.json');
    expect(noDate.problems).toContain('publishedAt');
  });
});
