import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newSubscriber } from '../../functions/use-cases/new-subscriber.js';
import { articleText } from '../fixtures/bad-input/articles.js';
import {
  countByStatus,
  cutPower,
  type DevProcess,
  devTable,
  inspectState,
  startDev,
  stopDev,
  until,
} from './dev-process.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-power-'));
const state = join(root, 'state');
const inbox = join(root, 'inbox');
const FILES = 200;
const SUBSCRIBERS = 2000;
let dev: DevProcess | null = null;
/** Figures for docs/reliability.md, printed at the end. */
const figures: string[] = [];

afterAll(async () => {
  if (dev) await stopDev(dev);
  console.log(`power-cut figures:\n  ${figures.join('\n  ')}`);
  rmSync(root, { recursive: true, force: true });
});

async function restart(): Promise<DevProcess> {
  dev = startDev(state, inbox);
  await dev.ready;
  return dev;
}

const parked = () => {
  const dlq = join(state, 'dlq');
  return existsSync(dlq) ? readdirSync(dlq).flatMap((q) => readdirSync(join(dlq, q))) : [];
};

const inboxKeys = () => new Set(readdirSync(inbox).map((name) => `inbox/${name}`));

describe('bulletin dev killed with SIGKILL and started again', () => {
  it('mid-ingest of 200 files: every file ends with exactly one status', async () => {
    await restart();
    mkdirSync(inbox, { recursive: true });
    for (let i = 0; i < FILES; i++)
      writeFileSync(
        join(inbox, `power-${String(i).padStart(3, '0')}.txt`),
        `${articleText(1000 + i)}\nRef ${i}.\n`,
      );
    // A name the local S3 cannot keep (250 bytes) and a hidden file: statuses, not silence or a crash.
    writeFileSync(join(inbox, `${'uzun-ad-'.repeat(30)}1234567890.txt`), articleText(5000));
    writeFileSync(join(inbox, '.DS_Store'), 'finder');
    const table = devTable(state);
    const before = await until(
      'some of the files to be ingested',
      async () => {
        const done = (await table.sources.list()).filter((s) => s.key.startsWith('inbox/power-'));
        return done.length >= 20 ? done.length : null;
      },
      120_000,
    );
    if (dev) await cutPower(dev, state);
    const atKill = await inspectState(state, (doc, table) =>
      countByStatus(doc, table, 'SOURCE', 'SOURCE#inbox/power-'),
    );
    expect(before).toBeLessThan(FILES);

    const started = Date.now();
    await restart();
    const again = devTable(state);
    const records = await until(
      'every file to have its status',
      async () => {
        const all = (await again.sources.list()).filter((s) => inboxKeys().has(s.key));
        return all.length === FILES + 2 ? all : null;
      },
      120_000,
    );
    const statuses = new Map(records.map((r) => [r.key, r]));
    expect(statuses.size).toBe(FILES + 2);
    const power = records.filter((r) => r.key.startsWith('inbox/power-'));
    expect(power.every((r) => r.status === 'ok')).toBe(true);
    expect(statuses.get('inbox/.DS_Store')?.status).toBe('ignored');
    const long = records.find((r) => r.key.includes('uzun-ad-'));
    expect(long).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^name-too-long: /) });
    expect(parked()).toEqual([]);
    figures.push(
      `ingest: ${Object.values(atKill).reduce((a, b) => a + b, 0)}/${FILES} files had a status at the kill; after the restart ${power.length}/${FILES} ok ` +
        `(+1 ignored, +1 name-too-long) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 300_000);

  it('mid-send to 2,000 subscribers: every subscriber gets exactly one email (but the documented window)', async () => {
    const table = devTable(state);
    const now = new Date().toISOString();
    const addresses = Array.from({ length: SUBSCRIBERS }, (_, i) => `reader-${i}@example.org`);
    for (let i = 0; i < addresses.length; i += 50)
      await Promise.all(
        addresses.slice(i, i + 50).map((a) => table.subscribers.put(newSubscriber(a, 'both', now))),
      );
    const week = '2026-W45';
    const send = startSend(week);
    const sentAtKill = await until(
      'the first 200 emails',
      async () => {
        const n = await table.ledger.countSent(week);
        return n >= 200 ? n : null;
      },
      120_000,
    );
    if (dev) await cutPower(dev, state);
    const firstSend = await send.then(
      () => 'finished',
      () => 'failed',
    );
    expect(sentAtKill).toBeLessThan(SUBSCRIBERS);
    const ledgerAtKill = await inspectState(state, (doc, table) =>
      countByStatus(doc, table, 'DELIVERY', `DELIVERY#${week}`),
    );
    const bulletinAtKill = await inspectState(state, async (doc, table) => {
      const { DynamoBulletinRepository } = await import(
        '../../functions/adapters/dynamo-bulletin-repository.js'
      );
      return (await new DynamoBulletinRepository(doc, table).get(week))?.status;
    });
    expect(bulletinAtKill).toBe('sending');

    const started = Date.now();
    await restart();
    const again = devTable(state);
    // The operator sends again: it resumes a half-queued week, and is harmless for a fully queued one.
    await startSend(week);
    await until(
      'the week to be sent',
      async () => ((await again.bulletins.get(week))?.status === 'sent' ? true : null),
      240_000,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (dev) await stopDev(dev);
    dev = null;
    const perAddress = new Map<string, number>();
    for (const line of readFileSync(join(state, 'ses', 'mail.jsonl'), 'utf8').split('\n')) {
      if (!line.includes('reader-')) continue;
      const to = (JSON.parse(line) as { destination: { to: string[] } }).destination.to[0] ?? '';
      if (to.startsWith('reader-')) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    }
    expect(perAddress.size).toBe(SUBSCRIBERS);
    const twice = [...perAddress.values()].filter((n) => n > 1);
    // The window: SES accepted, the record not yet written, for the sends in flight at the kill.
    expect(twice.length).toBeLessThanOrEqual(16);
    expect(twice.every((n) => n === 2)).toBe(true);
    figures.push(
      `send: at the kill ${JSON.stringify(ledgerAtKill)} of ${SUBSCRIBERS}, week '${bulletinAtKill}' ` +
        `(first \`bulletin send\` ${firstSend}); after the restart all ${SUBSCRIBERS} served, ` +
        `${twice.length} twice (the documented window), week 'sent' ${seconds} s after the restart`,
    );
  }, 400_000);
});

/**
 * `bulletin approve` attached to the running dev: the editor's approval queues the jobs into dev's delivery
 * queue (`bulletin send` only mails the review copy to the editors); approving again resumes a half-queued week.
 */
async function startSend(week: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, ['bin/bulletin.mjs', 'approve', '--week', week, '--state', state], (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}
