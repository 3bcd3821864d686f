import { describe, expect, it } from 'vitest';
import type { Person } from '../../../functions/domain/article/article.js';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { bodyParagraphs } from '../../../functions/domain/render/article-body.js';
import { renderWebPage } from '../../../functions/domain/render/render-edition.js';
import { makeArticle, org } from '../../helpers/article-factory.js';

const title = 'Azerbaijan and Türkiye sign protocol on vocational education';
const lead =
  'Azerbaijan’s Ministry of Science and Education and the Ministry of National Education of Türkiye signed a protocol on vocational education.';
const text = [
  title,
  'Baku, 18 November 2026',
  `BAKU, 18 November — ${lead} The protocol covers teacher exchanges.`,
  'The parties agreed to open two joint centres in Ganja and Ankara.',
].join('\n\n');

const karaca: Person = {
  name: 'Mehmet Ali Karaca',
  role: 'Türkiyənin milli təhsil nazirinin müavini',
  display: {
    en: { name: 'Mehmet Ali Karaca', role: 'Deputy Minister of National Education of Türkiye' },
    az: { name: 'Mehmet Ali Karaca', role: 'Türkiyənin milli təhsil nazirinin müavini' },
  },
};

describe('the web copy shows the article once', () => {
  it('drops the headline, the dateline and the lead sentences already shown, keeps the rest', () => {
    expect(bodyParagraphs({ title, summary: lead, text })).toEqual([
      'The protocol covers teacher exchanges.',
      'The parties agreed to open two joint centres in Ganja and Ankara.',
    ]);
    // A summary edited away from the text: only a repeated headline goes.
    expect(bodyParagraphs({ title, summary: 'Edited.', text })).toHaveLength(3);
  });

  it('renders headline, facts, lead, then the body, names in the edition language', async () => {
    const en = makeArticle({
      id: 'tr-en',
      storyKey: 'tr',
      title,
      summary: lead,
      text,
      countries: ['TR'],
      eventDate: '2026-11-18',
      organizations: [
        {
          name: 'Qarabağ Universiteti',
          en: 'Karabakh University',
          az: 'Qarabağ Universiteti',
          country: 'AZ',
        },
        org('Istanbul Technical University', 'TR'),
      ],
      people: [karaca],
      agreements: [{ type: 'protocol', count: 1 }],
    });
    const bulletin = buildBulletin({ week: '2026-W47', articles: [en] });
    const page = await renderWebPage(bulletin, 'en');
    const count = (needle: string) => page.split(needle).length - 1;
    expect(count(lead)).toBe(1);
    expect(count('Baku, 18 November 2026')).toBe(0);
    expect(count('The protocol covers teacher exchanges.')).toBe(1);
    const order = ['<h3', 'class="facts"', 'class="sm"', 'class="full-text"'].map((s) => page.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page).toContain('Karabakh University');
    expect(page).toContain('href="/archive/en/events/tr.html"');
    expect(page).toContain('Mehmet Ali Karaca (Deputy Minister of National Education of Türkiye)');
    const az = await renderWebPage(bulletin, 'az');
    expect(az).toContain('Qarabağ Universiteti');
    expect(az).not.toContain('Karabakh University');
    expect(az).toContain('Mehmet Ali Karaca (Türkiyənin milli təhsil nazirinin müavini)');
    // The English report is the original there, marked, after the Azerbaijani lead.
    expect(az).toContain('(orijinal ingilis dilində)');
    expect(az.indexOf('Noyabrın 18-də')).toBeLessThan(az.indexOf('(orijinal ingilis dilində)'));
  });
});
