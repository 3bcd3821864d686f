import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A reverse proxy on 127.0.0.1 in front of one emulator, switchable to fail: point a handler's endpoint at
 * `url` and the handler meets the outage a real service has (5xx answers, stalls), through the real SDK
 * with its own retries. Only requests that `matches` are affected (and counted); others always pass.
 */
export interface FaultProxy {
  url: string;
  /** Requests that matched so far (SDK retries included), and how many of them were failed. */
  readonly seen: number;
  readonly failed: number;
  /** Matching requests held unanswered by `stall()` right now. */
  readonly stalled: number;
  /** Answer every matching request with this status until `heal()`. */
  fail(status?: number): void;
  /** Fail only the next n matching requests, then pass again. */
  failNext(n: number, status?: number): void;
  /** Pass the next k matching requests, then fail every one after them (a service that dies midway). */
  failAfter(k: number, status?: number): void;
  /** Hold matching requests unanswered until `heal()`, then forward them. */
  stall(): void;
  heal(): void;
  close(): Promise<void>;
}

type Mode =
  | { kind: 'pass' }
  | { kind: 'fail'; status: number; budget: number; after: number }
  | { kind: 'stall' };

export async function startFaultProxy(
  target: string,
  matches: (req: IncomingMessage) => boolean = () => true,
): Promise<FaultProxy> {
  const upstream = new URL(target);
  let mode: Mode = { kind: 'pass' };
  let seen = 0;
  let failed = 0;
  let stalled: (() => void)[] = [];

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.writeHead(502).end());
    out.end(body);
  };

  const refuse = (res: ServerResponse, status: number) => {
    failed++;
    // A JSON body with a service error type: both the JSON (DynamoDB, SES v2) and XML (S3) SDK parsers
    // treat any 5xx as a retryable server fault.
    res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': 'ServiceUnavailable' });
    res.end(JSON.stringify({ __type: 'ServiceUnavailable', message: 'injected by the fault proxy' }));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!matches(req)) return forward(req, body, res);
      seen++;
      if (mode.kind === 'stall') return void stalled.push(() => forward(req, body, res));
      if (mode.kind === 'fail') {
        if (mode.after > 0) {
          mode.after--;
        } else if (mode.budget !== 0) {
          mode.budget--;
          return refuse(res, mode.status);
        }
      }
      forward(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get seen() {
      return seen;
    },
    get failed() {
      return failed;
    },
    get stalled() {
      return stalled.length;
    },
    fail(status = 503) {
      mode = { kind: 'fail', status, budget: -1, after: 0 };
    },
    failNext(n, status = 503) {
      mode = { kind: 'fail', status, budget: n, after: 0 };
    },
    failAfter(k, status = 503) {
      mode = { kind: 'fail', status, budget: -1, after: k };
    },
    stall() {
      mode = { kind: 'stall' };
    },
    heal() {
      mode = { kind: 'pass' };
      for (const release of stalled.splice(0)) release();
      stalled = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
