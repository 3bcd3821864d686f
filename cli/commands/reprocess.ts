import { makeIngestDeps } from '../../functions/composition/ingest.js';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import { ingestArticle } from '../../functions/use-cases/ingest-article.js';
import { refreshKnowledge } from '../../functions/use-cases/knowledge-additions.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { sourceLine } from '../local/uploads.js';
import { type Command, parse } from '../usage.js';

export const reprocess: Command = {
  summary: 'run every file under inbox/ through ingestion again (after an extractor upgrade)',
  usage: `Usage: bulletin reprocess [--state DIR]

Re-extracts every object under inbox/ with the current code and knowledge (built-in and knowledge/ in the
bucket); editors' corrections, kept beside the articles, stay. Idempotent: a file yields the same article id
as before (refreshed in place), duplicates stay duplicates, and no article is ever created twice.`,
  async run(argv) {
    const { values } = parse(argv, { state: { type: 'string' } });
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const deps = makeIngestDeps(system.config);
      // With the knowledge files added since (bulletin knowledge add, knowledge/ in the bucket).
      await refreshKnowledge(deps);
      const keys = await deps.store.list(INBOX_PREFIX);
      let next = 0;
      // A few at a time: the emulators share this machine's cores with the rest of the system.
      const worker = async () => {
        for (let i = next++; i < keys.length; i = next++) {
          const key = keys[i] ?? '';
          console.log(sourceLine(await ingestArticle(deps, { key, force: true })));
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      console.log(`reprocessed ${keys.length} files`);
      return 0;
    } finally {
      await system.stop();
    }
  },
};
