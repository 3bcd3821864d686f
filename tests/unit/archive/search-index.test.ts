import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectEvents } from '../../../functions/domain/archive/archive-events.js';
import { buildSearchIndex, search, searchWords } from '../../../functions/domain/archive/search-index.js';
import { searchScript } from '../../../functions/domain/archive/search-script.js';
import { foldName } from '../../../functions/domain/extract/text-tools.js';
import { archiveBulletins } from '../../helpers/archive-fixture.js';

const index = buildSearchIndex(collectEvents(archiveBulletins()));
const ids = (query: string) => search(index, query).map((n) => index.docs[n]?.id);

describe('the static search index', () => {
  it('finds events by partner name in Azerbaijani and in English, with case endings', () => {
    expect(ids('Türkiyə')).toEqual(['tr-nov', 'tr-jan']);
    expect(ids('Türkiye')).toEqual(['tr-nov', 'tr-jan']);
    expect(ids('türk')).toEqual(['tr-nov', 'tr-jan']);
    expect(ids('Türkiyədə')).toEqual(['tr-nov', 'tr-jan']);
    expect(ids('Qazaxıstan')).toEqual(['kz-mar']);
    expect(ids('Kazakhstan')).toEqual(['kz-mar']);
  });

  it('finds an event by a person in Latin or Cyrillic script, and by an organization in either language', () => {
    for (const query of ['Amrullayev', 'Əmrullayev', 'Амруллаев', 'Emin Amrullayev', 'Озвар', 'Özvar'])
      expect(ids(query)).toEqual(['tr-jan']);
    expect(ids('Karabakh University')).toEqual(['tr-jan']);
    expect(ids('Qarabağ Universiteti')).toEqual(['tr-jan']);
    expect(ids('ISESCO')).toEqual(['isesco-mar']);
  });

  it('needs every word of the query and finds words of a title', () => {
    expect(ids('vocational protocols')).toEqual(['tr-nov']);
    expect(ids('Türkiye Kazakhstan')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('and of the')).toEqual([]);
  });

  it('stores folded tokens only, sorted, each with its documents', () => {
    expect(index.tokens).toEqual([...index.tokens].sort());
    expect(index.tokens.every((t) => t === foldName(t))).toBe(true);
    expect(index.postings).toHaveLength(index.tokens.length);
    expect(searchWords('Emin Əmrullayev və Türkiyə')).toEqual(['emin', 'amrulaev', 'turkia']);
  });
});

describe('the browser search script', () => {
  const sandbox: { __bulletinSearch: Record<string, unknown> } = { __bulletinSearch: {} };
  runInNewContext(searchScript(), sandbox);
  const client = sandbox.__bulletinSearch as {
    foldName: (s: string) => string;
    search: (index: unknown, q: string) => number[];
  };

  it('folds every word exactly as the server does', () => {
    const words = [
      ...index.tokens,
      'Əmrullayev',
      'İlham',
      'IŞIQ',
      'Qarabağ',
      'Cəlilov',
      'Хасанов',
      'Щукин',
      'Çin',
      'Ğ',
      'Köln',
      'Zürich',
      'Nəcəfov',
      'Paşayev',
      'Hacıyeva',
      'Джафаров',
      'Хаджиев',
      'naïve',
      'Ölkə',
      'Gürcüstan',
    ];
    for (const word of words) expect(client.foldName(word)).toBe(foldName(word));
  });

  it('answers every query as the server does', () => {
    const json = JSON.parse(JSON.stringify(index));
    for (const query of [
      'Türkiyə',
      'türk',
      'Амруллаев',
      'Karabakh University',
      'x',
      'vocational protocols',
      'ISESCO',
      '',
    ])
      expect(client.search(json, query)).toEqual(search(index, query));
  });
});
