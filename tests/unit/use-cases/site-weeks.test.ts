import { describe, expect, it } from 'vitest';
import { buildBulletin } from '../../../functions/domain/bulletin/build-bulletin.js';
import { StoredDataError } from '../../../functions/shared/stored-data.js';
import { parseBulletin } from '../../../functions/use-cases/site-weeks.js';
import { sampleWeek } from '../../helpers/article-factory.js';

const WEEK = '2025-W10';

describe('bulletins/<week>/bulletin.json read back', () => {
  it('round-trips the bulletin model through its schema', () => {
    const bulletin = buildBulletin({ week: WEEK, articles: sampleWeek() });
    expect(parseBulletin(JSON.stringify(bulletin), WEEK)).toEqual(bulletin);
  });

  it('reads a copy written before leads and venues existed: the headline stands in for the lead', () => {
    const bulletin = buildBulletin({ week: WEEK, articles: sampleWeek() });
    const old = JSON.parse(JSON.stringify(bulletin));
    for (const group of old.groups)
      for (const item of group.items) {
        delete item.lead;
        delete item.venue;
      }
    const item = parseBulletin(JSON.stringify(old), WEEK).groups[0]?.items[0];
    expect(item?.lead).toEqual(item?.headline);
    expect(item?.venue).toBeNull();
  });

  it('refuses a damaged copy with an error naming its key and the field', () => {
    const bulletin = buildBulletin({ week: WEEK, articles: sampleWeek() });
    const damaged = { ...bulletin, figures: { ...bulletin.figures, events: 'many' } };
    const error = (() => {
      try {
        parseBulletin(JSON.stringify(damaged), WEEK);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StoredDataError);
    expect((error as StoredDataError).where).toBe(`S3 object bulletins/${WEEK}/bulletin.json`);
    expect((error as StoredDataError).problems).toContain('figures.events');
  });
});
