import { PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { editorIdFor, signEditorToken } from '../../functions/domain/review/editor-token.js';
import { signLinkToken } from '../../functions/domain/subscription/link-token.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { newSubscriber } from '../../functions/use-cases/new-subscriber.js';
import type { ReviewDeps } from '../../functions/use-cases/review-deps.js';
import { apiEvent } from '../helpers/api-events.js';
import { useEmulators } from '../helpers/local-env.js';
import { s3CreatedBody, sqsEvent } from '../helpers/sqs-events.js';

const run = Date.now().toString(36);
const editor = `editor-${run}@example.org`;
const reader = `reader-${run}@example.org`;
const WEEK = '2026-W47';
const ARTICLES = {
  tr: 'On 17 November 2026 Azerbaijan and Türkiye signed a protocol on vocational education in Baku.',
  hu: 'On 19 November 2026 Azerbaijan and Hungary signed a scholarship programme for students in Budapest.',
  uz: 'On 18 November 2026 Azerbaijan and Uzbekistan signed a joint declaration on higher education in Tashkent.',
};

let config: Config;
let deps: ReviewDeps;
const jobs: DeliveryJob[] = [];
const ids: Record<string, string> = {};
type Http = (
  e: unknown,
  c: unknown,
) => Promise<{ statusCode: number; body: string; headers: Record<string, string> }>;
let http: Http;
const ctx = lambdaContext('review');
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
const mailTo = async (to: string) =>
  (await capturedEmails(config.SES_ENDPOINT ?? '')).filter((m) => m.destination.to.includes(to));

beforeAll(async () => {
  config = await useEmulators('review', { EDITOR_ADDRESSES: editor });
  const { handler: ingest } = await import('../../functions/handlers/ingest.js');
  const s3 = makeS3Client(config);
  for (const [name, text] of Object.entries(ARTICLES)) {
    const key = `inbox/${name}.txt`;
    const out = await s3.send(new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: text }));
    await ingest(sqsEvent(s3CreatedBody(config.BUCKET_NAME, key, Buffer.byteLength(text), out.ETag)), ctx);
    const source = await new DynamoSourceRepository(makeDocumentClient(config), config.TABLE_NAME).get(key);
    ids[name] = source?.articleId ?? '';
  }
  const subscribers = new DynamoSubscriberRepository(makeDocumentClient(config), config.TABLE_NAME);
  await subscribers.put(newSubscriber(reader, 'en', new Date().toISOString()));
  const { makeReviewDeps } = await import('../../functions/composition/compile.js');
  const { createReviewHandler } = await import('../../functions/handlers/review-handler.js');
  deps = makeReviewDeps(config, { enqueue: async (j) => void jobs.push(...j) });
  http = createReviewHandler(deps) as unknown as Http;
});

