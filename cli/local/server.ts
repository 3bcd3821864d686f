import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { objectStore } from '../../functions/composition/storage.js';
import { type DeliveryJob, deliveryJobSchema } from '../../functions/domain/bulletin/delivery-job.js';
import { BulletinError } from '../../functions/domain/errors.js';
import type { ObjectStore } from '../../functions/ports/object-store.js';
import type { Config } from '../../functions/shared/config.js';
import { apiGatewayEvent } from './api-event.js';
import { issueLocalToken, LOCAL_TOKEN_HEADER, tokenMatches } from './control-token.js';
import { lambdaContext } from './lambda-context.js';

/** Public paths of the archive, the same as CloudFront serves in AWS; e-mail copies stay private. */
const PUBLIC_KEY =
  /^(archive\/index\.html|archive\/(az|en)\/(index|search|(events|partners)\/[A-Za-z0-9_-]+)\.html|archive\/(search-index\.json|search\.js)|feeds\/(az|en)\.xml|bulletins\/\d{4}-W\d{2}\/((az|en|both)\.(html|txt)|bulletin\.json))$/;

/** A request path decoded, or null when it cannot be (`/%`): the server answers 400, not 500. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function keyForPath(pathname: string): string | null {
  const path = decodedPath(pathname)?.replace(/^\/+/, '');
  if (path === undefined) return null;
  if (path === '' || path === 'archive/' || path === 'index.html') return 'archive/index.html';
  if (/^archive\/(az|en)\/?$/.test(path)) return `${path.replace(/\/$/, '')}/index.html`;
  const key = path.replace(/^bulletins\/(\d{4}-W\d{2})\/?$/, 'bulletins/$1/both.html');
  return PUBLIC_KEY.test(key) ? key : null;
}

/** The subscription API's paths, served by the real subscriptions handler as API Gateway would call it. */
const API_PATHS = new Set(['/subscribe', '/confirm', '/unsubscribe', '/preferences']);

/** Request bodies are refused (413) above this, as API Gateway's payload limit would. */
export const BODY_LIMIT_BYTES = 1_000_000;
/** A body this far over the limit is not even read to its end: the connection is closed instead. */
const DRAIN_LIMIT_BYTES = 16 * BODY_LIMIT_BYTES;

type ApiHandler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;

export interface LocalServerOptions {
  config: Config;
  port: number;
  /** Where the control token is written (local-token, 0600) for the other commands to read. */
  stateDir: string;
  onDeliveryJobs: (jobs: DeliveryJob[]) => void;
  onReplay: () => Record<string, number>;
  api: ApiHandler;
  /** The editors' review routes (/review...), served by the review handler as API Gateway would call it. */
  review?: ApiHandler;
}

interface Served {
  store: ObjectStore;
  options: LocalServerOptions;
  token: string;
  port: () => number;
}

class BodyTooLargeError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'BodyTooLargeError';
}

/** `bulletin dev`'s web server on 127.0.0.1: the archive and feeds from the local bucket, and control paths. */
export async function startLocalServer(
  options: LocalServerOptions,
): Promise<{ server: Server; url: string }> {
  const served: Served = {
    store: objectStore(options.config),
    options,
    token: issueLocalToken(options.stateDir),
    port: () => (server.address() as AddressInfo).port,
  };
  const server = createServer((req, res) => {
    handle(req, res, served).catch((error: Error) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof BodyTooLargeError)
        return send(res, 413, 'text/plain', 'request body too large', { connection: 'close' });
      return send(res, 500, 'text/plain', `internal error: ${error.name}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${served.port()}` };
}

async function handle(req: IncomingMessage, res: ServerResponse, served: Served) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (decodedPath(url.pathname) === null) return send(res, 400, 'text/plain', 'bad request path');
  if (url.pathname.startsWith('/_local/')) return control(req, res, url.pathname, served);
  const { options } = served;
  const review = options.review && /^\/review(\/|$)/.test(url.pathname) ? options.review : null;
  if (review || API_PATHS.has(url.pathname.replace(/\/+$/, ''))) {
    // The routers answer 405 with Allow for the methods they know; others never reach them (as API Gateway).
    if (!['GET', 'HEAD', 'POST'].includes(req.method ?? ''))
      return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD, POST' });
    const result = await (review ?? options.api)(
      apiGatewayEvent(req, await readBody(req)),
      lambdaContext(review ? 'review' : 'subscriptions'),
    );
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    return res.end(req.method === 'HEAD' ? undefined : (result.body ?? ''));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });
  const key = keyForPath(url.pathname);
  const object = key ? await served.store.get(key) : null;
  if (!object) return send(res, 404, 'text/html; charset=utf-8', notFoundPage());
  return send(res, 200, object.contentType ?? 'application/octet-stream', object.bytes);
}

// The same schema the deliver function parses each SQS message with.
const deliveryJobsSchema = z.array(deliveryJobSchema);

/**
 * The control paths other `bulletin` commands use. Only this machine's user may call them: the Host must be
 * this server (no DNS rebinding), a browser's Origin must be this server (no cross-site form or fetch), and
 * the token from the state folder must come along (no other local web page can read it).
 */
async function control(req: IncomingMessage, res: ServerResponse, path: string, served: Served) {
  const port = served.port();
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(req.headers.host ?? ''))
    return send(res, 403, 'text/plain', 'forbidden: unexpected Host');
  const origin = req.headers.origin;
  if (origin !== undefined && !own.map((h) => `http://${h}`).includes(origin))
    return send(res, 403, 'text/plain', 'forbidden: cross-origin request');
  if (!tokenMatches(served.token, req.headers[LOCAL_TOKEN_HEADER]))
    return send(
      res,
      401,
      'text/plain',
      `unauthorized: send ${LOCAL_TOKEN_HEADER} (state folder, local-token)`,
    );
  if (path !== '/_local/deliveries' && path !== '/_local/replay')
    return send(res, 404, 'text/plain', 'not found');
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed', { allow: 'POST' });
  if (path === '/_local/replay') {
    return send(res, 200, 'application/json', JSON.stringify(served.options.onReplay()));
  }
  let jobs: DeliveryJob[];
  try {
    jobs = deliveryJobsSchema.parse(JSON.parse((await readBody(req)).toString('utf8')));
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error;
    return send(res, 400, 'text/plain', 'expected a JSON array of delivery jobs');
  }
  served.options.onDeliveryJobs(jobs);
  return send(res, 202, 'application/json', '{"accepted":true}');
}

/**
 * The request body, or BodyTooLargeError once it passes the limit. The rest is read and dropped (up to
 * DRAIN_LIMIT_BYTES) so the client, still sending, gets its 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > DRAIN_LIMIT_BYTES) {
    req.resume();
    return Promise.reject(new BodyTooLargeError());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT_BYTES) chunks.push(chunk);
      else if (size > DRAIN_LIMIT_BYTES) req.destroy();
    });
    req.on('end', () =>
      size > BODY_LIMIT_BYTES ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  extraHeaders: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    // The archive search runs archive/search.js and fetches its index from this origin; nothing else runs.
    'content-security-policy':
      "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'self'",
    ...extraHeaders,
  });
  res.end(body);
}

function notFoundPage(): string {
  return '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Archive</a></p>';
}
