import { describe, expect, it } from 'vitest';
import { COMPILE_TIMEOUT_SECONDS } from '../../../functions/shared/delivery-limits.js';
import { compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { deliverBulletin } from '../../../functions/use-cases/deliver-bulletin.js';
import { memoryCompile, subscribe } from '../../helpers/compile-deps.js';
import { MemoryMailer } from '../../helpers/fakes.js';
import { cutPower, tripped } from '../../helpers/power-cut.js';

const WEEK = '2026-W47';
const SUBSCRIBERS = 600; // 12 jobs of 50: two SendMessageBatch steps of 10

async function weekWithSubscribers() {
  const c = memoryCompile({ deliver: false });
  await c.add('a', '2026-11-17', '2026-11-17T10:00:00Z');
  for (let i = 0; i < SUBSCRIBERS; i++) await subscribe(c.deps, `s${String(i).padStart(4, '0')}`);
  c.at('2026-11-23T05:00:00Z');
  return c;
}

/** Every queued job delivered once (duplicates of a job allowed: the ledger makes them harmless). */
async function deliverAll(c: Awaited<ReturnType<typeof weekWithSubscribers>>) {
  const mailer = new MemoryMailer();
  const deps = {
    ...c.deps,
    ledger: c.ledger,
    mailer,
    link: () => 'https://x.invalid/',
    throttle: async () => undefined,
  };
  for (const job of [...c.jobs]) await deliverBulletin(deps, job);
  const perAddress = new Map<string, number>();
  for (const m of mailer.sent) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
  return perAddress;
}

const queuedIds = (c: Awaited<ReturnType<typeof weekWithSubscribers>>) =>
  new Set(c.jobs.flatMap((j) => j.subscriberIds));

describe('compileBulletin --send after a failure or a power cut', () => {
  it('SQS refusing half-way leaves the week resumable: the retry queues the rest, not "already sent"', async () => {
    const c = await weekWithSubscribers();
    let calls = 0;
    const enqueue = c.deps.queue.enqueue;
    c.deps.queue.enqueue = async (jobs) => {
      if (++calls === 2) throw new Error('SQS refused 10 delivery jobs');
      return enqueue(jobs);
    };
    await expect(compileBulletin(c.deps, WEEK, true)).rejects.toThrow(/SQS refused/);
    expect(c.bulletins.items.get(WEEK)).toMatchObject({ status: 'sending', jobsQueued: 10, leaseUntil: 0 });
    expect(c.jobs).toHaveLength(10);

    expect(await compileBulletin(c.deps, WEEK, true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 600,
    });
    expect(c.jobs).toHaveLength(12);
    expect(queuedIds(c).size).toBe(SUBSCRIBERS);
    expect(c.bulletins.items.get(WEEK)).toMatchObject({ status: 'sending', recipients: 600 });

    const emails = await deliverAll(c);
    expect(emails.size).toBe(SUBSCRIBERS);
    expect([...emails.values()].every((n) => n === 1)).toBe(true);
    expect(c.bulletins.items.get(WEEK)).toMatchObject({ status: 'sent', sentAt: '2026-11-23T05:00:00.000Z' });
  });

  it.each([
    ['after claiming the week', 'claimSending'],
    ['while queueing the second step', 'enqueue'],
    ['after recording the first step', 'recordQueued'],
  ] as const)('a power cut %s: the week is held by its lease, then resumed', async (_when, method) => {
    const c = await weekWithSubscribers();
    const target = method === 'enqueue' ? c.deps.queue : c.bulletins;
    let calls = 0;
    const cut = cutPower(target as never, method as never, () => ++calls === (method === 'enqueue' ? 2 : 1));
    void compileBulletin(c.deps, WEEK, true);
    expect(await tripped(cut)).toBe(true);
    cut.restore();
    expect(c.bulletins.items.get(WEEK)?.status).toBe('sending');

    // While the dead run's lease lasts, a second run neither queues nor claims the week was sent.
    c.at('2026-11-23T05:05:00Z');
    expect(await compileBulletin(c.deps, WEEK, true)).toMatchObject({
      status: 'already-sent',
      queuedSubscribers: 0,
    });
    c.at(new Date(Date.parse('2026-11-23T05:00:00Z') + COMPILE_TIMEOUT_SECONDS * 1000 + 1).toISOString());
    expect(await compileBulletin(c.deps, WEEK, true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 600,
    });
    expect(queuedIds(c).size).toBe(SUBSCRIBERS);

    const emails = await deliverAll(c);
    expect(emails.size).toBe(SUBSCRIBERS);
    expect([...emails.values()].every((n) => n === 1)).toBe(true);
    expect(c.bulletins.items.get(WEEK)?.status).toBe('sent');
  });

  it('a week with nobody to send to is sent at once; one with recipients waits for its deliveries', async () => {
    const empty = memoryCompile({ deliver: false });
    await empty.add('a', '2026-11-17', '2026-11-17T10:00:00Z');
    expect(await compileBulletin(empty.deps, WEEK, true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 0,
    });
    expect(empty.bulletins.items.get(WEEK)?.status).toBe('sent');

    const c = await weekWithSubscribers();
    await compileBulletin(c.deps, WEEK, true);
    expect(c.bulletins.items.get(WEEK)).toMatchObject({ status: 'sending', recipients: 600, jobsQueued: 12 });
    expect(c.bulletins.items.get(WEEK)?.leaseUntil).toBeUndefined();
  });
});
