import { describe, expect, it } from 'vitest';
import { extractEventDate } from '../../../functions/domain/extract/event-date.js';

const date = (text: string, publishedAt: string, hint: string | null = null) =>
  extractEventDate(text, publishedAt, hint);

describe('the event day wins over the dateline', () => {
  it('in English', () => {
    const text = `Ganja, 9 April (APA). Rectors of Azerbaijani and Uzbek universities gathered in Ganja.
The forum was held on 8 April at the State Agrarian University.`;
    expect(date(text, '2025-04-09')).toBe('2025-04-08');
  });

  it('in Azerbaijani, with the day before the verb at the end of the sentence', () => {
    const text = `Gəncə, 9 aprel — APA

Aprelin 8-də Gəncə Dövlət Universitetində Azərbaycan və Özbəkistan universitetlərinin rektorlarının forumu keçirilib.`;
    expect(date(text, '2025-04-09')).toBe('2025-04-08');
  });

  it('in Russian', () => {
    const text = `Гянджа, 9 апреля. Trend

8 апреля в Гянджинском государственном университете прошел форум ректоров вузов Азербайджана и Узбекистана.`;
    expect(date(text, '2025-04-09')).toBe('2025-04-08');
  });

  it('over a publication stamp line with a time', () => {
    const text = `Report.az · Təhsil · 12 fevral 2025, 09:15

Elm və təhsil naziri fevralın 11-də Macarıstanın ölkəmizdəki səfiri ilə görüşüb, tərəflər təqaüd proqramlarını müzakirə ediblər.`;
    expect(date(text, '2025-02-12')).toBe('2025-02-11');
  });

  it('over the HTML date hint', () => {
    const text =
      'Министры образования двух стран 10 февраля вместе посетили Бакинский государственный университет и встретились со студентами.';
    expect(date(text, '2025-02-12', '2025-02-12')).toBe('2025-02-10');
  });

  it('over a running header of a press review', () => {
    const text = `ОБЗОР СМИ · ОБРАЗОВАНИЕ · 12.02.2025 стр. 4 Раздел: Вузы

Ректоры встретились в Ташкенте

11 февраля делегация Бакинского университета встретилась с коллегами из Ташкентского университета.

ОБЗОР СМИ · ОБРАЗОВАНИЕ · 12.02.2025 стр. 5 Раздел: Вузы`;
    expect(date(text, '2025-02-12')).toBe('2025-02-11');
  });

  it('with a weekday before the full date', () => {
    const text = `22 October 2024 | University News

The rectors' forum closed in Shusha on Monday, 21 October 2024, after two days of sessions and workshops.`;
    expect(date(text, '2024-10-22')).toBe('2024-10-21');
  });
});

describe('a dateline or stamp alone dates the report', () => {
  it('a section and date line', () => {
    const text = `Education | 3 March 2025

The Minister of Science and Education received the Ambassador of Japan and discussed cooperation in robotics.`;
    expect(date(text, '2025-03-05')).toBe('2025-03-03');
  });

  it('a labelled stamp in Russian and Azerbaijani', () => {
    const ru = `Опубликовано: 03.03.2025

Министр науки и образования принял посла Японии и обсудил с ним сотрудничество в области робототехники.`;
    const az = `Dərc olunub: 03.03.2025

Elm və təhsil naziri Yaponiyanın səfirini qəbul edib, robototexnika sahəsində əməkdaşlığı müzakirə edib.`;
    expect(date(ru, '2025-03-05')).toBe('2025-03-03');
    expect(date(az, '2025-03-05')).toBe('2025-03-03');
  });

  it('a dateline with a news agency after it', () => {
    const text = `Lankaran, November 14, AZERTAC

Teachers from Lankaran schools completed a training course run jointly with a Finnish university.`;
    expect(date(text, '2025-11-14')).toBe('2025-11-14');
  });

  it('a machine stamp with seconds and a source', () => {
    const text = `2025-11-14 08:12:05 (MENAFN- AzerNews)

Teachers from Lankaran schools completed a training course run jointly with a Finnish university.`;
    expect(date(text, '2025-11-14')).toBe('2025-11-14');
  });
});

