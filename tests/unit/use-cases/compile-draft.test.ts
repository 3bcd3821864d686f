import { describe, expect, it } from 'vitest';
import { compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { compileDraft } from '../../../functions/use-cases/compile-draft.js';
import { memoryCompile as setup, subscribe } from '../../helpers/compile-deps.js';

describe('compileDraft', () => {
  it('compiles the current week in the time zone as a draft that the real send then sends', async () => {
    const { deps, jobs, at, add, store, bulletins } = setup();
    await subscribe(deps, 's1');
    await add('a', '2026-11-17', '2026-11-17T10:00:00Z');
    // Sunday 21:30 UTC is already Monday in Baku: the current week there is W48, in UTC still W47.
    const sunday = new Date('2026-11-22T21:30:00Z');
    expect(await compileDraft(deps, sunday, 'UTC')).toMatchObject({ status: 'compiled', week: '2026-W47' });
    expect(await compileDraft(deps, sunday, 'Asia/Baku')).toMatchObject({
      status: 'empty',
      week: '2026-W48',
    });
    expect(await store.getText('bulletins/2026-W48/both.html')).toMatch(/heç bir tədbir/);
    expect(bulletins.items.get('2026-W47')).toMatchObject({ status: 'compiled', draft: true, sentAt: null });
    expect(await store.getText('bulletins/2026-W47/both.html')).toMatch(/Weekly cooperation bulletin/);
    // Neither the archive nor the feeds show a draft: the public reads the week once it is final.
    expect(await store.getText('archive/index.html')).not.toContain('2026-W47');
    expect(await store.getText('archive/en/search.html')).toBeTruthy();
    expect(await store.getText('archive/search-index.json')).not.toContain('2026-W47');
    expect(await store.getText('feeds/en.xml')).not.toContain('2026-W47');

    at('2026-11-23T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W47', true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 1,
    });
    expect(bulletins.items.get('2026-W47')).toMatchObject({ status: 'sent', draft: false });
    expect(await store.getText('feeds/en.xml')).toContain('2026-W47');
    expect(await store.getText('archive/index.html')).toContain('2026-W47');
    expect(await store.getText('archive/search-index.json')).toContain('2026-W47');
    expect(jobs).toHaveLength(1);
    // A draft compiled after the send (the dev server after an ingest) neither resends nor unsends.
    await compileDraft(deps, new Date('2026-11-20T10:00:00Z'), 'Asia/Baku');
    expect(bulletins.items.get('2026-W47')).toMatchObject({ status: 'sent' });
    expect(jobs).toHaveLength(1);
  });

  it('loses to a send that claimed the week while it compiled', async () => {
    const { deps, add, bulletins } = setup();
    await add('a', '2026-11-17', '2026-11-17T10:00:00Z');
    await compileBulletin(deps, '2026-W47', false);
    const get = bulletins.get.bind(bulletins);
    // The draft reads 'compiled'; the sender claims and sends before the draft writes.
    bulletins.get = async (week) => {
      const read = await get(week);
      await bulletins.claimSending(week, Date.now() + 60_000, new Date());
      return read;
    };
    const outcome = await compileDraft(deps, new Date('2026-11-18T10:00:00Z'), 'Asia/Baku');
    expect(outcome).toMatchObject({ status: 'already-sent' });
    expect(bulletins.items.get('2026-W47')?.status).toBe('sending');
  });
});
