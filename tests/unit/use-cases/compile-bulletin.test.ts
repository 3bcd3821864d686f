import { describe, expect, it } from 'vitest';
import { compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { compileDraft } from '../../../functions/use-cases/compile-draft.js';
import { memoryCompile as setup, snapshot, subscribe } from '../../helpers/compile-deps.js';
import type { MemoryArticles } from '../../helpers/fakes.js';

describe('compileBulletin', () => {
  it('writes byte-identical objects and record when the same week is compiled twice', async () => {
    const { deps, at, add, store, bulletins } = setup();
    await add('tr-1', '2026-11-10', '2026-11-10T10:00:00Z');
    await add('kz-1', '2026-11-12', '2026-11-12T10:00:00Z', ['KZ']);
    at('2026-11-16T08:00:00Z');
    await compileBulletin(deps, '2026-W46', false);
    const first = snapshot(store);
    const record = bulletins.items.get('2026-W46');
    at('2026-11-16T09:30:00Z');
    await compileBulletin(deps, '2026-W46', false);
    expect(snapshot(store)).toEqual(first);
    expect(bulletins.items.get('2026-W46')).toEqual(record);
    expect([...first.keys()]).toContain('bulletins/2026-W46/both.html');
  });

  it('shows an article that arrived after its week was sent as late news in the next bulletin, once', async () => {
    const { deps, jobs, at, add, store, bulletins } = setup();
    await subscribe(deps, 's1');
    await add('w45', '2026-11-03', '2026-11-03T10:00:00Z');
    at('2026-11-09T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W45', true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 1,
    });
    const emailBefore = await store.getText('bulletins/2026-W45/email/en.html');

    await add('late', '2026-11-05', '2026-11-11T12:00:00Z', ['HU']);
    await add('w46', '2026-11-11', '2026-11-11T12:00:00Z');
    at('2026-11-16T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W46', true)).toMatchObject({
      status: 'sent',
      events: 1,
      late: 1,
    });
    expect(bulletins.items.get('2026-W46')?.lateArticleIds).toEqual(['late']);
    expect(await store.getText('bulletins/2026-W46/en.txt')).toMatch(/News from earlier weeks[\s\S]*Hungary/);
    expect(await store.getText('bulletins/2026-W46/az.txt')).toMatch(/Əvvəlki həftələrdən xəbərlər/);

    // Its own week's archive page now has it; the week keeps its send and its email copy.
    const w45 = bulletins.items.get('2026-W45');
    expect(w45).toMatchObject({ status: 'sent', sentAt: '2026-11-09T05:00:00.000Z', events: 2 });
    expect(w45?.articleIds).toEqual(['late', 'w45']);
    expect(await store.getText('bulletins/2026-W45/en.html')).toMatch(/Hungary/);
    expect(await store.getText('bulletins/2026-W45/email/en.html')).toBe(emailBefore);

    at('2026-11-23T05:00:00Z');
    await add('w47', '2026-11-18', '2026-11-18T12:00:00Z');
    expect(await compileBulletin(deps, '2026-W47', true)).toMatchObject({ status: 'sent', late: 0 });
    expect(jobs.map((j) => j.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
  });

  it('recompiling a sent week after a late arrival refreshes its archive page and sends nothing', async () => {
    const { deps, jobs, at, add, store, bulletins } = setup();
    await subscribe(deps, 's1');
    await add('a', '2026-11-03', '2026-11-03T10:00:00Z');
    at('2026-11-09T05:00:00Z');
    await compileBulletin(deps, '2026-W45', true);
    await add('b', '2026-11-04', '2026-11-10T10:00:00Z', ['GE']);
    at('2026-11-10T11:00:00Z');
    expect(await compileBulletin(deps, '2026-W45', true)).toMatchObject({
      status: 'already-sent',
      events: 2,
    });
    expect(await store.getText('bulletins/2026-W45/en.html')).toMatch(/Georgia/);
    expect(bulletins.items.get('2026-W45')).toMatchObject({
      status: 'sent',
      sentAt: '2026-11-09T05:00:00.000Z',
    });
    expect(jobs).toHaveLength(1);
  });

  it('does not count an article its own week already sent as late when it is re-ingested', async () => {
    const { deps, at, add, bulletins } = setup();
    const articles = deps.articles as MemoryArticles;
    await add('a', '2026-11-03', '2026-11-03T10:00:00Z');
    at('2026-11-09T05:00:00Z');
    await compileBulletin(deps, '2026-W45', true);
    expect(bulletins.items.get('2026-W45')?.sentArticleIds).toEqual(['a']);
    // A record rewritten with a new ingestedAt (a re-ingest of the same text): whatever the path, not late.
    const [record] = await deps.articles.listWeek('2026-W45');
    if (record) articles.items.set('a', { ...record, ingestedAt: '2026-11-12T10:00:00.000Z' });
    at('2026-11-16T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W46', false)).toMatchObject({ status: 'empty' });
  });

  it('a bulletin before the late arrival does not count it, and an unsent draft does not use it up', async () => {
    const { deps, at, add, bulletins } = setup();
    await add('a', '2026-11-03', '2026-11-03T10:00:00Z');
    at('2026-11-09T05:00:00Z');
    await compileBulletin(deps, '2026-W45', true);
    await add('early', '2026-11-04', '2026-11-08T10:00:00Z'); // before the send: on the page, not late
    await add('late', '2026-11-04', '2026-11-12T10:00:00Z');
    at('2026-11-12T11:00:00Z');
    expect(await compileDraft(deps, new Date('2026-11-12T11:00:00Z'), 'Asia/Baku')).toMatchObject({
      late: 1,
    });
    expect(bulletins.items.get('2026-W46')).toMatchObject({ draft: true, lateArticleIds: ['late'] });
    // W47 counts only bulletins that went out: W46 is still a draft, so the article is late news here too.
    expect(await compileBulletin(deps, '2026-W47', false)).toMatchObject({ status: 'compiled', late: 1 });
  });
});
