import { readFileSync } from 'node:fs';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo-subscriber-repository.js';
import { EDITIONS, type Edition } from '../../functions/domain/i18n/language.js';
import type { SubscriberStatus } from '../../functions/domain/subscription/subscriber.js';
import { normalizeEmail, subscriberIdFor } from '../../functions/domain/subscription/subscriber-id.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { parseCsv } from '../local/csv.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError } from '../usage.js';

export const subscribers: Command = {
  summary: 'add, list or remove subscribers (operator actions: added addresses are active at once)',
  usage: `Usage: bulletin subscribers add EMAIL [--edition az|en|both] [--name NAME] [--state DIR]
       bulletin subscribers import FILE.csv [--state DIR]   (columns: email[,edition[,name]]; a header row is
                                                      skipped; imported addresses are active: import only
                                                      lists whose people asked for the bulletin)
       bulletin subscribers list [--state DIR]
       bulletin subscribers remove EMAIL [--state DIR]`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { state: { type: 'string' }, edition: { type: 'string' }, name: { type: 'string' } },
      true,
    );
    const [action, address] = positionals;
    if (!action || !['add', 'import', 'list', 'remove'].includes(action)) {
      throw new UsageError('say add, import, list or remove');
    }
    const edition = (values.edition ?? 'both') as Edition;
    if (!EDITIONS.includes(edition)) throw new UsageError('--edition is az, en or both');
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const repo = new DynamoSubscriberRepository(
        makeDocumentClient(system.config),
        system.config.TABLE_NAME,
      );
      if (action === 'list') return await list(repo);
      if (action === 'import') return await importCsv(repo, address);
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

async function importCsv(repo: DynamoSubscriberRepository, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('name the CSV file to import');
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const now = new Date().toISOString();
  let added = 0;
  const problems: string[] = [];
  for (const [i, [rawEmail = '', rawEdition = '', name = '']] of rows.entries()) {
    if (i === 0 && /e-?mail/i.test(rawEmail)) continue;
    const email = normalizeEmail(rawEmail);
    const edition = (rawEdition.trim().toLowerCase() || 'both') as Edition;
    if (!email || !EDITIONS.includes(edition)) {
      problems.push(`line ${i + 1}: skipped (${email ? 'unknown edition' : 'invalid address'})`);
      continue;
    }
    const id = subscriberIdFor(email);
    const existing = await repo.get(id);
    if (existing?.status === 'suppressed' || existing?.status === 'unsubscribed') {
      problems.push(
        `line ${i + 1}: skipped (the address ${existing.status === 'suppressed' ? 'bounced or complained' : 'unsubscribed'})`,
      );
      continue;
    }
    const createdAt = existing?.createdAt ?? now;
    await repo.put({
      id,
      email,
      edition,
      name: name.trim() || null,
      status: 'active',
      createdAt,
      updatedAt: now,
    });
    added++;
  }
  for (const p of problems) console.log(p);
  console.log(`imported ${added} subscribers, skipped ${problems.length}`);
  return 0;
}
