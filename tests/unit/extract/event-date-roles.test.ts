import { describe, expect, it } from 'vitest';
import { extractEventDate } from '../../../functions/domain/extract/event-date.js';

const date = (text: string, publishedAt: string, hint: string | null = null) =>
  extractEventDate(text, publishedAt, hint);

describe('recalled dates do not date the event', () => {
  it('an earlier edition with its year', () => {
    const text = `On 4 June the rectors of Turkic universities met in Baku for their annual forum.

The first such forum was held on 10 November 2022 in Tashkent.`;
    expect(date(text, '2025-06-05')).toBe('2025-06-04');
  });

  it('a recalled date with its year alone is no event date', () => {
    const text = `The first forum of Turkic rectors was held on 10 November 2022 in Tashkent.

This year the rectors gathered in Baku and discussed joint research.`;
    expect(date(text, '2025-06-05')).toBeNull();
  });

  it('"since", "bəri" and "ранее" mark history', () => {
    const en = `Baku, 12 May (Trend). Since 3 March the two universities have run a joint master's programme in geology.`;
    const az = `Bakı, 12 may — Trend

Martın 3-dən bəri iki universitet geologiya üzrə birgə magistr proqramını həyata keçirir.`;
    const ru = `Баку, 12 мая. Trend

Ранее, 3 марта, стороны подписали меморандум о совместной магистерской программе.`;
    for (const text of [en, az, ru]) expect(date(text, '2025-05-12')).toBe('2025-05-12');
  });
});

describe('earlier reports of the same story', () => {
  it('"as reported" marks a day told before; "last week" is still this event', () => {
    const en = `Tbilisi, 20 October (Report). As reported, on 14 October the rectors agreed on joint degrees.`;
    const az = `Tbilisi, 20 oktyabr — Report

Xəbər verildiyi kimi, oktyabrın 14-də rektorlar birgə diplom proqramları barədə razılığa gəliblər.`;
    const ru = `Тбилиси, 20 октября. Report

Как сообщалось, 14 октября ректоры договорились о совместных магистерских программах.`;
    for (const text of [en, az, ru]) expect(date(text, '2025-10-20')).toBe('2025-10-20');
    const lastWeek = 'Tbilisi, 20 October (Report). Last week, on 14 October, the rectors met in Kutaisi.';
    expect(date(lastWeek, '2025-10-20')).toBe('2025-10-14');
  });
});

describe('planned dates and deadlines', () => {
  it('a meeting announced for later does not replace the dateline', () => {
    const text = `Baku, 2 December. The ministers agreed to continue the talks.
The next meeting of the commission will be held on 15 December in Astana.`;
    expect(date(text, '2024-12-02')).toBe('2024-12-02');
  });

  it('an announcement alone gives its planned day, the following days not last year', () => {
    const az =
      'Noyabrın 20-də Bakıda keçiriləcək forumda on iki ölkənin universitet rektorları iştirak edəcək.';
    const ru = 'Форум ректоров университетов двенадцати стран состоится 20 ноября в Баку.';
    const en = 'The winter school for young researchers will open on 10 January in Sheki.';
    expect(date(az, '2025-11-17')).toBe('2025-11-20');
    expect(date(ru, '2025-11-17')).toBe('2025-11-20');
    expect(date(en, '2025-12-28')).toBe('2026-01-10');
  });

  it('a deadline never dates the event', () => {
    const en = `Applications for the exchange programme are accepted until 20 March.

On 3 March the ministry presented the programme to students of ten universities.`;
    const ru = `Прием заявок продлится до 20 марта.

3 марта министерство представило программу студентам десяти университетов.`;
    const az = `Sənədlər martın 20-dək qəbul olunur.

Martın 3-də nazirlik proqramı on universitetin tələbələrinə təqdim edib.`;
    for (const text of [en, ru, az]) expect(date(text, '2025-03-04')).toBe('2025-03-03');
  });
});

