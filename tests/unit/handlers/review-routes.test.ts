import { describe, expect, it } from 'vitest';
import { signEditorToken } from '../../../functions/domain/review/editor-token.js';
import { reviewRoute } from '../../../functions/handlers/review-routes.js';
import { apiEvent } from '../../helpers/api-events.js';
import { makeArticle } from '../../helpers/article-factory.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import { memoryReview, TEST_SECRET } from '../../helpers/review-fakes.js';

describe('the review routes on the HTTP router', () => {
  const { deps } = memoryReview();
  const editor = deps.editors[0];
  if (!editor) throw new Error('no editor');
  const now = Math.floor(deps.clock.now().getTime() / 1000);
  const token = signEditorToken(TEST_SECRET, editor, '2026-W47', now + 3600);

  it('answers a known path asked with another method 405 with Allow, before reading any token', async () => {
    const put = await reviewRoute(deps, apiEvent('PUT', '/review/approve'));
    expect(put.statusCode).toBe(405);
    expect(put.headers?.allow).toBe('GET, HEAD, POST');
    const get = await reviewRoute(deps, apiEvent('GET', `/review/correct?token=${token}`));
    expect(get.statusCode).toBe(405);
    expect(get.headers?.allow).toBe('POST');
  });

  it('answers an unknown path 404 and a refused link 403, as pages', async () => {
    const unknown = await reviewRoute(deps, apiEvent('GET', '/review/nothing'));
    expect(unknown.statusCode).toBe(404);
    const refused = await reviewRoute(deps, apiEvent('GET', '/review?token=abc.def'));
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Link refused · Keçid qəbul edilmədi');
    expect(refused.headers?.['content-type']).toMatch(/^text\/html/);
  });

  it('answers HEAD like GET, without a body', async () => {
    const get = await reviewRoute(deps, apiEvent('GET', `/review/approve?token=${token}`));
    const head = await reviewRoute(deps, apiEvent('HEAD', `/review/approve?token=${token}`));
    expect(get.statusCode).toBe(200);
    expect(head.statusCode).toBe(200);
    expect(get.body).toContain('2026-W47');
    expect(head.body).toBe('');
  });

  it('shows a refused correction on the review page (mapped in one place), not a 500', async () => {
    const missing = await reviewRoute(
      deps,
      apiEvent('POST', `/review/correct?token=${token}`, { articleId: 'missing' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('No such article in this week.');
    const article = makeArticle({
      id: 'tr',
      storyKey: 'tr',
      eventDate: '2026-11-17',
      publishedAt: '2026-11-17',
    });
    await storeArticle(deps, article, '2026-11-20T08:00:00Z');
    const invalid = await reviewRoute(
      deps,
      apiEvent('POST', `/review/correct?token=${token}`, { articleId: 'tr', eventDate: '17 November' }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Not saved:');
    expect(invalid.body).toContain('<form');
  });
});
