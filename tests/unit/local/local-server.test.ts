import { readFileSync, statSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TOKEN_HEADER, localControlHeaders } from '../../../cli/local/control-token.js';
import { startLocalServer } from '../../../cli/local/server.js';
import { route } from '../../../functions/handlers/subscriptions-routes.js';
import type { DeliveryJob } from '../../../functions/ports/queue.js';
import { configSchema } from '../../../functions/shared/config.js';
import type { SubscriptionDeps } from '../../../functions/use-cases/manage-subscription.js';
import { tempDir } from '../../helpers/temp-dir.js';

// The manners below are answered before anything reaches the bucket, the table or SES.
const stateDir = tempDir('bulletin-server-');
const config = configSchema.parse({
  BUCKET_NAME: 'nowhere',
  TABLE_NAME: 'nowhere',
  S3_ENDPOINT: 'http://127.0.0.1:9',
});
const replays: number[] = [];
const jobs: DeliveryJob[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const started = await startLocalServer({
    config,
    port: 0,
    stateDir,
    onDeliveryJobs: (j) => void jobs.push(...j),
    onReplay: () => {
      replays.push(1);
      return { ingest: 0, deliver: 0 };
    },
    api: (event) => route({} as SubscriptionDeps, event as never),
  });
  server = started.server;
  port = Number(new URL(started.url).port);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request (fetch would not send a foreign Host, nor an undecodable path). */
function call(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the local control paths', () => {
  it('write their token at startup, readable by the owner only', () => {
    const file = join(stateDir, 'local-token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(30);
  });

  it('refuse a request without the token, from another Host, or from another origin', async () => {
    expect((await call('POST', '/_local/replay')).status).toBe(401);
    expect((await call('POST', '/_local/replay', { [LOCAL_TOKEN_HEADER]: 'guess' })).status).toBe(401);
    const token = localControlHeaders(stateDir);
    expect((await call('POST', '/_local/replay', { ...token, host: 'evil.example:80' })).status).toBe(403);
    expect((await call('POST', '/_local/replay', { ...token, host: `rebound.example:${port}` })).status).toBe(
      403,
    );
    const crossSite = await call('POST', '/_local/replay', { ...token, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(replays).toHaveLength(0);
  });

  it('serve the token holder, same-origin or with no Origin, localhost or 127.0.0.1', async () => {
    const token = localControlHeaders(stateDir);
    expect((await call('POST', '/_local/replay', token)).status).toBe(200);
    const sameOrigin = { ...token, origin: `http://localhost:${port}`, host: `localhost:${port}` };
    expect((await call('POST', '/_local/replay', sameOrigin)).status).toBe(200);
    expect(replays).toHaveLength(2);
    const posted = await call(
      'POST',
      '/_local/deliveries',
      { ...token, 'content-type': 'application/json' },
      Buffer.from(JSON.stringify([{ week: '2026-W47', subscriberIds: ['a'] }])),
    );
    expect(posted.status).toBe(202);
    expect(jobs).toEqual([{ week: '2026-W47', subscriberIds: ['a'] }]);
    const garbage = await call('POST', '/_local/deliveries', token, Buffer.from('{not json'));
    expect(garbage.status).toBe(400);
  });

  it('answer a wrong method 405 with Allow', async () => {
    const answer = await call('GET', '/_local/replay', localControlHeaders(stateDir));
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('POST');
  });
});

describe('the local server', () => {
  it('answers an undecodable path 400', async () => {
    expect((await call('GET', '/%')).status).toBe(400);
    expect((await call('GET', '/archive/%E0%A4%A')).status).toBe(400);
  });

  it('answers wrong methods 405 with Allow, on the archive and on the API', async () => {
    const archive = await call('DELETE', '/archive/index.html');
    expect(archive.status).toBe(405);
    expect(archive.headers.allow).toBe('GET, HEAD');
    const api = await call('PUT', '/subscribe');
    expect(api.status).toBe(405);
    expect(api.headers.allow).toBe('GET, HEAD, POST');
    const confirm = await call('DELETE', '/confirm?token=x');
    expect(confirm.status).toBe(405);
    expect(confirm.headers.allow).toBe('GET, HEAD, POST');
  });

  it('answers HEAD like GET, without a body', async () => {
    const get = await call('GET', '/subscribe');
    const head = await call('HEAD', '/subscribe');
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(get.body).toContain('<form');
    expect(head.body).toBe('');
    // A GET that carries a body is still a GET (the router cannot build a request with one).
    const withBody = await call('GET', '/subscribe', { 'content-length': '1' }, Buffer.from('x'));
    expect(withBody.status).toBe(200);
  });

  it('answers a body over the limit 413, not a reset connection', async () => {
    const big = Buffer.alloc(1_500_000, 'a');
    const form = await call(
      'POST',
      '/subscribe',
      { 'content-type': 'application/x-www-form-urlencoded' },
      big,
    );
    expect(form.status).toBe(413);
    const control = await call('POST', '/_local/deliveries', localControlHeaders(stateDir), big);
    expect(control.status).toBe(413);
  });
});
