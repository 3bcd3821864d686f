// `npm run bench:compile`: one week of 300 synthetic articles (15 countries, 5 organizations, en/az/ru, about two
// reports per event) compiled in-process against the in-memory ports: merge, group, translate (a no-op fake, so
// the figure is ours, not the service's), render az/en/both as email and web copies, write them, refresh the
// archive and feeds. Prints the median of a few runs; asserts nothing.
import { collectEvents } from '../functions/domain/archive/archive-events.js';
import { buildSearchIndex } from '../functions/domain/archive/search-index.js';
import { buildBulletin } from '../functions/domain/bulletin/build-bulletin.js';
import { SEARCH_INDEX_KEY } from '../functions/shared/storage-keys.js';
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
  const site = [...deps.store.objects.keys()].filter((key) => key.startsWith('archive/'));
  const kib = (key: string) => (deps.store.objects.get(key)?.bytes.length ?? 0) / 1024;
  return {
    ms,
    events: outcome.status === 'empty' ? 0 : outcome.events,
    objects: sizes.length,
    siteFiles: site.length,
    indexKiB: kib(SEARCH_INDEX_KEY),
    emailKiB: kib(`bulletins/${WEEK}/email/both.html`),
    webKiB: kib(`bulletins/${WEEK}/both.html`),
  };
}

/**
 * The static search index for 1,000 events of about 15 weeks, each with its own people and organizations
 * (names of two or three words in both languages): the archive of a busy few years.
 */
function indexOf1000Events(): number {
  const bulletins = Array.from({ length: 15 }, (_, w) => {
    const monday = new Date(Date.parse('2026-01-05T00:00:00Z') + w * 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const articles = syntheticWeek(monday, 134).map((a, i) => ({
      ...a,
      title: `${a.title}: rectors of universities sign memoranda on joint degrees number ${w * 200 + i}`,
      people: [0, 1, 2].map((k) => {
        const name = `Aydın${(w * 67 + i + k * 31) % 900} Məmmədov${(i * 7 + k) % 450}`;
        const en = `Aydin${(w * 67 + i + k * 31) % 900} Mammadov${(i * 7 + k) % 450}`;
        return {
          name,
          role: 'rektor',
          display: { en: { name: en, role: 'Rector' }, az: { name, role: 'Rektor' } },
        };
      }),
      organizations: [0, 1].map((k) => {
        const n = (w * 67 + i * 3 + k) % 600;
        return { name: `Universitet ${n}`, en: `Technical University ${n}`, az: `Texniki Universitet ${n}` };
      }),
    }));
    return buildBulletin({ week: `2026-W${String(w + 2).padStart(2, '0')}`, articles });
  });
  const events = collectEvents(bulletins).slice(0, 1000);
  return Buffer.byteLength(JSON.stringify(buildSearchIndex(events))) / 1024;
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
  `compile: archive site ${last?.siteFiles} files (home, event and partner pages in az and en, search), ` +
    `search index ${last?.indexKiB.toFixed(1)} KiB for ${last?.events} events`,
);
console.log(
  `compile: search index for 1,000 events ${indexOf1000Events().toFixed(0)} KiB (target <= 1024 KiB)`,
);
console.log(
  `compile: both-languages email ${last?.emailKiB.toFixed(1)} KiB (Gmail clips at ~102 KB), web page ${last?.webKiB.toFixed(1)} KiB`,
);
