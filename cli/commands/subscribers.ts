import { readFileSync } from 'node:fs';
import { makeSubscriberAdminDeps } from '../../functions/composition/subscriptions.js';
import { EDITIONS, type Edition } from '../../functions/domain/i18n/language.js';
import { printable } from '../../functions/shared/printable.js';
import {
  type AdminOutcome,
  addSubscriber,
  listSubscribers,
  REFUSAL_REASONS,
  removeSubscriber,
  type SubscriberAdminDeps,
} from '../../functions/use-cases/subscriber-admin.js';
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
       bulletin subscribers remove EMAIL [--state DIR]

An address that bounced or complained (suppressed) is never made active again, and one that unsubscribed
only by its owner through the subscribe page: add and import refuse both, as the web form does.`,
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
      const deps = makeSubscriberAdminDeps(system.config);
      if (action === 'list') return await list(deps);
      if (action === 'import') return await importCsv(deps, address);
      const outcome =
        action === 'add'
          ? await addSubscriber(deps, { email: address ?? '', edition, name: values.name ?? null })
          : await removeSubscriber(deps, address ?? '');
      if (outcome.status === 'refused')
        throw new UsageError(`${printable(outcome.email)}: ${REFUSAL_REASONS[outcome.reason]}`);
      console.log(outcomeLine(outcome));
      return 0;
    } finally {
      await system.stop();
    }
  },
};

function outcomeLine(outcome: Exclude<AdminOutcome, { status: 'refused' }>): string {
  const { email, status } = outcome.subscriber;
  return `${printable(email)}: ${status}${outcome.status === 'already-removed' ? ' (unchanged)' : ''}`;
}

/** One line per subscriber; addresses and names come from outside and are printed escaped. */
export async function list(deps: SubscriberAdminDeps): Promise<number> {
  for (const s of await listSubscribers(deps)) {
    const name = s.name ? `  ${printable(s.name)}` : '';
    console.log(`${s.status.padEnd(12)} ${s.edition.padEnd(4)} ${printable(s.email)}${name}`);
  }
  return 0;
}

export async function importCsv(deps: SubscriberAdminDeps, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('name the CSV file to import');
  const rows = parseCsv(readFileSync(file, 'utf8'));
  let added = 0;
  const problems: string[] = [];
  for (const [i, [rawEmail = '', rawEdition = '', name = '']] of rows.entries()) {
    if (i === 0 && /e-?mail/i.test(rawEmail)) continue;
    const edition = (rawEdition.trim().toLowerCase() || 'both') as Edition;
    if (!EDITIONS.includes(edition)) {
      problems.push(`line ${i + 1}: skipped (unknown edition)`);
      continue;
    }
    const outcome = await addSubscriber(deps, { email: rawEmail, edition, name });
    if (outcome.status === 'refused') {
      problems.push(`line ${i + 1}: skipped (${REFUSAL_REASONS[outcome.reason]})`);
      continue;
    }
    added++;
  }
  for (const p of problems) console.log(p);
  console.log(`imported ${added} subscribers, skipped ${problems.length}`);
  return 0;
}
