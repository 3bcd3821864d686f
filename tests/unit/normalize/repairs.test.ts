import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/domain/normalize/text/clean-text.js';
import { classifyLineEndHyphen, wordsOf } from '../../../functions/domain/normalize/text/hyphenation.js';
import { fixDoubledWords, fixSplitWords } from '../../../functions/domain/normalize/text/inline-repairs.js';
import { isChromeLine } from '../../../functions/domain/normalize/text/page-chrome.js';
import { removeSquares } from '../../../functions/domain/normalize/text/squares.js';
import { undoubleRun } from '../../../functions/domain/normalize/text/undouble.js';
import { artifactsIn } from './artifacts.js';

const none = new Set<string>();

describe('line-end hyphens', () => {
  it.each([
    ['co', 'operation', 'split-word'],
    ['əmək', 'daşlıq', 'split-word'],
    ['сотруд', 'ничество', 'split-word'],
    ['Azerbaijan', 'Kazakhstan', 'compound'],
    ['well', 'known', 'compound'],
    ['government', 'funded', 'compound'],
    ['научно', 'технического', 'compound'],
    ['e', 'learning', 'compound'],
  ] as const)('%s- + %s -> %s', (head, tail, expected) => {
    expect(classifyLineEndHyphen(head, tail, none)).toBe(expected);
  });

  it('trusts how the document spells the word elsewhere', () => {
    expect(classifyLineEndHyphen('decision', 'makers', wordsOf('Decisionmakers met.'))).toBe('split-word');
    expect(classifyLineEndHyphen('multi', 'lateral', wordsOf('a multi-lateral deal'))).toBe('compound');
  });

  it('rejoins a split word left inside a line, but keeps suspended hyphens', () => {
    expect(fixSplitWords('prospects of co- operation', none)).toBe('prospects of cooperation');
    expect(fixSplitWords('short- and long-term plans', none)).toBe('short- and long-term plans');
  });
});

describe('doubled text', () => {
  it('undoubles X+X and X X lines, leaves short or unequal ones', () => {
    expect(undoubleRun('Signed in Baku on Monday.Signed in Baku on Monday.')).toBe(
      'Signed in Baku on Monday.',
    );
    expect(undoubleRun('Signed in Baku on Monday. Signed in Baku on Monday.')).toBe(
      'Signed in Baku on Monday.',
    );
    expect(undoubleRun('Walla Walla')).toBe('Walla Walla');
    expect(undoubleRun('Signed in Baku on Monday, signed in Baku on Tuesday')).toBe(
      'Signed in Baku on Monday, signed in Baku on Tuesday',
    );
  });

  it('removes a copy that starts mid-line', () => {
    const text =
      'The rector said that the Ministry of Science and the Ministry of Science and Education agreed.';
    expect(removeSquares(text)).toBe('The rector said that the Ministry of Science and Education agreed.');
  });

  it('removes a short paragraph printed twice in a row', () => {
    const text = cleanText(
      'Baku, 14 May 2025 (AZERTAC).\n\nBaku, 14 May 2025 (AZERTAC).\n\nThe forum opened.',
    );
    expect(text).toBe('Baku, 14 May 2025 (AZERTAC).\n\nThe forum opened.');
  });

  it('fixes doubled words in any case, keeps legitimate repeats', () => {
    expect(fixDoubledWords('The the delegation arrived in in Baku and and met with with rectors')).toBe(
      'The delegation arrived in Baku and met with rectors',
    );
    expect(fixDoubledWords('He said that that plan works')).toBe('He said that that plan works');
    expect(fixDoubledWords('Tələbələr və və müəllimlər; студенты и и преподаватели')).toBe(
      'Tələbələr və müəllimlər; студенты и преподаватели',
    );
  });
});

describe('page chrome', () => {
  it.each([
    '---',
    '* * *',
    '______',
    'Page 3 of 5',
    'page 2',
    '- 4 -',
    '12',
    'Səhifə 2',
    'Страница 1 из 3',
    'Share',
    'Share this article',
    'Facebook | Twitter | Print',
    'Paylaş',
    'Поделиться',
    'Read more',
    'Читайте также',
    'We use cookies to improve your experience. By continuing you accept our cookie policy.',
    '© 2025 Ministry of Science and Education. All rights reserved.',
    'Home / News / International cooperation',
    'Ana səhifə » Xəbərlər » Təhsil',
    'Back to news',
    '← Xəbərlərə qayıt',
    'Назад к новостям',
  ])('drops %j', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'In 2024, 40 memoranda were signed.',
    'The share of foreign students grew to 12 percent.',
    'Print media also covered the visit.',
    '2025',
    'Cookies were served at the reception, the rector said.',
    'Education | International cooperation | 10.11.2026',
  ])('keeps %j', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('the whole repair pass', () => {
  it('strips a view counter but keeps the date it follows', () => {
    expect(cleanText('12.03.2025, 10:15 · 2 417 views\n\nThe text.')).toBe('12.03.2025, 10:15\n\nThe text.');
    expect(cleanText('345 baxış\n\nMətn burada.')).toBe('Mətn burada.');
  });

  it('leaves none of the scorer artifacts in a badly extracted text', () => {
    const raw = [
      'Baku hosted the forum.Baku hosted the forum.',
      '',
      '---',
      '',
      'Rectors from Azerbaijan and Hungary discussed the the joint degree pro-',
      'grammes and a new scholarship scheme for doctoral students in in engineering.',
      'Rectors from Azerbaijan and Hungary discussed the the joint degree pro-',
      'grammes and a new scholarship scheme for doctoral students in in engineering.',
      '',
      'Page 1 of 1',
    ].join('\r\n');
    const text = cleanText(raw);
    expect(artifactsIn(text)).toEqual([]);
    expect(text).toBe(
      'Baku hosted the forum.\n\nRectors from Azerbaijan and Hungary discussed the joint degree programmes and ' +
        'a new scholarship scheme for doctoral students in engineering.',
    );
  });
});

describe('hard wraps around a headline and a date', () => {
  const wrapped = (lines: string[]) => cleanText(lines.join('\n'));

  it('keeps a dateline below a headline as its own paragraph', () => {
    const text = wrapped([
      'Ministry and Goethe-Institut open language centre for school teachers',
      'Ganja, 4 March 2026',
      '',
      'The Ministry of Science and Education and the Goethe-Institut opened a language',
      'centre for teachers of German in Ganja, the second of its kind in the regions.',
    ]);
    expect(text.split('\n\n').slice(0, 2)).toEqual([
      'Ministry and Goethe-Institut open language centre for school teachers',
      'Ganja, 4 March 2026',
    ]);
  });

  it('joins a line ending in a preposition to the next, even a short one', () => {
    const text = wrapped([
      'Министр принял делегацию университета, прибывшую в Баку по приглашению',
      'вуза, и обсудил с',
      'Ректором Ивановым программы обмена студентами и преподавателями двух стран.',
    ]);
    expect(text).toContain('обсудил с Ректором');
    const en = wrapped(['The memorandum on teacher training was signed in Baku on', 'Friday, 6 March.']);
    expect(en).toBe('The memorandum on teacher training was signed in Baku on Friday, 6 March.');
  });
});
