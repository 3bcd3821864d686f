import { describe, expect, it } from 'vitest';
import { DELIVER_STOP_MARGIN_MS } from '../../../functions/shared/delivery-limits.js';
import { DeliveryPendingError, deliverBulletin } from '../../../functions/use-cases/deliver-bulletin.js';
import { memoryDeliver, WEEK } from '../../helpers/deliver-deps.js';
import { cutPower, tripped } from '../../helpers/power-cut.js';

const IDS = ['s1', 's2', 's4', 's5'];
const MINUTE = 60_000;

async function fourSubscribers() {
  const d = await memoryDeliver();
  await d.add('s4', 'both');
  await d.add('s5', 'az');
  return d;
}

const emailsPer = (d: Awaited<ReturnType<typeof memoryDeliver>>) => {
  const counts: Record<string, number> = {};
  for (const m of d.mailer.sent)
    counts[m.to.split('@')[0] ?? ''] = (counts[m.to.split('@')[0] ?? ''] ?? 0) + 1;
  return counts;
};

const isS4 = (...args: unknown[]) =>
  args.includes('s4') || (args[0] as { to?: string })?.to === 's4@example.org';

/**
 * The deliver use case stopped dead at each step of one subscriber's send, then the same job run again
 * once the killed invocation's lease is over (as SQS redelivers it after the visibility timeout).
 */
describe('deliverBulletin after a power cut', () => {
  it.each([
    ['before the claim (during the rate wait)', 'throttle', { before: true }, 1],
    ['after the claim was written', 'claim', {}, 1],
    ['after SES accepted, before the record (the documented window)', 'send', {}, 2],
    ['after the sent record was written', 'markSent', {}, 1],
  ] as const)('cut %s: the re-run completes the job', async (_step, method, options, s4Emails) => {
    const d = await fourSubscribers();
    const deadline = d.clock.ms + 2 * MINUTE;
    const target = method === 'send' ? d.mailer : method === 'throttle' ? d : d.ledger;
    // The throttle takes no arguments: cut it at its third call (the third send in this job).
    let calls = 0;
    const when = method === 'throttle' ? () => ++calls === 3 : isS4;
    const cut = cutPower(target as never, method as never, when, options);
    void deliverBulletin({ ...d, concurrency: 1 }, { week: WEEK, subscriberIds: IDS }, { deadline });
    expect(await tripped(cut)).toBe(true);
    cut.restore();

    // A duplicate of the job while the dead invocation's lease still runs sends nothing twice, and is not
    // done while a subscriber is held by that lease (it fails, so the queue retries it later).
    const duplicate = deliverBulletin(
      { ...d, concurrency: 1 },
      { week: WEEK, subscriberIds: IDS },
      { deadline },
    );
    if (method === 'markSent' || method === 'throttle') await duplicate;
    else await expect(duplicate).rejects.toBeInstanceOf(DeliveryPendingError);
    expect(emailsPer(d).s1).toBe(1);

    d.clock.ms = deadline + MINUTE;
    await deliverBulletin(d, { week: WEEK, subscriberIds: IDS });
    expect(emailsPer(d)).toEqual({ s1: 1, s2: 1, s4: s4Emails, s5: 1 });
    expect([...(await d.ledger.settled(WEEK))].sort()).toEqual(IDS);
  });

  it('a claim whose lease has not run out is not taken by another job', async () => {
    const d = await fourSubscribers();
    const deadline = d.clock.ms + 2 * MINUTE;
    expect(await d.ledger.claim(WEEK, 's4', deadline)).toBe(true);
    const held = deliverBulletin(d, { week: WEEK, subscriberIds: IDS });
    await expect(held).rejects.toMatchObject({ name: 'DeliveryPendingError', subscriberIds: ['s4'] });
    expect(emailsPer(d)).toEqual({ s1: 1, s2: 1, s5: 1 });
    d.clock.ms = deadline + 1;
    expect(await deliverBulletin(d, { week: WEEK, subscriberIds: IDS })).toMatchObject({ sent: 1 });
    expect(emailsPer(d)).toEqual({ s1: 1, s2: 1, s4: 1, s5: 1 });
  });

  it('stops taking sends when little time is left and hands the rest back as a new job', async () => {
    const d = await fourSubscribers();
    const deadline = d.clock.ms + DELIVER_STOP_MARGIN_MS + 30_000;
    // Each rate wait takes 20 s of the invocation: after the first send, the second wait ends in the margin.
    const wait20s = async () => {
      d.clock.ms += 20_000;
    };
    const paced = { ...d, concurrency: 1, throttle: wait20s };
    const result = await deliverBulletin(paced, { week: WEEK, subscriberIds: IDS }, { deadline });
    expect(result).toEqual({ sent: 1, skipped: 0, returned: 3 });
    expect(d.jobs).toEqual([{ week: WEEK, subscriberIds: ['s2', 's4', 's5'] }]);
    // No claim is left behind for the subscribers handed back.
    expect(d.ledger.statusOf(WEEK, 's2')).toBeNull();
    const rest = d.jobs[0];
    if (rest) await deliverBulletin(d, rest);
    expect(emailsPer(d)).toEqual({ s1: 1, s2: 1, s4: 1, s5: 1 });
  });

  it('marks the week sent only when the last recipient is settled', async () => {
    const d = await fourSubscribers();
    const record = await d.bulletins.get(WEEK);
    if (record) await d.bulletins.put({ ...record, queuedAt: '2026-11-23T09:00:00Z', recipients: 5 });
    await deliverBulletin(d, { week: WEEK, subscriberIds: ['s1', 's2'] });
    expect((await d.bulletins.get(WEEK))?.status).toBe('sending');
    await deliverBulletin(d, { week: WEEK, subscriberIds: ['s3', 's4', 's5'] });
    // s3 unsubscribed: settled as skipped, so the week is complete.
    expect(d.ledger.statusOf(WEEK, 's3')).toBe('skipped');
    expect((await d.bulletins.get(WEEK))?.status).toBe('sent');
  });
});
