import { describe, expect, it } from 'vitest';
import { AGREEMENT_TYPES, type Agreement } from '../../../functions/domain/article/article.js';
import { azDateLocative, azDayLocative } from '../../../functions/domain/i18n/az-dates.js';
import { buildLead, type LeadFacts } from '../../../functions/domain/i18n/lead.js';
import { locative } from '../../../functions/domain/knowledge/az-grammar.js';

const amrullayev = {
  en: { name: 'Emin Amrullayev', role: 'Minister of Science and Education' },
  az: { name: 'Emin Əmrullayev', role: 'Elm və təhsil naziri' },
};
const ozvar = {
  en: { name: 'Erol Özvar', role: "President of Türkiye's Council of Higher Education" },
  az: { name: 'Erol Özvar', role: 'Türkiyənin Ali Təhsil Şurasının sədri' },
};
const base: LeadFacts = {
  date: null,
  place: null,
  host: null,
  guest: null,
  partners: { en: [], az: [] },
  agreements: [],
  topic: null,
};
const turkiye = { en: ['Türkiye'], az: ['Türkiyə'] };

describe('facts-built lead', () => {
  it('says when, where, who met whom and what was signed, in each language', () => {
    const facts: LeadFacts = {
      ...base,
      date: '2026-01-21',
      place: { en: 'Ankara', az: 'Ankara' },
      host: amrullayev,
      guest: ozvar,
      partners: turkiye,
      agreements: [{ type: 'memorandum', count: 1 }],
    };
    expect(buildLead(facts, 'en')).toBe(
      "On 21 January in Ankara, Minister of Science and Education Emin Amrullayev met Erol Özvar, President of Türkiye's Council of Higher Education. A memorandum of understanding was signed.",
    );
    expect(buildLead(facts, 'az')).toBe(
      'Yanvarın 21-də Ankarada elm və təhsil naziri Emin Əmrullayev Türkiyənin Ali Təhsil Şurasının sədri Erol Özvar ilə görüşüb. 1 anlaşma memorandumu imzalanıb.',
    );
  });

  it('keeps a proper name that opens an Azerbaijani role capitalized', () => {
    const guest = { ...ozvar, az: { name: 'Erol Özvar', role: 'Microsoftun baş meneceri' } };
    const lead = buildLead(
      { ...base, host: amrullayev, guest, keepCapital: (az) => az.startsWith('Microsoft') },
      'az',
    );
    expect(lead).toBe(
      'Elm və təhsil naziri Emin Əmrullayev Microsoftun baş meneceri Erol Özvar ilə görüşüb.',
    );
  });

  it('names the two signing institutions when the event has one on each side', () => {
    const signatories = {
      en: ['Karabakh University', 'Istanbul Technical University'] as [string, string],
      az: ['Qarabağ Universiteti', 'İstanbul Texniki Universiteti'] as [string, string],
    };
    const facts: LeadFacts = {
      ...base,
      date: '2026-01-21',
      place: { en: 'Ankara', az: 'Ankara' },
      host: amrullayev,
      guest: ozvar,
      partners: turkiye,
      agreements: [{ type: 'memorandum', count: 1 }],
      signatories,
    };
    expect(buildLead(facts, 'en')).toBe(
      "On 21 January in Ankara, Minister of Science and Education Emin Amrullayev met Erol Özvar, President of Türkiye's Council of Higher Education. Karabakh University and Istanbul Technical University signed a memorandum of understanding.",
    );
    expect(buildLead(facts, 'az')).toBe(
      'Yanvarın 21-də Ankarada elm və təhsil naziri Emin Əmrullayev Türkiyənin Ali Təhsil Şurasının sədri Erol Özvar ilə görüşüb. Qarabağ Universiteti və İstanbul Texniki Universiteti arasında 1 anlaşma memorandumu imzalanıb.',
    );
    const signing = {
      ...base,
      partners: turkiye,
      agreements: [{ type: 'agreement', count: 2 }] as Agreement[],
      signatories,
    };
    expect(buildLead(signing, 'en')).toBe(
      'Karabakh University and Istanbul Technical University signed 2 agreements.',
    );
    expect(buildLead(signing, 'az')).toBe(
      'Qarabağ Universiteti və İstanbul Texniki Universiteti arasında 2 saziş imzalanıb.',
    );
  });

  it("names the partner's person when no Azerbaijani official is named", () => {
    const facts = { ...base, date: '2026-03-09', guest: ozvar, partners: turkiye };
    expect(buildLead(facts, 'en')).toBe(
      "On 9 March, President of Türkiye's Council of Higher Education Erol Özvar held talks with Azerbaijan's Ministry of Science and Education.",
    );
    expect(buildLead(facts, 'az')).toBe(
      'Martın 9-da Türkiyənin Ali Təhsil Şurasının sədri Erol Özvar Azərbaycanın Elm və Təhsil Nazirliyi ilə danışıqlar aparıb.',
    );
  });

  it('names the parties of a signing when no one is named', () => {
    const facts = { ...base, partners: turkiye, agreements: [{ type: 'protocol', count: 2 }] as Agreement[] };
    expect(buildLead(facts, 'en')).toBe('2 protocols were signed between Azerbaijan and Türkiye.');
    expect(buildLead(facts, 'az')).toBe('Azərbaycan və Türkiyə arasında 2 protokol imzalanıb.');
  });

  it('falls back to the partner and topic, and is never empty', () => {
    const talks = { ...base, date: '2026-03-06', partners: turkiye, topic: 'higher education' };
    expect(buildLead(talks, 'en')).toBe(
      'On 6 March, Azerbaijan and Türkiye discussed cooperation in higher education.',
    );
    expect(buildLead(talks, 'az')).toMatch(
      /^Martın 6-da Azərbaycan və Türkiyə .* sahəsində əməkdaşlığı müzakirə edib\.$/,
    );
    for (const language of ['az', 'en'] as const)
      expect(buildLead(base, language).length).toBeGreaterThan(20);
  });

  it('gets English number agreement and Azerbaijani singular nouns right for every type and count', () => {
    for (const type of AGREEMENT_TYPES) {
      for (const count of [1, 2, 3, 11, 40]) {
        const facts = { ...base, partners: turkiye, agreements: [{ type, count }] };
        const en = buildLead(facts, 'en');
        const az = buildLead(facts, 'az');
        if (count === 1) expect(en).toMatch(/^An? [a-z ]+ was signed between/);
        else expect(en).toMatch(new RegExp(`^${count} [a-z ]+ were signed between`));
        expect(en).not.toMatch(/memorandums|memoranda of understanding was|agreement were/);
        // Azerbaijani keeps the noun singular after a numeral: no plural -lar/-lər on it.
        expect(az).toMatch(new RegExp(`arasında ${count} [a-zəğıöüçş ]+ imzalanıb\\.$`));
        expect(az).not.toMatch(/(lar|lər) imzalanıb/);
      }
    }
    const mixed = [
      { type: 'memorandum', count: 3 },
      { type: 'declaration', count: 1 },
    ] as Agreement[];
    expect(buildLead({ ...base, agreements: mixed }, 'en')).toBe(
      '3 memoranda of understanding and a declaration were signed.',
    );
    expect(buildLead({ ...base, agreements: mixed }, 'az')).toBe(
      '3 anlaşma memorandumu və 1 bəyannamə imzalanıb.',
    );
  });

  it('builds a sentence for every combination of facts, in the right language', () => {
    const dates = [null, '2026-01-01', '2026-06-06', '2026-09-09', '2026-11-20', '2026-12-30'];
    const places = [null, { en: 'Baku', az: 'Bakı' }, { en: 'Paris', az: 'Paris' }];
    const people: [typeof amrullayev | null, typeof ozvar | null][] = [
      [null, null],
      [amrullayev, null],
      [null, ozvar],
      [amrullayev, ozvar],
    ];
    const partners = [
      { en: [], az: [] },
      turkiye,
      { en: ['Türkiye', 'Georgia'], az: ['Türkiyə', 'Gürcüstan'] },
    ];
    const documents: Agreement[][] = [
      [],
      [{ type: 'agreement', count: 1 }],
      [{ type: 'memorandum', count: 5 }],
    ];
    let checked = 0;
    for (const date of dates)
      for (const place of places)
        for (const [host, guest] of people)
          for (const partner of partners)
            for (const agreements of documents) {
              const facts = { ...base, date, place, host, guest, partners: partner, agreements };
              const en = buildLead(facts, 'en');
              const az = buildLead(facts, 'az');
              for (const lead of [en, az]) {
                expect(lead).toMatch(/^[\p{Lu}\d].*\.$/u);
                expect(lead).not.toMatch(/\s{2}|\s[,.]|undefined|null/);
              }
              expect(en).not.toMatch(/[əğıçş]|imzalan|görüş/);
              expect(az).not.toMatch(/\b(signed|met|On|in)\b/);
              if (place) expect(az).toContain(place.en === 'Baku' ? 'Bakıda' : 'Parisdə');
              if (date) expect(en).toMatch(/^On \d{1,2} [A-Z][a-z]+/);
              if (host && guest) expect(az).toContain(' ilə görüşüb.');
              checked++;
            }
    expect(checked).toBe(6 * 3 * 4 * 3 * 3);
  });
});

