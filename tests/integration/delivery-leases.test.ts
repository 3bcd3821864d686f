import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoBulletinRepository } from '../../functions/adapters/dynamo-bulletin-repository.js';
import { DynamoDeliveryLedger } from '../../functions/adapters/dynamo-delivery-ledger.js';
import type { BulletinRecord } from '../../functions/domain/bulletin/bulletin-record.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { useEmulators } from '../helpers/local-env.js';

let now = Date.parse('2026-11-23T09:00:00Z');
let ledger: DynamoDeliveryLedger;
let bulletins: DynamoBulletinRepository;

beforeAll(async () => {
  const config = await useEmulators('leases');
  const doc = makeDocumentClient(config);
  ledger = new DynamoDeliveryLedger(doc, config.TABLE_NAME, () => new Date(now));
  bulletins = new DynamoBulletinRepository(doc, config.TABLE_NAME);
});

const compiled = (week: string): BulletinRecord => ({
  week,
  status: 'compiled',
  reason: null,
  events: 1,
  partners: 1,
  articleIds: ['a', 'b'],
  contentHash: 'h',
  compiledAt: '2026-11-23T08:00:00.000Z',
  sentAt: null,
  titleEn: '',
  titleAz: '',
});

describe('leases in DynamoDB (dynalite)', () => {
  it('a DELIVERY claim blocks until its lease ends, then can be taken again; sent and skipped are final', async () => {
    expect(await ledger.claim('2026-W47', 's1', now + 60_000)).toBe(true);
    expect(await ledger.claim('2026-W47', 's1', now + 60_000)).toBe(false);
    now += 61_000;
    expect(await ledger.claim('2026-W47', 's1', now + 60_000)).toBe(true);
    await ledger.markSent('2026-W47', 's1', 'm-1');
    await ledger.skip('2026-W47', 's1', 'subscriber unsubscribed');
    await ledger.skip('2026-W47', 's2', 'subscriber unsubscribed');
    now += 3_600_000;
    expect(await ledger.claim('2026-W47', 's1', now + 60_000)).toBe(false);
    expect(await ledger.claim('2026-W47', 's2', now + 60_000)).toBe(false);
    expect([...(await ledger.settledAmong('2026-W47', ['s0', 's1', 's2']))].sort()).toEqual(['s1', 's2']);
    expect(await ledger.countSettled('2026-W47')).toBe(2);
    expect(await ledger.countSent('2026-W47')).toBe(1);
  });

  it("a week's sending lease: held, resumable once over, final once queued; sent copies the claim time", async () => {
    const t0 = new Date('2026-11-23T09:00:00Z');
    const later = (ms: number) => new Date(t0.getTime() + ms);
    await bulletins.put(compiled('2026-W48'));
    const claimed = await bulletins.claimSending('2026-W48', t0.getTime() + 60_000, t0);
    expect(claimed).toMatchObject({ status: 'sending', sendingSince: t0.toISOString() });
    expect(await bulletins.claimSending('2026-W48', later(120_000).getTime(), later(30_000))).toBeNull();
    await bulletins.recordQueued('2026-W48', 3, t0.getTime() + 60_000);
    const resumed = await bulletins.claimSending('2026-W48', later(200_000).getTime(), later(61_000));
    expect(resumed).toMatchObject({ jobsQueued: 3, sendingSince: t0.toISOString() });
    await bulletins.finishQueueing('2026-W48', 120, later(62_000));
    const queued = await bulletins.get('2026-W48');
    expect(queued).toMatchObject({ status: 'sending', recipients: 120 });
    expect(queued?.leaseUntil).toBeUndefined();
    expect(await bulletins.claimSending('2026-W48', later(900_000).getTime(), later(800_000))).toBeNull();
    expect(await bulletins.putIfUnsent(compiled('2026-W48'))).toBe(false);
    expect(await bulletins.markSent('2026-W48')).toBe(true);
    expect(await bulletins.get('2026-W48')).toMatchObject({
      status: 'sent',
      sentAt: t0.toISOString(),
      sentArticleIds: ['a', 'b'],
    });
    expect(await bulletins.markSent('2026-W48')).toBe(false);
  });
});
