import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGatewayEvent } from '../../cli/local/api-event.js';
import { lambdaContext } from '../../cli/local/lambda-context.js';
import { signEditorToken } from '../../functions/domain/review/editor-token.js';
import { createReviewHandler } from '../../functions/handlers/review-handler.js';
import { requestReview } from '../../functions/use-cases/review-request.js';
import { makeArticle, org } from '../helpers/article-factory.js';
import { storeArticle } from '../helpers/compile-articles.js';
import { subscribe } from '../helpers/compile-deps.js';
import { memoryReview, TEST_SECRET } from '../helpers/review-fakes.js';
import { openBrowser, SCREENSHOTS } from './browser-helpers.js';

const WEEK = '2026-W47';
const review = memoryReview(['press@example.org']);
let base = '';
let context: BrowserContext;
let close: (() => Promise<void>) | undefined;
let token = '';

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

/** The real review handler (in-memory ports) behind a plain HTTP server, as API Gateway would call it. */
async function serveReview(): Promise<Server> {
  // Typed like the local server does: middy's parser narrows the event type, the handler takes any request.
  const handler = createReviewHandler(review.deps) as unknown as (
    e: unknown,
    c: unknown,
  ) => Promise<{ statusCode?: number; headers?: Record<string, string>; body?: string }>;
  const http = createServer(async (req, res) => {
    const event = apiGatewayEvent(req, await body(req));
    const out = await handler(event, lambdaContext('review'));
    res.writeHead(out.statusCode ?? 200, out.headers).end(out.body ?? '');
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

beforeAll(async () => {
  const articles = [
    makeArticle({
      id: 'tr-protocol',
      eventDate: '2026-11-17',
      countries: ['TR'],
      agreements: [{ type: 'protocol', count: 1 }],
      organizations: [org('Ankara University', 'TR')],
    }),
    makeArticle({
      id: 'hu-programme',
      eventDate: '2026-11-19',
      countries: ['HU'],
      title: 'Hungary scholarships <b>grow</b>',
    }),
    makeArticle({ id: 'uz-declaration', eventDate: '2026-11-18', countries: ['UZ'] }),
  ];
  for (const a of articles) await storeArticle(review.deps, a, '2026-11-20T08:00:00Z');
  await subscribe(review.deps, 's1');
  await requestReview(review.deps, WEEK, 'schedule');
  const editor = review.deps.editors[0];
  if (!editor) throw new Error('no editor');
  token = signEditorToken(TEST_SECRET, editor, WEEK, Math.floor(Date.now() / 1000) + 3600);
  ({ base, context, close } = await openBrowser(await serveReview()));
}, 60_000);

afterAll(async () => {
  await close?.();
});

describe('the review page in Chromium', () => {
  it('corrects a date and excludes an item through the forms, shows both values, then approves once', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/review?token=${token}`);
    expect(await page.locator('h1').textContent()).toContain(WEEK);
    expect(await page.locator('.item').count()).toBe(3);
    // Article text is escaped, never markup.
    expect(await page.locator('.article b', { hasText: 'Hungary scholarships <b>grow</b>' }).count()).toBe(1);

    const hu = page.locator('#a-hu-programme');
    await hu.locator('summary').click();
    await hu.locator('input[name="eventDate"]').fill('2026-11-20');
    await hu.locator('input[name="headlineEn"]').fill('Hungary doubles Stipendium Hungaricum places');
    await hu.locator('button[type="submit"]').click();
    await page.waitForURL(/#a-hu-programme$/);
    expect(await page.locator('#a-hu-programme .was').first().textContent()).toBe('2026-11-19');
    expect(await page.locator('#a-hu-programme .now').first().textContent()).toBe('2026-11-20');
    expect(
      await page.locator('h3', { hasText: 'Hungary doubles Stipendium Hungaricum places' }).count(),
    ).toBe(1);

    const uz = page.locator('#a-uz-declaration');
    await uz.locator('summary').click();
    await uz.locator('input[name="exclude"]').check();
    await uz.locator('button[type="submit"]').click();
    await page.waitForLoadState();
    expect(await page.locator('.item').count()).toBe(2);
    expect(await page.locator('h2:has-text("Excluded") + .article code').textContent()).toBe(
      'uz-declaration',
    );
    expect(await page.locator('table').textContent()).toMatch(
      /press@example\.org.*correct.*uz-declaration: exclude/,
    );

    // Two reports that are one event: merged from the select, which names each article by its title.
    const tr = page.locator('#a-tr-protocol');
    await tr.locator('summary').click();
    await tr
      .locator('select[name="mergeWith"]')
      .selectOption({ label: 'Hungary scholarships <b>grow</b> (hu-programme)' });
    await tr.locator('button[type="submit"]').click();
    await page.waitForURL(/#a-tr-protocol$/);
    expect(await page.locator('.item').count()).toBe(1);
    expect(await page.locator('#a-tr-protocol li', { hasText: 'Merged with' }).count()).toBe(1);

    for (const width of [375, 1200]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate<boolean>(
        'document.documentElement.scrollWidth > window.innerWidth',
      );
      expect(overflow, `horizontal scroll at ${width}px`).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `review-${width}.png`), fullPage: true });
    }

    await page.locator('form.approve button').click();
    await page.waitForLoadState();
    expect(await page.locator('body').textContent()).toMatch(
      /Approved: 2026-W47 is being sent to 1 subscribers/,
    );
    expect(review.jobs.flatMap((j) => j.subscriberIds)).toEqual(['s1']);
    await page.goBack();
    await page.reload();
    expect(await page.locator('form.approve').count()).toBe(0);
    expect(await page.locator('.status').textContent()).toMatch(/Approved/);
    await page.close();
  });

  it('shows a refusal page for a forged link', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${base}/review?token=${token.slice(0, -3)}abc`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toMatch(/Link refused/);
    await page.close();
  });
});
