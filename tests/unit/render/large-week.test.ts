import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import {
  EMAIL_HTML_BUDGET,
  renderEdition,
  renderWebPage,
} from '../../../functions/domain/render/render-edition.js';
import { largeWeek } from './large-week.js';

const links = {
  archiveUrl: 'https://bulletin.example/',
  webUrl: 'https://bulletin.example/bulletins/2025-W10/both.html',
  unsubscribeUrl: 'https://bulletin.example/unsubscribe?token=0123456789abcdef',
};
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('heavy weeks', () => {
  // 30 s bounds a hang only: instrumented for coverage on a loaded 2-core runner this week takes several
  // seconds, more than the default 5 s.
  it('renders a 300-article week in every edition under strict validation', async () => {
    const started = performance.now();
    const bulletin = buildBulletin({ week: '2025-W10', articles: largeWeek(300) });
    expect(bulletin.figures.events).toBe(150);
    for (const edition of ['az', 'en', 'both'] as const) {
      const email = await renderEdition(bulletin, edition, links);
      // Under the clipping budget, every event accounted for: listed, or counted in the link to the web copy;
      // and the footer with the unsubscribe link is still there.
      expect(bytes(email.html)).toBeLessThanOrEqual(EMAIL_HTML_BUDGET);
      const listed = email.html.match(/<a id="story-/g)?.length ?? 0;
      const more = Number(
        /(\d+) more events|daha (\d+) tədbir/.exec(email.html)?.slice(1).find(Boolean) ?? 0,
      );
      expect(listed + more).toBe(150);
      expect(email.html).toContain('unsubscribe?token=0123456789abcdef');
      const page = await renderWebPage(bulletin, edition);
      expect(page.match(/class="full-text"/g)?.length).toBeGreaterThanOrEqual(150);
    }
    // A figure for the report, not an assertion: timings on shared machines are noise.
    console.log(
      `300 articles: build + 3 emails + 3 web pages in ${Math.round(performance.now() - started)} ms`,
    );
  }, 30_000);

  it('keeps a 50-event email under the clipping budget by falling back to a compact layout', async () => {
    const bulletin = buildBulletin({ week: '2025-W10', articles: largeWeek(100) });
    for (const edition of ['az', 'en', 'both'] as const) {
      const { html } = await renderEdition(bulletin, edition, links);
      expect(bytes(html)).toBeLessThanOrEqual(EMAIL_HTML_BUDGET);
    }
  });

  it('keeps one row per item in a normal week', async () => {
    const bulletin = buildBulletin({ week: '2025-W10', articles: largeWeek(10) });
    const { html } = await renderEdition(bulletin, 'both', links);
    expect(html).not.toContain('class="it"');
    expect(html).toContain('Full text');
  });
});
