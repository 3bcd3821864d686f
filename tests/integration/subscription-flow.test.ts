import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import type { Config } from '../../functions/shared/config.js';
import { apiEvent } from '../helpers/api-events.js';
import { useEmulators } from '../helpers/local-env.js';
import { sqsEvent } from '../helpers/sqs-events.js';

let config: Config;
type Api = (
  e: unknown,
  c: unknown,
) => Promise<{ statusCode: number; body: string; headers: Record<string, string> }>;
let api: Api;
const address = `Reader.${Date.now().toString(36)}@Example.org`;
const normalized = address.toLowerCase();

async function mailFor(to: string) {
  return (await capturedEmails(config.SES_ENDPOINT ?? '')).filter((m) => m.destination.to.includes(to));
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function sendWeek(week: string, text: string) {
  const { PutObjectCommand } = await import('@aws-sdk/client-s3');
  const { makeS3Client } = await import('../../functions/shared/clients.js');
  const { s3CreatedBody } = await import('../helpers/sqs-events.js');
  const key = `inbox/${week}.txt`;
  const out = await makeS3Client(config).send(
    new PutObjectCommand({ Bucket: config.BUCKET_NAME, Key: key, Body: text }),
  );
  const { handler: ingest } = await import('../../functions/handlers/ingest.js');
  await ingest(
    sqsEvent(s3CreatedBody(config.BUCKET_NAME, key, text.length, out.ETag)),
    lambdaContext('ingest'),
  );
  const jobs: DeliveryJob[] = [];
  const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
  const { makeReviewDeps } = await import('../../functions/composition/compile.js');
  const compile = createCompileHandler(
    makeReviewDeps(config, { enqueue: async (j) => void jobs.push(...j) }),
    'Asia/Baku',
  );
  await compile({ week, send: true }, lambdaContext('compile'));
  const { handler: deliver } = await import('../../functions/handlers/deliver.js');
  if (jobs.length) await deliver(sqsEvent(...jobs.map((j) => JSON.stringify(j))), lambdaContext('deliver'));
}

beforeAll(async () => {
  config = await useEmulators('subscribe');
  ({ handler: api } = (await import('../../functions/handlers/subscriptions.js')) as unknown as {
    handler: Api;
  });
});

describe('subscribe, confirm, receive, one-click unsubscribe, no more mail', () => {
  it('runs the whole flow through the handlers and the local SES', async () => {
    const ctx = lambdaContext('subscriptions');
    const pending = await api(apiEvent('POST', '/subscribe', { email: address, edition: 'en' }), ctx);
    expect(pending.statusCode).toBe(202);
    // Subscribing twice creates no second subscriber; it only sends a fresh confirmation.
    await api(apiEvent('POST', '/subscribe', { email: address, edition: 'en' }), ctx);
    const confirmations = await mailFor(normalized);
    expect(confirmations).toHaveLength(2);
    const links = confirmations.map(
      (m) => /http:\/\/\S+\/confirm\?token=[\w.-]+/.exec(m.body.text ?? '')?.[0] ?? '',
    );

    // Only the newest confirmation link activates.
    expect((await api(apiEvent('GET', pathOf(links[0] ?? '')), ctx)).statusCode).toBe(400);
    const confirmed = await api(apiEvent('GET', pathOf(links[1] ?? '')), ctx);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('subscription is confirmed');

    await sendWeek(
      '2026-W46',
      'On 12 November 2026 Azerbaijan and Uzbekistan signed a joint declaration on education in Tashkent.',
    );
    const bulletins = (await mailFor(normalized)).filter((m) => !/Confirm/.test(m.subject));
    expect(bulletins).toHaveLength(1);
    const unsubscribe =
      bulletins[0]?.headers?.find((h) => h.name === 'List-Unsubscribe')?.value.slice(1, -1) ?? '';
    expect(unsubscribe).toMatch(/\/unsubscribe\?token=/);

    // The personal preferences link changes the edition.
    const preferences =
      /http:\/\/\S+\/preferences\?token=[\w.-]+/.exec(bulletins[0]?.body.text ?? '')?.[0] ?? '';
    const prefs = (await api(apiEvent('GET', pathOf(preferences)), ctx)).body ?? '';
    expect(prefs).toContain('name="edition"');
    // The subscriber chose English; the switch shows the same page in Azerbaijani, token kept.
    expect(prefs).toContain('<html lang="en">');
    expect(prefs).toContain('<button type="submit">Save my edition choice</button>');
    const switchUrl =
      /href="(\/preferences\?token=[^"]+&amp;lang=az)"/.exec(prefs)?.[1]?.replace('&amp;', '&') ?? '';
    const az = (await api(apiEvent('GET', switchUrl), ctx)).body ?? '';
    expect(az).toContain('<html lang="az">');
    expect(az).toContain('Buraxılış seçimimi yadda saxla');
    const saved = await api(apiEvent('POST', pathOf(preferences), { edition: 'both' }), ctx);
    expect(saved.body).toMatch(/yadda saxlanıldı|preferences are saved/);

    // The GET shows a page with a button and changes nothing; the RFC 8058 one-click POST unsubscribes.
    const ask = await api(apiEvent('GET', pathOf(unsubscribe)), ctx);
    expect(ask.body).toContain('<form method="post"');
    const done = await api(apiEvent('POST', pathOf(unsubscribe), { 'List-Unsubscribe': 'One-Click' }), ctx);
    expect(done.statusCode).toBe(200);
    expect(done.body).toMatch(/You have unsubscribed|Abunəlikdən çıxdınız/);
    // Replaying the old confirmation link does not undo it.
    expect((await api(apiEvent('GET', pathOf(links[1] ?? '')), ctx)).statusCode).toBe(400);

    await sendWeek(
      '2026-W47',
      'On 18 November 2026 Azerbaijan and Türkiye signed a protocol on vocational education in Baku.',
    );
    expect((await mailFor(normalized)).filter((m) => !/Confirm/.test(m.subject))).toHaveLength(1);
  });

  it('answers a tampered token with a clear page, not a stack trace', async () => {
    const response = await api(apiEvent('GET', '/unsubscribe?token=abc.def'), lambdaContext('subscriptions'));
    expect(response.statusCode).toBe(400);
    // Azerbaijani by default; ?lang=en switches.
    expect(response.body).toContain('Bu keçid etibarsızdır');
    const en = await api(
      apiEvent('GET', '/unsubscribe?token=abc.def&lang=en'),
      lambdaContext('subscriptions'),
    );
    expect(en.body).toContain('not valid or has expired');
    expect(response.body).not.toMatch(/Error|at \w+ \(/);
  });

  it('refuses an invalid address', async () => {
    const response = await api(
      apiEvent('POST', '/subscribe', { email: 'not-an-address', edition: 'az' }),
      lambdaContext('s'),
    );
    expect(response.statusCode).toBe(400);
  });
});
