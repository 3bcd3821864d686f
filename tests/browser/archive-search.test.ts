import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../functions/handlers/subscriptions-routes.js';
import { compileBulletin } from '../../functions/use-cases/compile-bulletin.js';
import type { SubscriptionDeps } from '../../functions/use-cases/manage-subscription.js';
import { apiEvent } from '../helpers/api-events.js';
import { archiveArticles } from '../helpers/archive-fixture.js';
import { storeArticle } from '../helpers/compile-articles.js';
import { siteCompileDeps } from '../helpers/compile-deps.js';
import { MemoryStore } from '../helpers/fakes.js';
import { openBrowser, SCREENSHOTS, serve } from './browser-helpers.js';

const store = new MemoryStore();
let base = '';
let context: BrowserContext;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const deps = siteCompileDeps(store);
  const weeks = archiveArticles();
  for (const articles of Object.values(weeks))
    for (const article of articles) await storeArticle(deps, article, '2026-11-20T10:00:00Z');
  for (const week of Object.keys(weeks)) await compileBulletin(deps, week, false);
  // The subscribe pages as the subscriptions handler renders them, served beside the archive.
  for (const lang of ['az', 'en']) {
    const page = await route({} as SubscriptionDeps, apiEvent('GET', `/subscribe?lang=${lang}`));
    await store.put(`subscribe-${lang}.html`, page.body ?? '', 'text/html; charset=utf-8');
  }
  ({ base, context, close } = await openBrowser(await serve(store)));
}, 60_000);

afterAll(async () => {
  await close?.();
});

/** Types a query into the search page the way a reader does and returns the result links. */
async function searchFor(tab: Page, language: 'az' | 'en', query: string): Promise<string[]> {
  await tab.goto(`${base}/archive/${language}/search.html`);
  await tab.locator('form#search[data-ready="true"]').waitFor();
  await tab.locator('#q').fill(query);
  await tab.locator('button[type="submit"]').click();
  return Promise.all(
    (await tab.locator('#results a').all()).map(async (a) => (await a.getAttribute('href')) ?? ''),
  );
}

async function noSideScroll(tab: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await tab.evaluate<{ scrollWidth: number; clientWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  );
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('archive search and partner pages in headless Chromium', () => {
  it('finds an event by a partner typed in Azerbaijani and in English, and by a person in Latin and Cyrillic', async () => {
    const tab = await context.newPage();
    try {
      const turkiye = ['/archive/az/events/tr-nov.html', '/archive/az/events/tr-jan.html'];
      expect(await searchFor(tab, 'az', 'Türkiyə')).toEqual(turkiye);
      expect(await searchFor(tab, 'en', 'Türkiye')).toEqual(turkiye.map((h) => h.replace('/az/', '/en/')));
      expect(await searchFor(tab, 'en', 'Kazakhstan')).toEqual(['/archive/en/events/kz-mar.html']);
      expect(await searchFor(tab, 'az', 'Amrullayev')).toEqual(['/archive/az/events/tr-jan.html']);
      expect(await searchFor(tab, 'en', 'Амруллаев')).toEqual(['/archive/en/events/tr-jan.html']);
      expect(await tab.locator('#status').innerText()).toBe('1 event found');
      await tab.screenshot({ path: join(SCREENSHOTS, 'search-en.png'), fullPage: true });
      // A result opens the event's page.
      await tab.locator('#results a').first().click();
      await tab.waitForURL(/\/archive\/en\/events\/tr-jan\.html$/);
      expect(await tab.locator('h1').innerText()).toMatch(/Türkiye/);
    } finally {
      await tab.close();
    }
  });

  it('a partner page lists the right events, newest first', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/archive/en/partners/tr.html`);
      const hrefs = await Promise.all(
        (await tab.locator('ul.events a').all()).map(async (a) => (await a.getAttribute('href')) ?? ''),
      );
      expect(hrefs).toEqual(['/archive/en/events/tr-nov.html', '/archive/en/events/tr-jan.html']);
      expect(await tab.locator('body').innerText()).toContain('Erol Özvar');
    } finally {
      await tab.close();
    }
  });

  it('the English edition of a week with an Azerbaijani-only report shows an English lead for it', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/bulletins/2026-W04/en.html`);
      const text = await tab.evaluate<string>('document.body.innerText');
      expect(text).toContain(
        'On 21 January in Ankara, Minister of Science and Education Emin Amrullayev met Erol Özvar, President of Türkiye',
      );
      expect(text).toContain(
        'Karabakh University and Istanbul Technical University signed a memorandum of understanding.',
      );
    } finally {
      await tab.close();
    }
  });

  it('the subscribe page names its fields for assistive technology, in each language', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/subscribe-az.html`);
      await tab.getByLabel('E-poçt ünvanı').fill('reader@example.org');
      await tab.getByLabel('Adınız (istəyə bağlı)').fill('Aygün');
      expect(await tab.getByRole('button', { name: 'Həftəlik bülletenə abunə olun' }).isVisible()).toBe(true);
      expect(await tab.getByLabel('Azərbaycan dilində').isChecked()).toBe(true);
      await tab.goto(`${base}/subscribe-en.html`);
      expect(await tab.getByRole('button', { name: 'Subscribe to the weekly bulletin' }).isVisible()).toBe(
        true,
      );
      expect(await tab.getByLabel('Your name (optional)').isVisible()).toBe(true);
    } finally {
      await tab.close();
    }
  });

  const PAGES = [
    ['home-az', '/'],
    ['home-en', '/archive/en/index.html'],
    ['event-az', '/archive/az/events/tr-jan.html'],
    ['event-en', '/archive/en/events/tr-jan.html'],
    ['partner-az', '/archive/az/partners/tr.html'],
    ['search-az', '/archive/az/search.html?q=T%C3%BCrkiy%C9%99'],
    ['subscribe-az', '/subscribe-az.html'],
    ['subscribe-en', '/subscribe-en.html'],
  ] as const;
  for (const [name, path] of PAGES)
    for (const width of [375, 1200])
      it(`${name} at ${width} px never scrolls sideways`, async () => {
        const tab = await context.newPage();
        try {
          await tab.setViewportSize({ width, height: 900 });
          expect((await tab.goto(`${base}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
          await tab.screenshot({ path: join(SCREENSHOTS, `archive-${name}-${width}.png`), fullPage: true });
          await noSideScroll(tab);
        } finally {
          await tab.close();
        }
      });
});
