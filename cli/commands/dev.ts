import { resolve } from 'node:path';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import { makeDocumentClient } from '../../functions/shared/clients.js';
import { exampleFiles } from '../local/examples.js';
import { watchInbox } from '../local/inbox-watcher.js';
import { replayDeadLetters } from '../local/replay.js';
import { DEFAULT_PORT, openLocalSystem } from '../local/runtime.js';
import { startLocalServer } from '../local/server.js';
import { clearRuntime, readRuntime, stateDir, writeRuntime } from '../local/state.js';
import { sourceLine, uploadFiles } from '../local/uploads.js';
import { type Command, parse, UsageError } from '../usage.js';

export const dev: Command = {
  summary: 'run the whole system locally: emulators, inbox watcher, archive server (npm start)',
  usage: `Usage: bulletin dev [--state DIR] [--inbox DIR] [--port N]

Starts S3, DynamoDB and SES emulators on 127.0.0.1 (state kept in --state, default .bulletin/), watches the
inbox folder (default ./inbox/): every file dropped there is uploaded under inbox/ and ingested by the real
handler. Serves the archive on --port (default ${DEFAULT_PORT}). On first start it ingests examples/.
Other commands given the same --state use this running system. Ctrl-C stops it.`,
  async run(argv) {
    const { values } = parse(argv, {
      state: { type: 'string' },
      inbox: { type: 'string' },
      port: { type: 'string' },
    });
    const port = values.port ? Number(values.port) : DEFAULT_PORT;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port takes a port number');
    const dir = stateDir(values.state);
    const running = readRuntime(dir);
    if (running)
      throw new UsageError(
        `bulletin dev already runs for ${dir} (pid ${running.pid}) at ${running.serverUrl}`,
      );
    const system = await openLocalSystem(dir, { port, attach: false });
    const owned = system.owned;
    if (!owned) throw new Error('dev must own its emulators');
    const { handler: api } = await import('../../functions/handlers/subscriptions.js');
    const { server, url } = await startLocalServer({
      config: system.config,
      port,
      api: api as never,
      onReplay: () => replayDeadLetters(dir, { ingest: owned.ingest, deliver: owned.delivery }),
      onDeliveryJobs: (jobs: DeliveryJob[]) => {
        for (const job of jobs) owned.delivery.send(JSON.stringify(job));
      },
    });
    const e = owned.emulators;
    writeRuntime(dir, {
      pid: process.pid,
      s3Endpoint: e.s3Endpoint,
      dynamoEndpoint: e.dynamoEndpoint,
      sesEndpoint: e.sesEndpoint,
      serverUrl: url,
    });
    const sources = new DynamoSourceRepository(makeDocumentClient(system.config), system.config.TABLE_NAME);
    const printer = printNewSources(sources);
    const known = await printer.tick(true);
    if (known > 0)
      console.log(`${known} files already in ${dir} (bulletin status --state ${dir} lists them)`);
    else {
      console.log('First start: ingesting examples/ ...');
      await uploadFiles(system, exampleFiles());
    }
    const inbox = resolve(values.inbox ?? 'inbox');
    const watcher = watchInbox(inbox, system.config, (file, error) =>
      console.error(`could not upload ${file}: ${error.message}`),
    );
    const timer = setInterval(() => void printer.tick(), 500);
    console.log(`Inbox:   drop files into ${inbox}`);
    console.log(`Archive: ${url}/  (archive of every bulletin, feeds at ${url}/feeds/en.xml)`);
    console.log(
      `Subscribe: ${url}/subscribe  (double opt-in; the confirmation email appears in the mail viewer)`,
    );
    console.log(`Mail:    ${e.sesEndpoint}/  (local SES mail viewer)`);
    console.log('Press Ctrl-C to stop.');
    await new Promise<void>((done) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
    });
    clearInterval(timer);
    await watcher.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await system.settle();
    await system.stop();
    clearRuntime(dir, process.pid);
    console.log('Stopped; state kept in', dir);
    return 0;
  },
};

/** Prints a line for every SOURCE record that is new or changed since the last look; returns how many exist. */
function printNewSources(sources: DynamoSourceRepository) {
  const seen = new Map<string, string>();
  let busy = false;
  return {
    async tick(silent = false): Promise<number> {
      if (busy) return seen.size;
      busy = true;
      try {
        for (const record of await sources.list()) {
          const stamp = `${record.processedAt}|${record.status}`;
          if (seen.get(record.key) === stamp) continue;
          seen.set(record.key, stamp);
          if (!silent) console.log(sourceLine(record));
        }
        return seen.size;
      } finally {
        busy = false;
      }
    },
  };
}
