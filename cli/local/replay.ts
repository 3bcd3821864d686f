import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalQueue } from './local-queue.js';

/**
 * Re-drives the local dead-letter folders: each parked message goes back to its queue with a fresh receive
 * count (as SQS's "start DLQ redrive" does) and leaves the folder. Returns how many per queue.
 */
export function replayDeadLetters(
  stateDir: string,
  queues: Record<string, LocalQueue>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, queue] of Object.entries(queues)) {
    const dir = join(stateDir, 'dlq', name);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      files = [];
    }
    for (const file of files.sort()) {
      const message = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { body: string };
      queue.send(message.body);
      rmSync(join(dir, file));
    }
    counts[name] = files.length;
  }
  return counts;
}