describe('Azerbaijani case endings for the lead', () => {
  it('puts a city in the locative by vowel harmony', () => {
    const cases: [string, string][] = [
      ['Ankara', 'Ankarada'],
      ['Bakı', 'Bakıda'],
      ['Paris', 'Parisdə'],
      ['Daşkənd', 'Daşkənddə'],
      ['İstanbul', 'İstanbulda'],
      ['Pekin', 'Pekində'],
      ['Tbilisi', 'Tbilisidə'],
      ['Astana', 'Astanada'],
      ['Moskva', 'Moskvada'],
      ['Roma', 'Romada'],
      ['Berlin', 'Berlində'],
      ['Səmərqənd', 'Səmərqənddə'],
      ['Budapeşt', 'Budapeştdə'],
      ['Tokio', 'Tokioda'],
      ['Nyu-York', 'Nyu-Yorkda'],
      ['ABŞ', 'ABŞ-da'],
    ];
    for (const [city, form] of cases) expect(locative(city)).toBe(form);
  });

  it('writes the date as the news does: genitive month, day with the locative of its last number word', () => {
    const expected: Record<number, string> = {
      1: '1-də',
      2: '2-də',
      3: '3-də',
      4: '4-də',
      5: '5-də',
      6: '6-da',
      7: '7-də',
      8: '8-də',
      9: '9-da',
      10: '10-da',
      11: '11-də',
      16: '16-da',
      19: '19-da',
      20: '20-də',
      21: '21-də',
      26: '26-da',
      29: '29-da',
      30: '30-da',
      31: '31-də',
    };
    for (const [day, form] of Object.entries(expected)) expect(azDayLocative(Number(day))).toBe(form);
    expect(azDateLocative('2026-01-21')).toBe('yanvarın 21-də');
    expect(azDateLocative('2026-06-03')).toBe('iyunun 3-də');
    expect(azDateLocative('2026-08-30')).toBe('avqustun 30-da');
    expect(() => azDayLocative(32)).toThrow(RangeError);
  });
});
