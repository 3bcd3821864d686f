import { makeReviewDeps } from '../../functions/composition/compile.js';
import { articleRepository, sourceRepository } from '../../functions/composition/storage.js';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { compileDraft } from '../../functions/use-cases/compile-draft.js';
import type { LocalSystem } from './runtime.js';

/**
 * Keeps `bulletin dev`'s archive current: the current week's draft is recompiled after every batch of ingests
 * (and sent weeks that received late articles get their pages refreshed). Runs one at a time; a request
 * arriving during a run schedules exactly one more.
 */
export function draftRefresher(system: LocalSystem, onError: (error: Error) => void) {
  const deps = makeReviewDeps(system.config, { enqueue: async () => undefined });
  let running: Promise<void> | null = null;
  let again = false;
  const run = async () => {
    do {
      again = false;
      try {
        await compileDraft(deps, new Date(), system.config.TIME_ZONE);
      } catch (error) {
        onError(error as Error);
      }
    } while (again);
    running = null;
  };
  return () => {
    if (running) again = true;
    else running = run();
    return running;
  };
}

/** Compiles (without sending) every week that has articles, so a newcomer sees bulletins at once. */
export async function compileAllWeeks(system: LocalSystem): Promise<string[]> {
  const weeks = await articleRepository(system.config).listWeeks();
  for (const week of weeks) await system.compile({ week, send: false });
  return weeks;
}

/** Reports every SOURCE record that is new or changed since the last look; returns how many exist. */
export function sourceWatcher(system: LocalSystem, onChange: (changed: SourceRecord[]) => void) {
  const sources = sourceRepository(system.config);
  const seen = new Map<string, string>();
  let busy = false;
  return async (silent = false): Promise<number> => {
    if (busy) return seen.size;
    busy = true;
    try {
      const changed: SourceRecord[] = [];
      for (const record of await sources.list()) {
        const stamp = `${record.processedAt}|${record.status}`;
        if (seen.get(record.key) === stamp) continue;
        seen.set(record.key, stamp);
        changed.push(record);
      }
      if (!silent && changed.length > 0) onChange(changed);
      return seen.size;
    } finally {
      busy = false;
    }
  };
}
