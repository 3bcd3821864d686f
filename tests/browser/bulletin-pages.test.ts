import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompileDeps, compileBulletin } from '../../functions/use-cases/compile-bulletin.js';
import { makeArticle } from '../helpers/article-factory.js';
import { storeArticle, syntheticWeek } from '../helpers/compile-articles.js';
import {
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemoryStore,
  MemorySubscribers,
} from '../helpers/fakes.js';
import { openBrowser, SCREENSHOTS, serve } from './browser-helpers.js';

const WEEK = '2026-W47';
const WIDTHS = [375, 1200] as const;
const store = new MemoryStore();
let base = '';
let context: BrowserContext;
let close: (() => Promise<void>) | undefined;

/** A sent week, then a week of varied reports in three languages, with one late article from the sent week. */
async function compileWeeks(): Promise<void> {
  let now = new Date('2026-11-16T05:00:00Z');
  const deps: CompileDeps = {
    store,
    articles: new MemoryArticles(),
    bulletins: new MemoryBulletins(),
    subscribers: new MemorySubscribers(),
    queue: { enqueue: async () => undefined },
    ledger: new MemoryLedger(),
    clock: { now: () => now },
    archiveBaseUrl: 'http://127.0.0.1:8787',
  };
  for (const a of syntheticWeek('2026-11-09', 6)) await storeArticle(deps, a, '2026-11-10T10:00:00Z');
  await compileBulletin(deps, '2026-W46', true);
  const late = makeArticle({
    id: 'late',
    eventDate: '2026-11-12',
    countries: ['PL'],
    summary: 'A late report.',
  });
  await storeArticle(deps, late, '2026-11-18T10:00:00Z');
  const long = makeArticle({
    id: 'long-words',
    eventDate: '2026-11-18',
    organizations: ['Azərbaycan Respublikasının Elm və Təhsil Nazirliyi'],
    summary: `A long unbroken reference: ${'AZ2026MEMORANDUM'.repeat(8)} and https://example.org/${'x'.repeat(90)}.pdf`,
  });
  for (const a of [...syntheticWeek('2026-11-16', 24), long])
    await storeArticle(deps, a, '2026-11-18T10:00:00Z');
  now = new Date('2026-11-23T05:00:00Z');
  await compileBulletin(deps, WEEK, false);
}

beforeAll(async () => {
  await compileWeeks();
  ({ base, context, close } = await openBrowser(await serve(store)));
}, 60_000);

afterAll(async () => {
  await close?.();
});

const PAGES = [
  {
    name: 'az',
    path: `/bulletins/${WEEK}/az.html`,
    texts: ['Həftəlik əməkdaşlıq bülleteni', '47-ci həftə', 'Əvvəlki həftələrdən xəbərlər'],
  },
  {
    name: 'en',
    path: `/bulletins/${WEEK}/en.html`,
    texts: ['Weekly cooperation bulletin', 'Week 47', 'News from earlier weeks'],
  },
  {
    name: 'both',
    path: `/bulletins/${WEEK}/both.html`,
    texts: ['Həftəlik əməkdaşlıq bülleteni', 'Weekly cooperation bulletin', 'Qazaxıstan', 'Kazakhstan'],
  },
  {
    name: 'index',
    path: '/',
    texts: ['Həftəlik əməkdaşlıq bülleteni', '2026-W47', '2026-W46', 'İngilis dilində', 'English'],
  },
  {
    name: 'index-en',
    path: '/archive/en/index.html',
    texts: ['Weekly cooperation bulletin', '2026-W47', 'In English', 'Partners', 'Azərbaycanca'],
  },
] as const;

describe('the archive in headless Chromium', () => {
  for (const page of PAGES) {
    for (const width of WIDTHS) {
      it(`${page.name} at ${width} px shows both languages' words and never scrolls sideways`, async () => {
        const tab = await context.newPage();
        try {
          await tab.setViewportSize({ width, height: 900 });
          const response = await tab.goto(`${base}${page.path}`, { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          const text = await tab.evaluate<string>('document.body.innerText');
          for (const expected of page.texts) expect(text).toContain(expected);
          // The page's own script context: the test's tsconfig has no DOM types, so the expression is a string.
          const { scrollWidth, clientWidth } = await tab.evaluate<{
            scrollWidth: number;
            clientWidth: number;
          }>(
            '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
          );
          // The first screen, as a reader opens it, and the whole page.
          await tab.screenshot({ path: join(SCREENSHOTS, `${page.name}-${width}-top.png`) });
          await tab.screenshot({ path: join(SCREENSHOTS, `${page.name}-${width}.png`), fullPage: true });
          expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        } finally {
          await tab.close();
        }
      });
    }
  }

  it('follows the index links to every edition of the week', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/`);
      const links = await tab.locator('a[href*="2026-W47"]').all();
      const hrefs = await Promise.all(
        links.map(async (l) => new URL((await l.getAttribute('href')) ?? '', `${base}/`).href),
      );
      // The latest bulletin and the list of weeks both link the week's three editions.
      expect([...new Set(hrefs)]).toEqual(
        ['az', 'en', 'both'].map((e) => `${base}/bulletins/${WEEK}/${e}.html`),
      );
      for (const href of hrefs) expect((await tab.goto(href))?.status()).toBe(200);
    } finally {
      await tab.close();
    }
  });
});
