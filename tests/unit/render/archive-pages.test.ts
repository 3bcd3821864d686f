import { describe, expect, it } from 'vitest';
import { collectEvents, collectPartners } from '../../../functions/domain/archive/archive-events.js';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { eventPage } from '../../../functions/domain/render/archive-pages.js';
import { partnerPage } from '../../../functions/domain/render/partner-page.js';
import { archiveBulletins } from '../../helpers/archive-fixture.js';
import { hostileArticle } from '../../helpers/hostile-article.js';

const events = collectEvents(archiveBulletins());
const partners = collectPartners(events);
const partner = (slug: string) => {
  const found = partners.find((p) => p.slug === slug);
  if (!found) throw new Error(`no partner ${slug}`);
  return found;
};

describe('archive pages', () => {
  it('lists every event once, newest first, and a page per partner', () => {
    expect(events.map((e) => `${e.week}:${e.item.id}`)).toEqual([
      '2026-W47:tr-nov',
      '2026-W10:isesco-mar',
      '2026-W10:kz-mar',
      '2026-W04:tr-jan',
    ]);
    expect(partners.map((p) => p.slug)).toEqual(['tr', 'kz', 'org-isesco']);
  });

  it('a partner page lists its events newest first, documents per year by type and the people met', () => {
    const en = partnerPage(partner('tr'), 'en');
    expect(en).toContain('<h1>Türkiye</h1>');
    const nov = en.indexOf('/archive/en/events/tr-nov.html');
    const jan = en.indexOf('/archive/en/events/tr-jan.html');
    expect(nov).toBeGreaterThan(0);
    expect(jan).toBeGreaterThan(nov);
    expect(en).not.toContain('kz-mar');
    expect(en).toContain('<li>2026: 1 memorandum of understanding and 2 protocols</li>');
    expect(en).toContain('Erol Özvar (President of Türkiye&#39;s Council of Higher Education)');
    expect(en).not.toContain('Amrullayev'); // Azerbaijan's own minister is not a person "met"
    const az = partnerPage(partner('tr'), 'az');
    expect(az).toContain('<h1>Türkiyə</h1>');
    expect(az).toContain('<li>2026: 1 anlaşma memorandumu və 2 protokol</li>');
    expect(az).toContain('Erol Özvar (Türkiyənin Ali Təhsil Şurasının sədri)');
  });

  it('an event page has its facts, its lead and every report, in the page language', () => {
    const jan = events.find((e) => e.item.id === 'tr-jan');
    if (!jan) throw new Error('missing');
    const en = eventPage(jan, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Karabakh University');
    expect(en).not.toContain('Qarabağ Universiteti</dd>');
    expect(en).toContain(
      'On 21 January in Ankara, Minister of Science and Education Emin Amrullayev met Erol Özvar',
    );
    // The only report is Azerbaijani: shown in full, marked, never as the English summary.
    expect(en).toContain('(original in Azerbaijani)');
    expect(en).toContain('<p>Yanvarın 21-də Ankarada memorandum imzalanıb.</p>');
    expect(en).toContain('Tərəflər tələbə mübadiləsini genişləndirəcək.');
    expect(en).toContain('href="/archive/az/events/tr-jan.html"');
    expect(en).toContain('href="/archive/en/partners/tr.html"');
  });

  it('escapes everything an article brings into event and partner pages', () => {
    const [event] = collectEvents([buildBulletin({ week: '2026-W47', articles: [hostileArticle()] })]);
    if (!event) throw new Error('missing');
    const [org] = collectPartners([event]);
    const pages = [eventPage(event, 'en'), eventPage(event, 'az'), ...(org ? [partnerPage(org, 'en')] : [])];
    expect(pages).toHaveLength(3);
    for (const html of pages) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toMatch(/href="\s*javascript:/i);
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    }
  });
});
