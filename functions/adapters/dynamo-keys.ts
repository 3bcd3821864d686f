/**
 * The single-table layout (docs/formats.md). Every item has pk/sk and a `kind`; the `byWeek` index
 * (weekPk/weekSk) lists a week's articles in date order, and also subscribers by status and bulletins.
 */
export const keys = {
  article: (id: string) => ({ pk: `ARTICLE#${id}`, sk: 'ARTICLE' }),
  articleWeek: (week: string, date: string, id: string) => ({
    weekPk: `WEEK#${week}`,
    weekSk: `${date}#${id}`,
  }),
  source: (key: string) => ({ pk: `SOURCE#${key}`, sk: 'SOURCE' }),
  bulletin: (week: string) => ({ pk: `BULLETIN#${week}`, sk: 'BULLETIN' }),
  bulletinIndex: (week: string) => ({ weekPk: 'BULLETINS', weekSk: week }),
  subscriber: (id: string) => ({ pk: `SUBSCRIBER#${id}`, sk: 'SUBSCRIBER' }),
  subscriberIndex: (status: string, id: string) => ({ weekPk: `SUBSCRIBERS#${status}`, weekSk: id }),
  delivery: (week: string, subscriberId: string) => ({
    pk: `DELIVERY#${week}`,
    sk: `SUBSCRIBER#${subscriberId}`,
  }),
} as const;

export const WEEK_INDEX = 'byWeek';

/** Strips the table's bookkeeping attributes from an item before it is parsed as a domain record. */
export function withoutKeys(item: Record<string, unknown>): Record<string, unknown> {
  const { pk: _pk, sk: _sk, weekPk: _wp, weekSk: _ws, kind: _k, expiresAt: _e, ...rest } = item;
  return rest;
}
