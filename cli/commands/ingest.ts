import { printable } from '../../functions/shared/printable.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { sourceLine, uploadFiles, waitForSources } from '../local/uploads.js';
import { type Command, DATE, parse, UsageError } from '../usage.js';

export const ingest: Command = {
  summary: 'upload files to the local bucket under inbox/ and wait for the ingest handler',
  usage: `Usage: bulletin ingest [--state DIR] [--published YYYY-MM-DD] FILE...

Puts each file into the local bucket under inbox/<name>; the bucket notification runs the ingest handler,
and this prints one line per file: its status (ok, duplicate, rejected + reason), language, title, partners.
Uses the running \`bulletin dev\` with the same --state, or starts the emulators for the duration.`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { state: { type: 'string' }, published: { type: 'string' } },
      true,
    );
    if (positionals.length === 0) throw new UsageError('name at least one FILE');
    if (values.published && !DATE.test(values.published))
      throw new UsageError('--published takes YYYY-MM-DD');
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const uploads = await uploadFiles(system, positionals, values.published);
      const records = await waitForSources(system, uploads);
      let missing = 0;
      records.forEach((record, i) => {
        if (record) console.log(sourceLine(record));
        else {
          missing++;
          console.log(
            `pending   ${printable(uploads[i]?.key ?? '')}: not processed yet (see bulletin status)`,
          );
        }
      });
      return missing > 0 ? 1 : 0;
    } finally {
      await system.stop();
    }
  },
};
