import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { normalizeEmail, subscriberIdFor } from '../../functions/domain/subscription/subscriber-id.js';
import type { Edition, SubscriberStatus } from '../../functions/ports/repositories.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError } from '../usage.js';

const EDITIONS: Edition[] = ['az', 'en', 'both'];

export const subscribers: Command = {
  summary: 'add, list or remove subscribers (operator actions: added addresses are active at once)',
  usage: `Usage: bulletin subscribers add EMAIL [--edition az|en|both] [--name NAME] [--state DIR]
       bulletin subscribers list [--state DIR]
       bulletin subscribers remove EMAIL [--state DIR]`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { state: { type: 'string' }, edition: { type: 'string' }, name: { type: 'string' } },
      true,
    );
    const [action, address] = positionals;
    if (!action || !['add', 'list', 'remove'].includes(action))
      throw new UsageError('say add, list or remove');
    const edition = (values.edition ?? 'both') as Edition;
    if (!EDITIONS.includes(edition)) throw new UsageError('--edition is az, en or both');
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const repo = new DynamoSubscriberRepository(
        makeDocumentClient(system.config),
        system.config.TABLE_NAME,
      );
      if (action === 'list') return await list(repo);
      const email = normalizeEmail(address ?? '');
      if (!email) throw new UsageError(`'${address ?? ''}' is not a valid email address`);
      const id = subscriberIdFor(email);
      const existing = await repo.get(id);
      const now = new Date().toISOString();
      const status: SubscriberStatus = action === 'add' ? 'active' : 'unsubscribed';
      if (action === 'remove' && !existing) throw new UsageError(`${email} is not a subscriber`);
      await repo.put({
        id,
        email,
        edition: action === 'add' ? edition : (existing?.edition ?? edition),
        name: values.name ?? existing?.name ?? null,
        status,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      console.log(`${email}: ${status}`);
      return 0;
    } finally {
      await system.stop();
    }
  },
};

async function list(repo: DynamoSubscriberRepository): Promise<number> {
  for (const status of ['active', 'pending', 'unsubscribed', 'suppressed'] as const) {
    for (const s of await repo.listByStatus(status))
      console.log(`${status.padEnd(12)} ${s.edition.padEnd(4)} ${s.email}`);
  }
  return 0;
}
