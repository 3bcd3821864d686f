import { describe, expect, it } from 'vitest';
import { lambdaContext } from '../../../cli/local/lambda-context.js';
import { subscriberIdFor } from '../../../functions/domain/subscription/subscriber-id.js';
import { createFeedbackHandler, toFeedback } from '../../../functions/handlers/feedback-handler.js';
import { fixedClock, MemorySubscribers } from '../../helpers/fakes.js';
import { snsEvent } from '../../helpers/sns-events.js';

async function setup() {
  const subscribers = new MemorySubscribers();
  for (const email of ['hard@example.org', 'soft@example.org', 'angry@example.org']) {
    await subscribers.put({
      id: subscriberIdFor(email),
      email,
      edition: 'en',
      name: null,
      status: 'active',
      createdAt: '',
      updatedAt: '',
    });
  }
  return { subscribers, clock: fixedClock(), softBounceLimit: 3 };
}

const bounce = (type: string, email: string) => ({
  eventType: 'Bounce',
  bounce: { bounceType: type, bouncedRecipients: [{ emailAddress: email }] },
});

describe('SES feedback', () => {
  it('suppresses hard bounces and complaints at once and soft bounces after the limit', async () => {
    const deps = await setup();
    const handler = createFeedbackHandler(deps);
    await handler(
      snsEvent(bounce('Permanent', 'hard@example.org'), {
        notificationType: 'Complaint',
        complaint: { complainedRecipients: [{ emailAddress: 'Angry@Example.org' }] },
      }) as never,
      lambdaContext('feedback'),
    );
    const status = async (e: string) => (await deps.subscribers.get(subscriberIdFor(e)))?.status;
    expect(await status('hard@example.org')).toBe('suppressed');
    expect(await status('angry@example.org')).toBe('suppressed');
    for (let i = 1; i <= 3; i++) {
      await handler(snsEvent(bounce('Transient', 'soft@example.org')) as never, lambdaContext('feedback'));
      expect(await status('soft@example.org')).toBe(i < 3 ? 'active' : 'suppressed');
    }
  });

  it('ignores deliveries and other events', () => {
    expect(toFeedback({ eventType: 'Delivery' })).toBeNull();
    expect(toFeedback({ eventType: 'Bounce' })).toBeNull();
  });
});
