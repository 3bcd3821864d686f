import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importCsv } from '../../cli/commands/subscribers.js';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import { subscriberIdFor } from '../../functions/domain/subscription/subscriber-id.js';
import type { Config } from '../../functions/shared/config.js';
import { addSubscriber, removeSubscriber } from '../../functions/use-cases/subscriber-admin.js';
import { apiEvent } from '../helpers/api-events.js';
import { useEmulators } from '../helpers/local-env.js';
import { snsEvent } from '../helpers/sns-events.js';
import { tempDir } from '../helpers/temp-dir.js';

type Handler = (event: unknown, context: unknown) => Promise<{ statusCode?: number } | undefined>;
let config: Config;
const address = `bounced.${Date.now().toString(36)}@example.org`;

beforeAll(async () => {
  config = await useEmulators('suppress');
});

/*
 * The same rule on every path that changes a subscriber, each wired by the composition root as in AWS and in
 * `bulletin subscribers`: once SES reports a hard bounce, nothing makes the address active again.
 */
describe('a suppressed address stays suppressed everywhere', () => {
  it('through the feedback Lambda, the web form, and the operator add, import and remove', async () => {
    const { makeSubscriberAdminDeps } = await import('../../functions/composition/subscriptions.js');
    const admin = makeSubscriberAdminDeps(config);
    const status = async () => (await admin.subscribers.get(subscriberIdFor(address)))?.status;
    expect((await addSubscriber(admin, { email: address, edition: 'en' })).status).toBe('added');

    const { handler: feedback } = (await import('../../functions/handlers/feedback.js')) as unknown as {
      handler: Handler;
    };
    const hardBounce = {
      eventType: 'Bounce',
      bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: address }] },
    };
    await feedback(snsEvent(hardBounce), lambdaContext('feedback'));
    expect(await status()).toBe('suppressed');

    const { handler: api } = (await import('../../functions/handlers/subscriptions.js')) as unknown as {
      handler: Handler;
    };
    const answer = await api(
      apiEvent('POST', '/subscribe', { email: address, edition: 'en' }),
      lambdaContext('subscriptions'),
    );
    // The same answer as for anyone (the form reveals nobody), but no email and no change.
    expect(answer?.statusCode).toBe(202);
    expect(
      (await capturedEmails(config.SES_ENDPOINT ?? '')).filter((m) => m.destination.to.includes(address)),
    ).toEqual([]);
    expect(await status()).toBe('suppressed');

    expect(await addSubscriber(admin, { email: address, edition: 'both' })).toMatchObject({
      status: 'refused',
      reason: 'suppressed',
    });
    expect((await removeSubscriber(admin, address)).status).toBe('already-removed');
    const dir = tempDir('bulletin-import-');
    writeFileSync(join(dir, 'list.csv'), `${address},az,Again\n`);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await importCsv(admin, join(dir, 'list.csv'));
    log.mockRestore();
    expect(await status()).toBe('suppressed');
  });
});
