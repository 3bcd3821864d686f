import { makeIngestDeps } from '../../functions/composition/ingest.js';
import { printable } from '../../functions/shared/printable.js';
import { refreshKnowledge } from '../../functions/use-cases/knowledge-additions.js';
import { watchInbox } from './inbox-watcher.js';
import type { LocalSystem } from './runtime.js';

/**
 * `bulletin dev`'s knowledge folder: a file saved there goes to knowledge/ in the local bucket and is
 * validated and merged at once (this process runs the ingest handler, so the next ingest uses it).
 */
export function watchKnowledge(system: LocalSystem, dir: string) {
  const deps = makeIngestDeps(system.config);
  // The result is a SOURCE record (ok, or rejected with its reason): dev's status lines print it.
  const refresh = async () => {
    await refreshKnowledge(deps);
  };
  const handlers = {
    onError: (file: string, error: Error) =>
      console.error(`could not upload ${printable(file)}: ${error.message}`),
    // A hidden or over-long file name: said at once, nothing uploaded.
    onRefused: async (record: { key: string; reason: string | null }) => {
      console.error(printable(`not read: ${record.key}: ${record.reason ?? 'refused'}`));
    },
  };
  return watchInbox(dir, system.config, handlers, {
    prefix: 'knowledge/',
    onUploaded: () =>
      void refresh().catch((error: Error) => console.error(`knowledge not read: ${error.message}`)),
  });
}
