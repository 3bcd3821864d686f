import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { makeIngestDeps } from '../../functions/composition/ingest.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { ingestArticle } from '../../functions/use-cases/ingest-article.js';
import { refreshKnowledge } from '../../functions/use-cases/knowledge-additions.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const TEXT = `On 17 November 2026 Azerbaijan's Ministry of Science and Education and the Zorblatt Institute of
Technology signed a memorandum of understanding on joint research in Baku.`;
const ADDITION = {
  $comment: 'A partner the built-in data does not know yet',
  organizations: [
    {
      en: 'Zorblatt Institute of Technology',
      az: 'Zorblatt Texnologiya İnstitutu',
      ru: 'Технологический институт Зорблатт',
      country: 'DE',
      kind: 'institute',
    },
  ],
};

let config: Config;
const put = (key: string, body: string) =>
  makeS3Client(config).send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: body }));

beforeAll(async () => {
  config = await useEmulators('knowledge');
});

describe('knowledge additions without a deploy', () => {
  it('a file under knowledge/ is validated, merged over the built-in data, and reprocessing uses it', async () => {
    const { handler: ingest } = await import('../../functions/handlers/ingest.js');
    const out = await put('inbox/zorblatt.txt', TEXT);
    await ingest(
      sqsEvent(s3CreatedBody(config.BUCKET_NAME, 'inbox/zorblatt.txt', Buffer.byteLength(TEXT), out.ETag)),
      lambdaContext('ingest'),
    );
    const deps = makeIngestDeps(config);
    const before = await deps.sources.get('inbox/zorblatt.txt');
    const article = await deps.articles.get(before?.articleId ?? '');
    expect(article?.countries).toEqual([]);

    await put('knowledge/partners.json', JSON.stringify(ADDITION));
    await put('knowledge/broken.json', JSON.stringify({ organizations: [{ en: 'X', country: 'Germany' }] }));
    await put('knowledge/notes.txt', 'not a knowledge file');
    const results = await refreshKnowledge(deps);
    expect(results).toEqual([
      {
        key: 'knowledge/broken.json',
        status: 'rejected',
        detail: expect.stringMatching(/^invalid-knowledge: organizations\.0\.az/),
      },
      { key: 'knowledge/notes.txt', status: 'rejected', detail: expect.stringMatching(/\.json/) },
      { key: 'knowledge/partners.json', status: 'ok', detail: '1 organization' },
    ]);
    // Recorded like a rejected article: `bulletin status` shows the reason.
    expect(await deps.sources.get('knowledge/broken.json')).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/country/),
    });
    expect(await deps.sources.get('knowledge/partners.json')).toMatchObject({
      status: 'ok',
      title: 'knowledge: 1 organization',
    });

    const again = await ingestArticle(deps, { key: 'inbox/zorblatt.txt', force: true });
    expect(again.articleId).toBe(before?.articleId);
    const refreshed = await deps.articles.get(again.articleId ?? '');
    expect(refreshed?.countries).toEqual(['DE']);
    expect(refreshed?.organizations).toEqual([
      {
        name: 'Zorblatt Institute of Technology',
        en: 'Zorblatt Institute of Technology',
        az: 'Zorblatt Texnologiya İnstitutu',
        country: 'DE',
      },
    ]);
  });
});
