import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3ObjectStore } from '../../functions/adapters/s3-object-store.js';
import { type DeliveryJob, deliveryJobSchema } from '../../functions/domain/bulletin/delivery-job.js';
import { makeS3Client } from '../../functions/shared/clients.js';
import type { Config } from '../../functions/shared/config.js';
import { apiGatewayEvent } from './api-event.js';
import { lambdaContext } from './lambda-context.js';

/** Public paths of the archive, the same as CloudFront serves in AWS; e-mail copies stay private. */
const PUBLIC_KEY =
  /^(archive\/index\.html|archive\/(az|en)\/(index|search|(events|partners)\/[A-Za-z0-9_-]+)\.html|archive\/(search-index\.json|search\.js)|feeds\/(az|en)\.xml|bulletins\/\d{4}-W\d{2}\/((az|en|both)\.(html|txt)|bulletin\.json))$/;

export function keyForPath(pathname: string): string | null {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path === 'archive/' || path === 'index.html') return 'archive/index.html';
  if (/^archive\/(az|en)\/?$/.test(path)) return `${path.replace(/\/$/, '')}/index.html`;
  const key = path.replace(/^bulletins\/(\d{4}-W\d{2})\/?$/, 'bulletins/$1/both.html');
  return PUBLIC_KEY.test(key) ? key : null;
}

/** The subscription API's paths, served by the real subscriptions handler as API Gateway would call it. */
const API_PATHS = new Set(['/subscribe', '/confirm', '/unsubscribe', '/preferences']);

type ApiHandler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;

export interface LocalServerOptions {
  config: Config;
  port: number;
  onDeliveryJobs: (jobs: DeliveryJob[]) => void;
  onReplay: () => Record<string, number>;
  api: ApiHandler;
  /** The editors' review routes (/review...), served by the review handler as API Gateway would call it. */
  review?: ApiHandler;
}

/** `bulletin dev`'s web server on 127.0.0.1: the archive and feeds from the local bucket, and a control path. */
export async function startLocalServer(
  options: LocalServerOptions,
): Promise<{ server: Server; url: string }> {
  const store = new S3ObjectStore(makeS3Client(options.config), options.config.BUCKET_NAME);
  const server = createServer((req, res) => {
    handle(req, res, store, options).catch((error: Error) =>
      send(res, 500, 'text/plain', `internal error: ${error.name}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return { server, url: `http://127.0.0.1:${port}` };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  store: S3ObjectStore,
  options: LocalServerOptions,
) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'POST' && url.pathname === '/_local/deliveries') {
    // Parsed like the SQS message it stands for: a malformed job is refused here, not deep in a delivery.
    const jobs = deliveryJobSchema.array().parse(JSON.parse((await readBody(req)).toString('utf8')));
    options.onDeliveryJobs(jobs);
    return send(res, 202, 'application/json', '{"accepted":true}');
  }
  if (req.method === 'POST' && url.pathname === '/_local/replay') {
    return send(res, 200, 'application/json', JSON.stringify(options.onReplay()));
  }
  const review = options.review && /^\/review(\/|$)/.test(url.pathname) ? options.review : null;
  if (review || API_PATHS.has(url.pathname.replace(/\/+$/, ''))) {
    const result = await (review ?? options.api)(
      apiGatewayEvent(req, await readBody(req)),
      lambdaContext(review ? 'review' : 'subscriptions'),
    );
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    return res.end(result.body ?? '');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain', 'method not allowed');
  const key = keyForPath(url.pathname);
  const object = key ? await store.get(key) : null;
  if (!object) return send(res, 404, 'text/html; charset=utf-8', notFoundPage());
  return send(res, 200, object.contentType ?? 'application/octet-stream', object.bytes);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    // The archive search runs archive/search.js and fetches its index from this origin; nothing else runs.
    'content-security-policy':
      "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'self'",
  });
  res.end(body);
}

function notFoundPage(): string {
  return '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Archive</a></p>';
}