describe('the editor review flow against the emulators', () => {
  it('schedule -> review email -> review link -> correct and exclude -> approve -> subscribers get the corrected bulletin once', async () => {
    const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
    const schedule = createCompileHandler(deps, 'Asia/Baku');
    expect(await schedule({ week: WEEK, review: true }, lambdaContext('compile'))).toMatchObject({
      status: 'review-requested',
      events: 3,
    });
    expect(await mailTo(reader)).toHaveLength(0);
    const [copy] = await mailTo(editor);
    const page = /http:\/\/\S+\/review\?token=[\w.-]+/.exec(copy?.body.text ?? '')?.[0] ?? '';
    const approveLink = /http:\/\/\S+\/review\/approve\?token=[\w.-]+/.exec(copy?.body.text ?? '')?.[0] ?? '';
    const token = new URL(page).searchParams.get('token') ?? '';

    const shown = await http(apiEvent('GET', pathOf(page)), ctx);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(shown.headers['cache-control']).toBe('no-store');
    for (const id of Object.values(ids)) expect(shown.body).toContain(`name="articleId" value="${id}"`);

    // Exclude Uzbekistan; Hungary happened a day later; Türkiye's event was in the next week.
    const form = (id: string, changes: Record<string, string>) => ({
      articleId: id,
      eventDate: '',
      countries: '',
      organizations: '',
      agreements: '',
      ...changes,
    });
    const post = (fields: Record<string, string>) =>
      http(apiEvent('POST', `/review/correct?token=${token}`, fields), ctx);
    const uz = await deps.articles.get(ids.uz ?? '');
    const keep = (r: typeof uz) => ({
      countries: r?.countries.join(', ') ?? '',
      agreements: r?.agreements.map((a) => `${a.type}:${a.count}`).join(', ') ?? '',
      organizations: (r?.organizations ?? [])
        .map((o) => [o.en, o.az, o.country ?? ''].join(' | '))
        .join('\n'),
    });
    const excluded = await post(
      form(ids.uz ?? '', { ...keep(uz), exclude: 'on', eventDate: uz?.eventDate ?? '' }),
    );
    expect(excluded.statusCode).toBe(303);
    expect(excluded.headers.location).toBe(`/review?token=${token}#a-${ids.uz}`);
    const hu = await deps.articles.get(ids.hu ?? '');
    expect((await post(form(ids.hu ?? '', { ...keep(hu), eventDate: '2026-11-20' }))).statusCode).toBe(303);
    const tr = await deps.articles.get(ids.tr ?? '');
    expect((await post(form(ids.tr ?? '', { ...keep(tr), eventDate: '2026-11-24' }))).statusCode).toBe(303);

    // Stored beside the extracted facts: both visible on the page; the draft recompiled at once.
    expect((await deps.articles.get(ids.hu ?? ''))?.eventDate).toBe('2026-11-19');
    const after = await http(apiEvent('GET', pathOf(page)), ctx);
    expect(after.body).toMatch(/<span class="was">2026-11-19<\/span> → <span class="now">2026-11-20<\/span>/);
    expect(after.body).toContain('1 events');
    expect(after.body).toMatch(new RegExp(`${editor.replace('.', '\\.')}</td><td>correct`));
    expect((await deps.bulletins.get('2026-W48'))?.events).toBe(1);

    // A GET of the approval link changes nothing; the POST from its page sends.
    const ask = await http(apiEvent('GET', pathOf(approveLink)), ctx);
    expect(ask.body).toContain('method="post"');
    expect(jobs).toHaveLength(0);
    const approved = await http(apiEvent('POST', pathOf(approveLink)), ctx);
    expect(approved.statusCode).toBe(200);
    expect(approved.body).toMatch(/being sent to 1 subscribers/);
    const { handler: deliver } = await import('../../functions/handlers/deliver.js');
    await deliver(sqsEvent(...jobs.map((j) => JSON.stringify(j))), lambdaContext('deliver'));

    const received = await mailTo(reader);
    expect(received).toHaveLength(1);
    expect(received[0]?.body.text).toMatch(/Hungary/);
    expect(received[0]?.body.text).toMatch(/20 November 2026/);
    expect(received[0]?.body.text).not.toMatch(/Uzbekistan|Türkiye/);

    // The approval link works once: a second POST sends nothing and says so.
    const again = await http(apiEvent('POST', pathOf(approveLink)), ctx);
    expect(again.statusCode).toBe(409);
    expect(again.body).toMatch(/already approved/);
    expect(jobs).toHaveLength(1);
    const trail = (await deps.reviewLog.list(WEEK)).map((a) => a.action);
    expect(trail).toEqual([
      'review-requested',
      'correct',
      'correct',
      'correct',
      'approve',
      'approve-refused',
    ]);
  });

  it('refuses forged, expired, subscriber and former-editor links with a clear page', async () => {
    const secret = config.LINK_SECRET ?? '';
    const now = Math.floor(Date.now() / 1000);
    const me = { id: editorIdFor(editor), email: editor };
    const valid = signEditorToken(secret, me, WEEK, now + 3600);
    const cases: [string, RegExp][] = [
      [`${valid.slice(0, -2)}xx`, /not valid/],
      [signEditorToken('another-key-another-key-another-key', me, WEEK, now + 3600), /not valid/],
      [signEditorToken(secret, me, WEEK, now - 1), /expired/],
      [
        signLinkToken(secret, { purpose: 'unsubscribe', subscriberId: 'abc', expiresAt: now + 3600 }),
        /not a review link/,
      ],
      [
        signEditorToken(
          secret,
          { id: editorIdFor('gone@example.org'), email: 'gone@example.org' },
          WEEK,
          now + 3600,
        ),
        /no longer on the editors/,
      ],
    ];
    for (const [token, reason] of cases) {
      for (const [method, path] of [
        ['GET', '/review'],
        ['POST', '/review/approve'],
      ] as const) {
        const response = await http(apiEvent(method, `${path}?token=${token}`), ctx);
        expect(response.statusCode).toBe(403);
        expect(response.body).toMatch(reason);
        expect(response.body).not.toMatch(/Error|at \w+ \(/);
      }
    }
  });

  it('a test send goes to one address, marked [TEST], recording no delivery', async () => {
    const token = signEditorToken(
      config.LINK_SECRET ?? '',
      { id: editorIdFor(editor), email: editor },
      '2026-W48',
      Math.floor(Date.now() / 1000) + 3600,
    );
    const to = `tester-${run}@example.org`;
    const response = await http(apiEvent('POST', `/review/test?token=${token}`, { address: to }), ctx);
    expect(response.statusCode).toBe(200);
    const [test] = await mailTo(to);
    expect(test?.subject).toMatch(/^\[TEST\] /);
    expect(test?.body.text).not.toMatch(/unsubscribe\?token=/);
    expect(await deps.bulletins.get('2026-W48')).toMatchObject({ status: 'compiled' });
    const trail = await deps.reviewLog.list('2026-W48');
    expect(trail.at(-1)).toMatchObject({
      action: 'test-send',
      actor: editor,
      detail: 'test copy (both) to t***@example.org',
    });
  });
});
