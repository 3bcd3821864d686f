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
    // A second subscribe while the first is pending and recent: the same answer, no second email, and
    // nothing the owner chose changes (the edition stays English; the owner's link stays valid).
    const again = await api(apiEvent('POST', '/subscribe', { email: address, edition: 'az' }), ctx);
    expect(again.statusCode).toBe(202);
    const confirmations = await mailFor(normalized);
    expect(confirmations).toHaveLength(1);
    const link = /http:\/\/\S+\/confirm\?token=[\w.-]+/.exec(confirmations[0]?.body.text ?? '')?.[0] ?? '';

    // Following the link (as a mail scanner would) shows a button and confirms nothing.
    const ask = await api(apiEvent('GET', pathOf(link)), ctx);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('<html lang="en">');
    expect(ask.body).toMatch(
      /<form method="post" action="\/confirm\?token=[^"]+"><p><button type="submit">Confirm my subscription/,
    );
    const stillPending = await api(apiEvent('GET', pathOf(link)), ctx);
    expect(stillPending.body).toContain('Confirm my subscription');
    const confirmed = await api(apiEvent('POST', pathOf(link)), ctx);
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
    const askUnsubscribe = await api(apiEvent('GET', pathOf(unsubscribe)), ctx);
    expect(askUnsubscribe.body).toContain('<form method="post"');
    const done = await api(apiEvent('POST', pathOf(unsubscribe), { 'List-Unsubscribe': 'One-Click' }), ctx);
    expect(done.statusCode).toBe(200);
    expect(done.body).toMatch(/You have unsubscribed|Abunəlikdən çıxdınız/);
    // Replaying the old confirmation link does not undo it.
    expect((await api(apiEvent('GET', pathOf(link)), ctx)).statusCode).toBe(400);
    expect((await api(apiEvent('POST', pathOf(link)), ctx)).statusCode).toBe(400);
    // Unsubscribing revoked the other links: the preferences link no longer opens or saves.
    expect((await api(apiEvent('GET', pathOf(preferences)), ctx)).statusCode).toBe(400);
    const lateSave = await api(apiEvent('POST', pathOf(preferences), { edition: 'az' }), ctx);
    expect(lateSave.statusCode).toBe(400);
    // A repeated one-click POST still answers "unsubscribed", not "invalid link".
    const repeated = await api(
      apiEvent('POST', pathOf(unsubscribe), { 'List-Unsubscribe': 'One-Click' }),
      ctx,
    );
    expect(repeated.statusCode).toBe(200);

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

  it('refuses an address with invisible characters, saying so in the reader’s language', async () => {
    for (const hidden of [
      'vic\u200btim',
      'vic\u0000tim',
      'vic\u001b[31mtim',
      'vic\u0085tim',
      '\ufeffvictim',
      'vic\u202etim',
    ]) {
      const email = `${hidden}.${Date.now().toString(36)}@example.org`;
      const az = await api(apiEvent('POST', '/subscribe', { email, edition: 'az' }), lambdaContext('s'));
      expect(az.statusCode).toBe(400);
      expect(az.body).toContain('görünməyən və ya idarəetmə simvolları');
      const en = await api(
        apiEvent('POST', '/subscribe', { email, edition: 'az', lang: 'en' }),
        lambdaContext('s'),
      );
      expect(en.body).toContain('invisible or control characters');
      expect(await mailFor(email.replace(/[^\x20-\x7e]/g, ''))).toHaveLength(0);
    }
  });

  it('refuses an invalid address', async () => {
    const response = await api(
      apiEvent('POST', '/subscribe', { email: 'not-an-address', edition: 'az' }),
      lambdaContext('s'),
    );
    expect(response.statusCode).toBe(400);
  });
  // Last: the burst drains this instance's subscribe budget.
  it('sends one confirmation for a burst of 50 concurrent subscribes to one address', async () => {
    const target = `burst.${Date.now().toString(36)}@example.org`;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api(
          apiEvent('POST', '/subscribe', { email: target, edition: i % 2 ? 'az' : 'en' }),
          lambdaContext('subscriptions'),
        ),
      ),
    );
    // The entry's own budget may answer part of the burst 429; none is an error, and one email goes out.
    expect(answers.every((a) => a.statusCode === 202 || a.statusCode === 429)).toBe(true);
    expect(answers.some((a) => a.statusCode === 429)).toBe(true);
    expect(await mailFor(target)).toHaveLength(1);
    // Subscribe traffic has drained the budget; unsubscribing draws on none and is still served.
    const ctx = lambdaContext('subscriptions');
    const more = await api(apiEvent('POST', '/subscribe', { email: target, edition: 'az' }), ctx);
    expect(more.statusCode).toBe(429);
    expect(more.headers['retry-after']).toBe('60');
    const stop = await api(apiEvent('POST', '/unsubscribe?token=abc.def', {}), ctx);
    expect(stop.statusCode).toBe(400);
    expect(stop.body).toContain('Bu keçid etibarsızdır');
  });
});
