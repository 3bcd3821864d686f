import { localControlHeaders } from '../local/control-token.js';
import { replayDeadLetters } from '../local/replay.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse } from '../usage.js';

export const replay: Command = {
  summary: 'send the messages parked in the dead-letter queues back to their queues',
  usage: `Usage: bulletin replay [--state DIR]

Re-drives the local DLQs (.bulletin/dlq/ingest, .bulletin/dlq/deliver): every message that failed its last
retry goes back to its queue and is handled again. Safe to repeat: ingest and delivery are idempotent.
In AWS the same is done with SQS's DLQ redrive (docs/operations.md).`,
  async run(argv) {
    const { values } = parse(argv, { state: { type: 'string' } });
    const system = await openLocalSystem(stateDir(values.state));
    try {
      let counts: Record<string, number>;
      if (system.owned) {
        counts = replayDeadLetters(system.stateDir, {
          ingest: system.owned.ingest,
          deliver: system.owned.delivery,
        });
        await system.settle();
      } else {
        const response = await fetch(`${system.attachedTo?.serverUrl}/_local/replay`, {
          method: 'POST',
          headers: localControlHeaders(system.stateDir),
        });
        if (!response.ok)
          throw new Error(`the running dev system refused the replay: HTTP ${response.status}`);
        counts = (await response.json()) as Record<string, number>;
      }
      console.log(
        `replayed: ${Object.entries(counts)
          .map(([q, n]) => `${q} ${n}`)
          .join(', ')}`,
      );
      return 0;
    } finally {
      await system.stop();
    }
  },
};
