// `npm run bench:compile`: one week of 300 synthetic articles (15 countries, 5 organizations, en/az/ru, about two
// reports per event) compiled in-process against the in-memory ports: merge, group, translate (a no-op fake, so
// the figure is ours, not the service's), render az/en/both as email and web copies, write them, refresh the
// archive and feeds. Prints the median of a few runs; asserts nothing.
import { type CompileDeps, compileBulletin } from '../functions/use-cases/compile-bulletin.js';
import { storeArticle, syntheticWeek } from '../tests/helpers/compile-articles.js';
import {
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemoryStore,
  MemorySubscribers,
} from '../tests/helpers/fakes.js';

const ARTICLES = 300;
const RUNS = 5;
const WEEK = '2026-W47';
const TARGET_MS = 1500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function freshDeps(): Promise<CompileDeps & { store: MemoryStore }> {
  const deps = {
    store: new MemoryStore(),
    articles: new MemoryArticles(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    queue: { enqueue: async () => undefined },
    ledger: new MemoryLedger(),
    clock: { now: () => new Date('2026-11-23T05:00:00Z') },
    archiveBaseUrl: 'https://bulletin.example.org',
    translator: { translate: async (texts: readonly unknown[]) => texts.map(() => null) },
  };
  for (const article of syntheticWeek('2026-11-16', ARTICLES))
    await storeArticle(deps, article, '2026-11-20T10:00:00Z');
  return deps;
}

async function once() {
  const deps = await freshDeps();
  const start = performance.now();
  const outcome = await compileBulletin(deps, WEEK, false);
  const ms = performance.now() - start;
  const sizes = [...deps.store.objects].filter(([key]) => key.startsWith(`bulletins/${WEEK}/`));
  const kib = (key: string) => (deps.store.objects.get(key)?.bytes.length ?? 0) / 1024;
  return {
    ms,
    events: outcome.status === 'empty' ? 0 : outcome.events,
    objects: sizes.length,
    emailKiB: kib(`bulletins/${WEEK}/email/both.html`),
    webKiB: kib(`bulletins/${WEEK}/both.html`),
  };
}

await once(); // warm-up: module loading and MJML's first render are not what we measure
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await once());
const last = runs.at(-1);
const times = runs.map((r) => r.ms);
console.log(
  `compile: ${ARTICLES} articles -> ${last?.events} events, ${last?.objects} objects; ` +
    `median ${median(times).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...times).toFixed(0)}, ` +
    `max ${Math.max(...times).toFixed(0)}; target <= ${TARGET_MS} ms)`,
);
console.log(
  `compile: both-languages email ${last?.emailKiB.toFixed(1)} KiB (Gmail clips at ~102 KB), web page ${last?.webKiB.toFixed(1)} KiB`,
);
