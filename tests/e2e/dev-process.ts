import { type ChildProcess, spawn } from 'node:child_process';
import { localEnv } from '../../cli/local/runtime.js';
import { readRuntime } from '../../cli/local/state.js';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { DynamoDeliveryLedger } from '../../functions/adapters/dynamo-delivery-ledger.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { type Config, parseConfig } from '../../functions/shared/config.js';

/** `bulletin dev` as a user starts it (the bin script), in a process group of its own so a test can cut it. */
export interface DevProcess {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
  exited: Promise<number | null>;
}

export function startDev(state: string, inbox: string): DevProcess {
  const child = spawn(
    process.execPath,
    ['bin/bulletin.mjs', 'dev', '--state', state, '--inbox', inbox, '--port', '0'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  const ready = new Promise<void>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('Press Ctrl-C to stop.')) resolve();
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) =>
      reject(new Error(`bulletin dev exited (${code}) before it was ready:\n${text}`)),
    );
  });
  ready.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, ready, exited };
}

/** SIGKILL to the whole group (the bin script and the server it runs): no handler, no clean-up. */
export async function cutPower(dev: DevProcess): Promise<void> {
  if (dev.child.pid) process.kill(-dev.child.pid, 'SIGKILL');
  await dev.exited;
}

export async function stopDev(dev: DevProcess): Promise<void> {
  if (dev.child.pid) process.kill(-dev.child.pid, 'SIGTERM');
  await dev.exited;
}

/** The running dev's table, through the same adapters, from the endpoints it published. */
export function devTable(state: string) {
  const running = readRuntime(state);
  if (!running) throw new Error('bulletin dev is not running');
  const endpoints = { s3: running.s3Endpoint, dynamo: running.dynamoEndpoint, ses: running.sesEndpoint };
  const config: Config = parseConfig(localEnv(state, endpoints, 0));
  const doc = makeDocumentClient(config);
  return {
    config,
    sources: new DynamoSourceRepository(doc, config.TABLE_NAME),
    subscribers: new DynamoSubscriberRepository(doc, config.TABLE_NAME),
    bulletins: new DynamoBulletinRepository(doc, config.TABLE_NAME),
    ledger: new DynamoDeliveryLedger(doc, config.TABLE_NAME),
  };
}

export async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
