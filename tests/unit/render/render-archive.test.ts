import { describe, expect, it } from 'vitest';
import { renderFeed } from '../../../functions/domain/render/render-archive.js';
import { HOSTILE } from '../../helpers/hostile-article.js';
import { xmlProblems } from './xml-check.js';

const entries = [
  { week: '2025-W09', titleAz: 'Bülleten 9', titleEn: 'Bulletin 9', events: 1 },
  {
    week: '2025-W10',
    titleAz: 'Bülleten 10',
    titleEn: 'Bulletin 10',
    events: 4,
    updated: '2025-03-10T08:00:00.000Z',
  },
];

describe('renderFeed', () => {
  it('is well-formed Atom with one entry per week', () => {
    const xml = renderFeed(entries, 'az', 'https://bulletin.example/');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="az">');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('href="https://bulletin.example/bulletins/2025-W10/az.html"');
    expect(xml).toContain('<updated>2025-03-10T08:00:00.000Z</updated>');
    // An entry without a compile time falls back to the end of its week.
    expect(xml).toContain('<updated>2025-03-02T23:59:59.000Z</updated>');
  });

  it('escapes hostile titles and stays well-formed', () => {
    const evil = [
      {
        week: '2025-W10',
        titleAz: HOSTILE.script,
        titleEn: `${HOSTILE.attribute} ${HOSTILE.entity}\u0001`,
        events: 1,
      },
    ];
    for (const language of ['az', 'en'] as const) {
      const xml = renderFeed(evil, language, 'https://bulletin.example/?a=1&b=<2>');
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<img');
    }
  });

  it('is well-formed when empty', () => {
    expect(xmlProblems(renderFeed([], 'en', 'https://bulletin.example'))).toEqual([]);
  });

  it('the checker itself catches broken XML', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a>x < y</a>')).not.toEqual([]);
  });
});
