import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { mjmlToHtml } from '../../../functions/domain/render/mjml-document.js';
import { renderEdition, renderWebPage } from '../../../functions/domain/render/render-edition.js';
import { sampleWeek } from '../../helpers/article-factory.js';
import { HOSTILE, hostileArticle } from '../../helpers/hostile-article.js';

const week = '2025-W10';
const links = {
  archiveUrl: 'https://bulletin.example/',
  webUrl: 'https://bulletin.example/bulletins/2025-W10/both.html',
  unsubscribeUrl: 'https://bulletin.example/unsubscribe?token=abc&list=weekly',
  preferencesUrl: 'https://bulletin.example/preferences?token=abc',
};

describe('renderEdition', () => {
  const bulletin = buildBulletin({ week, articles: sampleWeek() });

  it('renders each edition in its language', async () => {
    const az = await renderEdition(bulletin, 'az', links);
    expect(az.subject).toBe('Həftəlik əməkdaşlıq bülleteni: 10-cu həftə, 3–9 mart 2025');
    expect(az.html).toContain('Azərbaycan və Qazaxıstan: 40 anlaşma memorandumu imzalanıb');
    expect(az.html).toContain(
      'Martın 5-də Azərbaycan və ISESCO elm və tədqiqat sahəsində əməkdaşlığı müzakirə edib.',
    );
    expect(az.html).not.toContain('(orijinal ingilis dilində)');
    expect(az.html).not.toContain('The minister met');
    expect(az.html).not.toContain('memoranda of understanding');
    expect(az.html).toContain('<html lang="az"');
    const en = await renderEdition(bulletin, 'en', links);
    expect(en.subject).toBe('Weekly cooperation bulletin: Week 10, 3–9 March 2025');
    expect(en.text).toContain('Azerbaijan and Kazakhstan: 40 memoranda of understanding signed');
    expect(en.text).toContain('4 events · 3 partners · 43 documents signed');
    // The event reported only in Azerbaijani gets its English lead from the facts, not the Azerbaijani text.
    expect(en.html).toContain(
      '<p class="sm">On 6 March, an agreement and 2 protocols were signed between Azerbaijan and Türkiye.</p>',
    );
    expect(en.html).not.toContain('Türkiyə ilə iki protokol imzalanıb');
    expect(en.html).not.toContain('anlaşma memorandumu');
    expect(en.html).not.toContain('Tam mətn');
  });

  it("puts both languages side by side in 'both', az first", async () => {
    const both = await renderEdition(bulletin, 'both', links);
    expect(both.subject).toContain(' / ');
    const az = both.html.indexOf('ISESCO ilə görüş');
    const en = both.html.indexOf('Meeting with ISESCO');
    expect(az).toBeGreaterThan(0);
    expect(en).toBeGreaterThan(az);
    // Two 50% columns per row, which MJML stacks below its breakpoint.
    expect(both.html).toMatch(/mj-column-per-50/);
    expect(both.html).toContain('<div lang="en">');
    expect(both.text).toContain('HƏFTƏLİK ƏMƏKDAŞLIQ BÜLLETENİ');
    expect(both.text).toContain('WEEKLY COOPERATION BULLETIN');
  });

  it('links subscriber actions and each item to its full text', async () => {
    const { html, text } = await renderEdition(bulletin, 'en', links);
    expect(html).toContain('href="https://bulletin.example/unsubscribe?token=abc&amp;list=weekly"');
    expect(html).toContain('href="https://bulletin.example/bulletins/2025-W10/both.html#kz-2025-03-04"');
    expect(text).toContain('Unsubscribe: https://bulletin.example/unsubscribe?token=abc&list=weekly');
    expect(text).toContain('Preferences: https://bulletin.example/preferences?token=abc');
  });

  it('is byte-identical when rendered twice', async () => {
    const one = await renderEdition(bulletin, 'both', links);
    const two = await renderEdition(buildBulletin({ week, articles: sampleWeek().reverse() }), 'both', links);
    expect(two).toEqual(one);
  });

  it('says so when no events were recorded', async () => {
    const empty = buildBulletin({ week, articles: [] });
    const both = await renderEdition(empty, 'both', links);
    expect(both.html).toContain('Bu həftə heç bir tədbir qeydə alınmayıb.');
    expect(both.html).toContain('No events were recorded this week.');
    expect(both.text).toContain('Bu həftə heç bir tədbir qeydə alınmayıb.');
  });

  it('escapes hostile article content and neutralizes hostile links', async () => {
    const hostile = buildBulletin({ week, articles: [hostileArticle()], late: [] });
    const evilLinks = { ...links, webUrl: HOSTILE.link, archiveUrl: 'javascript:void(0)' };
    for (const edition of ['az', 'en', 'both'] as const) {
      const { html } = await renderEdition(hostile, edition, evilLinks);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/href="\s*javascript:/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      // The English summary is shown where English is read; the Azerbaijani edition has the lead (with the
      // hostile organization name, escaped) instead.
      if (edition !== 'az') expect(html).toContain('Tom &amp; Jerry &amp;amp; co');
    }
    const page = await renderWebPage(hostile, 'en');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<a href="javascript');
    expect(page).toContain('&lt;a href=&quot;javascript:alert(document.cookie)&quot;&gt;click&lt;/a&gt;');
  });

  it('passes strict MJML validation and rejects broken MJML', async () => {
    // renderEdition validates strictly; a broken document must fail loudly, not be mailed.
    await expect(
      mjmlToHtml('<mjml><mj-body><mj-section><mj-text>x</mj-text></mj-section></mj-body></mjml>'),
    ).rejects.toThrow(/MJML rendering failed/);
    const late = buildBulletin({ week, articles: sampleWeek(), late: sampleWeek().slice(0, 1) });
    await expect(renderEdition(late, 'both', links)).resolves.toHaveProperty('html');
  });
});

describe('renderWebPage', () => {
  it('is the archive copy: full texts instead of links, no subscriber links', async () => {
    const bulletin = buildBulletin({ week, articles: sampleWeek() });
    const page = await renderWebPage(bulletin, 'az', { archiveUrl: '/' });
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('<p>Text kz-az</p>');
    expect(page).toContain('id="kz-2025-03-04"');
    expect(page).toContain('href="/"');
    expect(page).not.toContain('Abunəlikdən çıxın');
    expect(page).not.toContain('Tam mətn');
  });
});
