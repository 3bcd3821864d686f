import { resolve } from 'node:path';
import { sourceRepository } from '../../functions/composition/storage.js';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { currentIsoWeek } from '../../functions/domain/bulletin/iso-week.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import type { SourceRepository } from '../../functions/ports/repositories.js';
import { printable } from '../../functions/shared/printable.js';
import { compileAllWeeks, draftRefresher, sourceWatcher } from '../local/dev-archive.js';
import { reviewLinkLine } from '../local/dev-review.js';
import { exampleFiles } from '../local/examples.js';
import { watchInbox } from '../local/inbox-watcher.js';
import { watchKnowledge } from '../local/knowledge-watcher.js';
import { replayDeadLetters } from '../local/replay.js';
import { DEFAULT_PORT, type LocalSystem, openLocalSystem } from '../local/runtime.js';
import { startLocalServer } from '../local/server.js';
import { sweepInbox } from '../local/startup-sweep.js';
import { clearRuntime, readRuntime, stateDir, writeRuntime } from '../local/state.js';
import { sourceLine, uploadFiles, waitForSources } from '../local/uploads.js';
import { type Command, parse, UsageError } from '../usage.js';

export const dev: Command = {
  summary: 'run the whole system locally: emulators, inbox watcher, archive server (npm start)',
  usage: `Usage: bulletin dev [--state DIR] [--inbox DIR] [--knowledge DIR] [--port N]

Starts S3, DynamoDB and SES emulators on 127.0.0.1 (state kept in --state, default .bulletin/), watches the
inbox folder (default ./inbox/): every file dropped there is uploaded under inbox/ and ingested by the real
handler; a knowledge file (.json) dropped into --knowledge (default ./knowledge/) is uploaded under knowledge/
and merged over the built-in knowledge base at once. Serves the archive, the feeds, the subscription pages and the editors' review page (its link printed at
start) on --port (default ${DEFAULT_PORT}), with the current week's draft updated after every ingest. On first start it ingests examples/. Other commands given
the same --state use this running system. Ctrl-C stops it.`,
  async run(argv) {
    const { values } = parse(argv, {
      state: { type: 'string' },
      inbox: { type: 'string' },
      knowledge: { type: 'string' },
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
    const { server, url } = await serve(system, port);
    const refreshDraft = draftRefresher(system, (error) =>
      console.error(`draft not updated: ${error.message}`),
    );
    const watch = sourceWatcher(system, (changed) => {
      for (const record of changed) console.log(sourceLine(record));
      void refreshDraft();
    });
    const known = await watch(true);
    if (known > 0)
      console.log(`${known} files already in ${dir} (bulletin status --state ${dir} lists them)`);
    else await firstStart(system, watch);
    await refreshDraft();
    const inbox = resolve(values.inbox ?? 'inbox');
    const sources = sourceRepository(system.config);
    const handlers = {
      onError: (file: string, error: Error) =>
        console.error(`could not upload ${printable(file)}: ${error.message}`),
      onRefused: (record: SourceRecord) => sources.put(record),
    };
    await catchUp(system, inbox, sources, handlers.onRefused);
    const watcher = watchInbox(inbox, system.config, handlers);
    const knowledgeDir = resolve(values.knowledge ?? 'knowledge');
    const knowledgeWatcher = watchKnowledge(system, knowledgeDir);
    const timer = setInterval(() => void watch(), 500);
    console.log(`Inbox:     drop files into ${inbox}`);
    console.log(
      `Knowledge: drop knowledge files (.json) into ${knowledgeDir}, then \`npx bulletin reprocess\``,
    );
    const thisWeek = currentIsoWeek(new Date(), system.config.TIME_ZONE);
    console.log(
      `Archive:   ${url}/  (every final bulletin; feeds at ${url}/feeds/az.xml and ${url}/feeds/en.xml)`,
    );
    // The archive shows no draft (as in AWS, until an editor approves); the current week's is its own page.
    console.log(
      `Draft:     ${url}/bulletins/${thisWeek}/both.html  (this week so far, updated after every ingest)`,
    );
    console.log(`Search:    ${url}/archive/az/search.html  (English: ${url}/archive/en/search.html)`);
    console.log(
      `Subscribe: ${url}/subscribe  (English: ?lang=en; double opt-in, the confirmation appears in the mail viewer)`,
    );
    console.log(await reviewLinkLine(system, url));
    console.log(`Mail:      ${system.config.SES_ENDPOINT}/  (local SES mail viewer)`);
    console.log('Press Ctrl-C to stop.');
    await new Promise<void>((done) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
    });
    clearInterval(timer);
    await watcher.close();
    await knowledgeWatcher.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await system.settle();
    await system.stop();
    clearRuntime(dir, process.pid);
    console.log('Stopped; state kept in', dir);
    return 0;
  },
};

async function serve(system: LocalSystem, port: number) {
  const owned = system.owned;
  if (!owned) throw new Error('dev must own its emulators');
  const { handler: api } = await import('../../functions/handlers/subscriptions.js');
  const { createReviewHandler } = await import('../../functions/handlers/review-handler.js');
  const served = await startLocalServer({
    config: system.config,
    port,
    stateDir: system.stateDir,
    api: api as never,
    review: createReviewHandler(system.review) as never,
    onReplay: () => replayDeadLetters(system.stateDir, { ingest: owned.ingest, deliver: owned.delivery }),
    onDeliveryJobs: (jobs: DeliveryJob[]) => {
      for (const job of jobs) owned.delivery.send(JSON.stringify(job));
    },
  });
  const e = owned.emulators;
  writeRuntime(system.stateDir, {
    pid: process.pid,
    s3Endpoint: e.s3Endpoint,
    dynamoEndpoint: e.dynamoEndpoint,
    sesEndpoint: e.sesEndpoint,
    serverUrl: served.url,
  });
  return served;
}

/** Files dropped and objects left without a status while nothing ran (a crash, a stop) are taken up now. */
async function catchUp(
  system: LocalSystem,
  inbox: string,
  sources: SourceRepository,
  recordRefused: (record: SourceRecord) => Promise<void>,
) {
  const owned = system.owned;
  if (!owned) return;
  const known = new Map((await sources.list()).map((s) => [s.key, s]));
  const ingest = (body: string) => owned.ingest.send(body);
  const swept = await sweepInbox(inbox, { config: system.config, sources: known, recordRefused, ingest });
  if (swept.uploaded + swept.requeued > 0)
    console.log(
      `Catching up: ${swept.uploaded} files uploaded, ${swept.requeued} stored files without a status ingested`,
    );
}

/** Empty state: ingest examples/ and compile their weeks, so a newcomer sees bulletins at once. */
async function firstStart(system: LocalSystem, watch: () => Promise<number>) {
  console.log('First start: ingesting examples/ ...');
  await waitForSources(system, await uploadFiles(system, exampleFiles()));
  await watch();
  const weeks = await compileAllWeeks(system);
  console.log(
    `Compiled ${weeks.join(', ')} (not sent: \`npx bulletin send --week ${weeks.at(-1)}\` emails the review copy to the editors)`,
  );
}