describe('words that look like cues but are not', () => {
  it('"gələn" is a participle of coming, "следующие" the following items', () => {
    const az = 'Dekabrın 5-də ölkəmizə səfərə gələn Litva nümayəndə heyəti ilə nazirlikdə görüş keçirilib.';
    const ru =
      '5 декабря на встрече ректоров обсуждены следующие вопросы: обмен студентами и общие лаборатории.';
    expect(date(az, '2025-12-06')).toBe('2025-12-05');
    expect(date(ru, '2025-12-06')).toBe('2025-12-05');
  });

  it('a mosque named for Friday is no weekday', () => {
    const text = `Şamaxı, 6 dekabr — AZƏRTAC

Şamaxı Cümə məscidində gənc tarixçilər üçün ekskursiya təşkil olunub.`;
    expect(date(text, '2025-12-06')).toBe('2025-12-06');
  });

  it('a day of this event that is also its first edition stays', () => {
    const text =
      'Dekabrın 5-də Bakıda ilk dəfə olaraq məktəblilərin beynəlxalq robototexnika olimpiadası keçirilib.';
    expect(date(text, '2025-12-06')).toBe('2025-12-05');
  });
});

describe('ranges give their first day', () => {
  it.each([
    ['The forum took place on 25-26 September in Baku with guests from ten countries.', '2025-09-25'],
    ['The forum took place in Baku on September 25-26 with guests from ten countries.', '2025-09-25'],
    ['The conference was held in Baku on 13–14 May with guests from ten countries.', '2025-05-13'],
    ['Mayın 28-29-da Bakıda on ölkənin rektorlarının forumu keçirilib.', '2025-05-28'],
    ['25 и 26 сентября в Баку прошел форум ректоров десяти стран.', '2025-09-25'],
    ['С 5 по 7 декабря в Баку прошла международная олимпиада школьников.', '2024-12-05'],
    ['С 30 ноября по 2 декабря в Баку прошел фестиваль студентов двадцати стран.', '2024-11-30'],
    ['Dekabrın 5-dən 7-dək Bakıda tələbələrin beynəlxalq festivalı keçirilib.', '2024-12-05'],
  ])('%s', (text, expected) => {
    expect(date(text, expected.startsWith('2024') ? '2024-12-20' : '2025-09-30')).toBe(expected);
  });
});

describe('a missing year comes from publication', () => {
  it('takes the last year across New Year', () => {
    expect(date('30 декабря в Баку прошла зимняя школа для молодых ученых.', '2026-01-02')).toBe(
      '2025-12-30',
    );
    expect(date('Dekabrın 30-da Bakıda gənc alimlər üçün qış məktəbi keçirilib.', '2026-01-02')).toBe(
      '2025-12-30',
    );
  });

  it('takes the year of a stamp over the upload day', () => {
    const text = `Dərc olunub: 15.11.2024

Noyabrın 14-də universitetin rektoru Qazaxıstanın iki ali məktəbi ilə memorandum imzalayıb.`;
    expect(date(text, '2026-03-01')).toBe('2024-11-14');
  });
});

describe('page chrome after the body', () => {
  const text = `Ministers meet to discuss teacher training

The ministers of education of Azerbaijan and Georgia discussed teacher training and new textbooks.

Related news

19:24 Azerbaijan and Türkiye sign protocol on vocational schools

Universities of two countries launch a joint degree 19/01/2026`;

  it('does not give a date', () => {
    expect(date(text, '2026-01-20')).toBeNull();
  });

  it('ends at a bare "related news" heading, even before long teasers', () => {
    const long = `${text.split('Related news')[0]}Related news

Rectors of two universities signed a memorandum on joint laboratories in Ganja on 14 January.`;
    expect(date(long, '2026-01-20')).toBeNull();
  });

  it('leaves the date hint to answer', () => {
    expect(date(text, '2026-01-20', '2026-01-20')).toBe('2026-01-20');
  });
});
