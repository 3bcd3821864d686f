import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { makeIngestDeps } from '../../functions/composition/ingest.js';
import { printable } from '../../functions/shared/printable.js';
import { KNOWLEDGE_PREFIX } from '../../functions/shared/storage-keys.js';
import { refreshKnowledge } from '../../functions/use-cases/knowledge-additions.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError } from '../usage.js';

export const knowledge: Command = {
  summary: 'add organizations, people, places or words to the extraction knowledge base (no deploy)',
  usage: `Usage: bulletin knowledge add FILE.json... [--state DIR]
       bulletin knowledge list [--state DIR]

add: uploads each file to knowledge/ in the local bucket (as dropping it into knowledge/ in the AWS bucket
does), validates it and merges it over the built-in data; a bad file is recorded as rejected with its
reason (\`bulletin status\` lists it). Then \`bulletin reprocess\` re-reads the articles with it.
The format is docs/knowledge-base.md's ("Additions without a deploy").`,
  async run(argv) {
    const { values, positionals } = parse(argv, { state: { type: 'string' } }, true);
    const [action, ...files] = positionals;
    if (action !== 'add' && action !== 'list') throw new UsageError('give add FILE... or list');
    if (action === 'add' && files.length === 0) throw new UsageError('give at least one FILE.json');
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const deps = makeIngestDeps(system.config);
      const added = new Set<string>();
      for (const file of files) {
        const key = `${KNOWLEDGE_PREFIX}${basename(file)}`;
        await deps.store.put(key, readFileSync(file), 'application/json; charset=utf-8');
        added.add(key);
      }
      const results = await refreshKnowledge(deps);
      let rejected = 0;
      for (const r of results) {
        if (action === 'add' && !added.has(r.key)) continue;
        if (r.status === 'rejected') rejected++;
        console.log(printable(`${r.status.padEnd(9)} ${r.key}  ${r.detail}`));
      }
      if (action === 'add' && rejected === 0)
        console.log(
          'Merged over the built-in knowledge base; `bulletin reprocess` re-reads the articles with it.',
        );
      return rejected > 0 ? 1 : 0;
    } finally {
      await system.stop();
    }
  },
};
