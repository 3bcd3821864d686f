import { describe, expect, it } from 'vitest';
import { LocalQueue } from '../../../cli/local/local-queue.js';

describe('LocalQueue', () => {
  it('retries failed records with their receive count and parks them after the last try', async () => {
    const seen: number[] = [];
    const dlq = `/tmp/bulletin-test-dlq-${process.pid}`;
    const queue = new LocalQueue(
      'q',
      async (event) => {
        const failures = [];
        for (const r of event.Records) {
          seen.push(Number(r.attributes.ApproximateReceiveCount));
          if (r.body === 'bad') failures.push({ itemIdentifier: r.messageId });
        }
        return { batchItemFailures: failures };
      },
      { dlqDir: dlq, backoffMs: 1, maxReceiveCount: 3 },
    );
    queue.send('good');
    queue.send('bad');
    await queue.drain();
    expect(seen.sort()).toEqual([1, 1, 2, 3]);
    const { readdirSync, rmSync } = await import('node:fs');
    expect(readdirSync(dlq)).toHaveLength(1);
    rmSync(dlq, { recursive: true, force: true });
  });
});