describe('relative words count from the dateline', () => {
  it('today is the dateline day', () => {
    const text =
      'BAKU, Azerbaijan, March 12. The ministers of education of Azerbaijan and Hungary today signed a memorandum on scholarships.';
    expect(date(text, '2025-03-13')).toBe('2025-03-12');
  });

  it('yesterday is the day before, in three languages', () => {
    const en =
      'Baku, 12 March (Report). The minister yesterday visited the new campus of the university in Sumgait.';
    const az = `Bakı, 12 mart — Report

Nazir dünən Sumqayıt Dövlət Universitetinin yeni kampusunu ziyarət edib.`;
    const ru = `Баку, 12 марта. Report

Вчера министр посетил новый кампус Сумгайытского государственного университета.`;
    for (const text of [en, az, ru]) expect(date(text, '2025-03-12')).toBe('2025-03-11');
  });

  it('a weekday is the latest such day up to the dateline', () => {
    const text =
      'BAKU, May 17. Rectors of Azerbaijani and Kazakh universities met in Baku on Wednesday to discuss joint degrees.';
    expect(date(text, '2024-05-17')).toBe('2024-05-15');
  });

  it('is not resolved without a stated day', () => {
    const text =
      'Today, online courses are no longer enough: students need real skills, the expert said in Baku.';
    expect(date(text, '2025-03-12')).toBeNull();
  });
});

describe('the date of an older report', () => {
  it('is taken from its dateline, however long before the upload', () => {
    const text =
      'Baku, 3 February 2025. Rectors of Azerbaijani and Polish universities met to discuss exchanges.';
    expect(extractEventDate(text, '2026-11-20', null)).toBe('2025-02-03');
  });

  it('is not invented from a year-less date far in the past or a date recalled in the body', () => {
    const text =
      'The programme, launched in 2019, was reviewed. The next meeting will be held in Warsaw in 2027.';
    expect(extractEventDate(text, '2026-11-20', null)).toBeNull();
  });
});

describe('datelines', () => {
  it('finds the dateline of the lead below a headline', () => {
    const text = `Azerbaijani-Chinese cooperation in vocational education discussed

06.11.2024 – The minister met the ambassador of China. Two agreements were signed.`;
    expect(extractEventDate(text, '2026-12-05', null)).toBe('2024-11-06');
  });
});

describe('a dateline whose month ends the sentence with its dot', () => {
  it.each([
    [
      'az, dünən',
      'Gəncə, 12 mart. Elm və təhsil nazirinin müavini dünən Macarıstanın Debrecen Universitetinin rektorunu qəbul edib.',
      '2026-03-11',
    ],
    [
      'az, a weekday',
      'Gəncə, 12 mart. Cümə axşamı Gəncə Dövlət Universitetində Macarıstan günləri başlayıb.',
      '2026-03-12',
    ],
    [
      'ru, вчера',
      'Гянджа, 12 марта. Заместитель министра вчера принял ректора Дебреценского университета.',
      '2026-03-11',
    ],
    [
      'ru, a weekday',
      'Гянджа, 12 марта. Во вторник в Гяндже открылся венгерский образовательный центр.',
      '2026-03-10',
    ],
  ])('%s', (_case, text, expected) => {
    expect(date(text, '2026-03-12')).toBe(expected);
  });

  it('an abbreviated month does not end a sentence before its day', () => {
    const text =
      'GANJA, Mar. 12 (Report) – Ganja State University and the University of Debrecen opened a joint centre on Mar. 10.';
    expect(date(text, '2026-03-12')).toBe('2026-03-10');
  });
});

describe('relative words without a dateline', () => {
  it.each([
    ['ru', 'Сегодня в Гяндже состоялось открытие венгерского образовательного центра.'],
    ['az', 'Bu gün Gəncədə Macarıstan təhsil mərkəzinin açılışı olub.'],
  ])('%s: count from the day of publication when they date the verb', (_language, text) => {
    expect(date(text, '2026-03-12')).toBe('2026-03-12');
  });
});
