import { describe, expect, it } from 'vitest';
import { sameEntity } from '../../../functions/domain/stories/entities.js';
import { factsOf } from '../../../functions/domain/stories/story-facts.js';
import { report } from '../../helpers/story-reports.js';

/** Whether two names, each as [as written, English form], come out as one person. */
function samePerson(a: [string, string], b: [string, string]): boolean {
  const [x] = factsOf(report({ id: 'a', date: '2026-03-10', people: [a], topics: [] })).entities;
  const [y] = factsOf(report({ id: 'b', date: '2026-03-10', people: [b], topics: [] })).entities;
  return x !== undefined && y !== undefined && sameEntity(x, y);
}

/** Whether two organizations, each as [as written, English name], come out as one. */
function sameOrg(a: [string, string], b: [string, string]): boolean {
  const [x] = factsOf(report({ id: 'a', date: '2026-03-10', orgs: [a], topics: [] })).entities;
  const [y] = factsOf(report({ id: 'b', date: '2026-03-10', orgs: [b], topics: [] })).entities;
  return x !== undefined && y !== undefined && sameEntity(x, y);
}

const as = (name: string): [string, string] => [name, name];

describe('people across scripts', () => {
  it.each([
    ['Emin Amrullayev', 'Emin Əmrullayev'],
    ['Emin Amrullayev', 'Эмин Амруллаев'],
    ['Levan Ghirsiashvili', 'Levan Qirsiaşvili'],
    ['Erol Özvar', 'Эролом Озваром'],
    ['Munir Eldesouki', 'Мунир Эльдесуки'],
    ['Jaba Samushia', 'Caba Samuşiya'],
    ['Hasan Hasanli', 'Гасан Гасанлы'],
    ['Nicolas Foucaud', 'Николя Фуко'],
  ])('%s = %s', (a, b) => {
    expect(samePerson(as(a), as(b))).toBe(true);
  });

  it.each([
    ['Emin Amrullayev', 'Elnur Hasanov'],
    ['Givi Mikanadze', 'David Gurgenidze'],
    ['Salim AlMalik', 'Andreas Schleicher'],
  ])('%s is not %s', (a, b) => {
    expect(samePerson(as(a), as(b))).toBe(false);
  });

  it('uses the English display form when the written form alone would not meet', () => {
    expect(samePerson(['Лу Мэй', 'Lu Mei'], ['Lu Mei', 'Lu Mei'])).toBe(true);
  });
});

describe('organizations', () => {
  it('meet by their English name whatever the language they were written in', () => {
    expect(
      sameOrg(['Tbilisi Dövlət Universiteti', 'Tbilisi State University'], as('Tbilisi State University')),
    ).toBe(true);
  });

  it('meet when the extractor glued a neighbouring word on', () => {
    expect(
      sameOrg(['Ardınca Qarabağ Universiteti', 'Ardinca Karabakh University'], as('Karabakh University')),
    ).toBe(true);
  });

  it('meet as an acronym and the name it abbreviates', () => {
    expect(sameOrg(as('TSU'), as('Tbilisi State University'))).toBe(true);
    expect(
      sameOrg(['ГТУ', 'ГТУ'], ['Грузинский технический университет', 'Грузинский технический университет']),
    ).toBe(true);
  });

  it('stay apart when they differ in a word of their own', () => {
    expect(sameOrg(as('Tbilisi State University'), as('Tbilisi State Medical University'))).toBe(false);
    expect(sameOrg(as('Ministry of Education of Georgia'), as('Ministry of Education of Saudi Arabia'))).toBe(
      false,
    );
    expect(sameOrg(as('Technical University'), as('Georgian Technical University'))).toBe(false);
  });

  it('stay apart when only their initials agree', () => {
    expect(sameOrg(as('Baku State University'), as('Belarusian State University'))).toBe(false);
  });

  it.each([
    ['Karabakh University', 'venue'],
    ['Qarabağ Universiteti', 'venue'],
    ['Ministry of Education, Science and Youth of Georgia', 'authority'],
    ['Министерство образования Грузии', 'authority'],
    ['Council of Higher Education of Türkiye', 'authority'],
    ['Education Development Fund', 'body'],
    ['ICESCO', 'body'],
  ])('weigh %s as a %s', (name, weight) => {
    const [entity] = factsOf(report({ id: 'o', date: '2026-03-10', orgs: [as(name)], topics: [] })).entities;
    expect(entity?.weight).toBe(weight);
  });
});
