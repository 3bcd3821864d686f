import { type ChildProcess, spawn } from 'node:child_process';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startEmulators } from '../../cli/local/emulators.js';
import { localEnv } from '../../cli/local/runtime.js';
import { readRuntime } from '../../cli/local/state.js';
import { scanKind } from '../../functions/adapters/dynamo-query.js';

/** Counts of one kind's items by status, straight from the table. */
export async function countByStatus(
  doc: DynamoDBDocumentClient,
  table: string,
  kind: string,
  prefix: string,
) {
  const counts: Record<string, number> = {};
  for (const item of await scanKind(doc, table, kind))
    if (String(item.pk).startsWith(prefix))
      counts[String(item.status)] = (counts[String(item.status)] ?? 0) + 1;
  return counts;
}

import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { DynamoDeliveryLedger } from '../../functions/adapters/dynamo-delivery-ledger.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { type Config, parseConfig } from '../../functions/shared/config.js';
import { waitFor } from '../helpers/wait-for.js';

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
export async function cutPower(dev: DevProcess, state: string): Promise<void> {
  const server = readRuntime(state)?.pid;
  signalGroup(dev, 'SIGKILL');
  await dev.exited;
  // The server is gone once its zombie is reaped: until then a new dev would see it "running".
  if (server) await until('the killed server to be gone', async () => (alive(server) ? null : true), 10_000);
}

export async function stopDev(dev: DevProcess): Promise<void> {
  signalGroup(dev, 'SIGTERM');
  await dev.exited;
}

function signalGroup(dev: DevProcess, signal: NodeJS.Signals) {
  try {
    if (dev.child.pid) process.kill(-dev.child.pid, signal);
  } catch {
    // Already gone.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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

/** The state as the kill left it, read through the emulators alone (no queue runs, nothing resumes). */
export async function inspectState<T>(
  state: string,
  look: (doc: DynamoDBDocumentClient, table: string) => Promise<T>,
) {
  const emulators = await startEmulators(state);
  const endpoints = {
    s3: emulators.s3Endpoint,
    dynamo: emulators.dynamoEndpoint,
    ses: emulators.sesEndpoint,
  };
  const config = parseConfig(localEnv(state, endpoints, 0));
  try {
    return await look(makeDocumentClient(config), config.TABLE_NAME);
  } finally {
    await emulators.stop();
  }
}

/** Polls a probe of the running system (a probe that throws counts as not yet) until it gives a value. */
export function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  return waitFor(probe, { what, timeoutMs, intervalMs: 100 });
}
