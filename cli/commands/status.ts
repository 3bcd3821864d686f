import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bulletinRepository, deliveryLedger, sourceRepository } from '../../functions/composition/storage.js';
import { printableJson } from '../../functions/shared/printable.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { sourceLine } from '../local/uploads.js';
import { type Command, parse } from '../usage.js';

export const status: Command = {
  summary: 'list every dropped file with its status and reason, and every bulletin',
  usage: `Usage: bulletin status [--state DIR] [--json]

Prints one line per file dropped under inbox/ (ok, duplicate, rejected with the reason) and one per
compiled bulletin (compiled, sent, empty with the reason).`,
  async run(argv) {
    const { values } = parse(argv, { state: { type: 'string' }, json: { type: 'boolean' } });
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const sources = await sourceRepository(system.config).list();
      const bulletins = await bulletinRepository(system.config).list();
      if (values.json) {
        console.log(printableJson({ sources, bulletins }, 2));
        return 0;
      }
      const counts = { ok: 0, duplicate: 0, rejected: 0, ignored: 0 };
      for (const s of sources) counts[s.status]++;
      const ignored = counts.ignored > 0 ? `, ignored ${counts.ignored}` : '';
      console.log(
        `Files: ${sources.length} (ok ${counts.ok}, duplicate ${counts.duplicate}, rejected ${counts.rejected}${ignored})`,
      );
      for (const s of sources) console.log(`  ${sourceLine(s)}`);
      const parked = parkedMessages(system.stateDir);
      if (parked > 0)
        console.log(
          `  ${parked} messages parked in the dead-letter queues: \`bulletin replay\` retries them`,
        );
      console.log(`Bulletins: ${bulletins.length}`);
      const ledger = deliveryLedger(system.config);
      for (const b of bulletins.sort((x, y) => x.week.localeCompare(y.week))) {
        // A week being sent says how far its deliveries are (it is 'sent' once all are settled).
        const progress =
          b.status === 'sending'
            ? b.queuedAt
              ? ` (${await ledger.countSettled(b.week)} of ${b.recipients ?? 0} delivered)`
              : ` (queueing: ${b.jobsQueued ?? 0} jobs so far)`
            : '';
        console.log(
          `  ${b.week}  ${b.status.padEnd(8)} ${b.events} events${b.reason ? `: ${b.reason}` : ''}${progress}${b.status === 'compiled' && b.events > 0 ? ` (draft: \`bulletin review --week ${b.week}\`, then approve)` : ''}`,
        );
      }
      return 0;
    } finally {
      await system.stop();
    }
  },
};

/** Messages that failed every retry wait in .bulletin/dlq/<queue>/ (their files have no SOURCE record yet). */
function parkedMessages(stateDir: string): number {
  const root = join(stateDir, 'dlq');
  if (!existsSync(root)) return 0;
  return readdirSync(root).reduce(
    (n, queue) => n + readdirSync(join(root, queue)).filter((f) => f.endsWith('.json')).length,
    0,
  );
}
