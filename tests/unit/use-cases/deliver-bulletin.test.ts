import { describe, expect, it } from 'vitest';
import { DeliveryFailedError, deliverBulletin } from '../../../functions/use-cases/deliver-bulletin.js';
import { UNSUBSCRIBE_PLACEHOLDER } from '../../../functions/use-cases/email-copy.js';
import { memoryDeliver as setup, WEEK } from '../../helpers/deliver-deps.js';

describe('deliverBulletin', () => {
  it('sends each active subscriber their edition with a personal unsubscribe link and one-click headers', async () => {
    const deps = await setup();
    const result = await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2', 's3'] });
    expect(result).toEqual({ sent: 2, skipped: 1, returned: 0 });
    const az = deps.mailer.sent.find((m) => m.to === 's1@example.org');
    expect(az?.subject).toBe('subject az');
    // The links name the subscriber and their link generation (unsubscribing bumps it, revoking them).
    expect(az?.html).toContain('https://example.org/unsubscribe?token=t-s1:0');
    expect(az?.html).not.toContain(UNSUBSCRIBE_PLACEHOLDER);
    expect(az?.text).toContain('https://example.org/preferences?token=t-s1:0');
    expect(az?.headers).toEqual({
      'List-Unsubscribe': '<https://example.org/unsubscribe?token=t-s1:0>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('never sends twice when the same job runs again', async () => {
    const deps = await setup();
    await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] });
    const again = await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] });
    expect(again).toEqual({ sent: 0, skipped: 2, returned: 0 });
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('fails the job for a refused send, and the retry sends only to that subscriber', async () => {
    const deps = await setup();
    deps.mailer.failFor.add('s2@example.org');
    await expect(deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] })).rejects.toBeInstanceOf(
      DeliveryFailedError,
    );
    deps.mailer.failFor.clear();
    expect(await deliverBulletin(deps, { week: WEEK, subscriberIds: ['s1', 's2'] })).toEqual({
      sent: 1,
      skipped: 1,
      returned: 0,
    });
    expect(deps.mailer.sent.map((m) => m.to).sort()).toEqual(['s1@example.org', 's2@example.org']);
  });
});
