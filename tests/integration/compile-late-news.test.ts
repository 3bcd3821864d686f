import { beforeAll, describe, expect, it } from 'vitest';
import { makeCompileDeps } from '../../functions/composition/compile.js';
import type { DeliveryJob } from '../../functions/ports/queue.js';
import type { Config } from '../../functions/shared/config.js';
import { type CompileDeps, compileBulletin } from '../../functions/use-cases/compile-bulletin.js';
import { compileDraft } from '../../functions/use-cases/compile-draft.js';
import { makeArticle } from '../helpers/article-factory.js';
import { storeArticle } from '../helpers/compile-articles.js';
import { useEmulators } from '../helpers/local-env.js';

let config: Config;
let deps: CompileDeps;
let now = new Date('2026-11-09T05:00:00Z');
const jobs: DeliveryJob[] = [];

beforeAll(async () => {
  config = await useEmulators('compile-late');
  deps = {
    // Each queued job counts as delivered at once, so a sent week is 'sent' (deliver has its own tests).
    ...makeCompileDeps(config, {
      enqueue: async (queued) => {
        jobs.push(...queued);
        for (const job of queued)
          for (const id of job.subscriberIds) await deps.ledger.markSent(job.week, id, 'm');
      },
    }),
    clock: { now: () => now },
  };
  const t = '2026-01-01T00:00:00Z';
  await deps.subscribers.put({
    id: 'sub-1',
    email: 'sub-1@example.org',
    edition: 'both',
    name: null,
    status: 'active',
    createdAt: t,
    updatedAt: t,
  });
});

const article = (id: string, eventDate: string, countries: string[]) =>
  makeArticle({ id, storyKey: id, eventDate, publishedAt: eventDate, countries });

describe('late news, drafts and sent weeks against the emulators', () => {
  it('sends a week once, refreshes its page with a late article, and carries that article into the next bulletin', async () => {
    await storeArticle(deps, article('w45', '2026-11-03', ['TR']), '2026-11-03T10:00:00Z');
    expect(await compileBulletin(deps, '2026-W45', true)).toMatchObject({
      status: 'sent',
      queuedSubscribers: 1,
    });

    // A report of W45 arrives on Wednesday of W46; the dev server compiles the current week's draft.
    await storeArticle(deps, article('late-hu', '2026-11-05', ['HU']), '2026-11-11T09:00:00Z');
    now = new Date('2026-11-11T09:05:00Z');
    expect(await compileDraft(deps, now, config.TIME_ZONE)).toMatchObject({
      week: '2026-W46',
      status: 'compiled',
      late: 1,
    });
    expect(await deps.bulletins.get('2026-W46')).toMatchObject({
      status: 'compiled',
      draft: true,
      lateArticleIds: ['late-hu'],
    });
    expect(await deps.store.getText('bulletins/2026-W46/both.html')).toMatch(/Əvvəlki həftələrdən xəbərlər/);
    expect(await deps.store.getText('bulletins/2026-W45/en.html')).toMatch(/Hungary/);
    expect(await deps.bulletins.get('2026-W45')).toMatchObject({
      status: 'sent',
      sentAt: '2026-11-09T05:00:00.000Z',
    });

    // Recompiling W45 with send: the archive stays fresh, nothing is queued again.
    expect(await compileBulletin(deps, '2026-W45', true)).toMatchObject({
      status: 'already-sent',
      events: 2,
    });

    // Monday: the draft does not block the real send of W46.
    now = new Date('2026-11-16T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W46', true)).toMatchObject({
      status: 'sent',
      late: 1,
      queuedSubscribers: 1,
    });
    expect(await deps.bulletins.get('2026-W46')).toMatchObject({ status: 'sent', draft: false });

    // The week after: shown once is enough.
    await storeArticle(deps, article('w47', '2026-11-18', ['KZ']), '2026-11-18T10:00:00Z');
    now = new Date('2026-11-23T05:00:00Z');
    expect(await compileBulletin(deps, '2026-W47', true)).toMatchObject({ status: 'sent', late: 0 });
    expect(jobs.map((j) => j.week)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
  });
});
