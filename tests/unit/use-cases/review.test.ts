import { describe, expect, it } from 'vitest';
import type { Bulletin } from '../../../functions/domain/bulletin/bulletin.js';
import { summaryFor } from '../../../functions/domain/bulletin/translations.js';
import { approveWeek, testSend } from '../../../functions/use-cases/review-approve.js';
import {
  correctArticle,
  InvalidCorrectionError,
  UnknownArticleError,
} from '../../../functions/use-cases/review-correct.js';
import { autoSend, overdueDrafts } from '../../../functions/use-cases/review-overdue.js';
import { requestReview } from '../../../functions/use-cases/review-request.js';
import { makeArticle } from '../../helpers/article-factory.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import { subscribe } from '../../helpers/compile-deps.js';
import { memoryReview } from '../../helpers/review-fakes.js';

const bulletinOf = async (r: ReturnType<typeof memoryReview>, week: string) =>
  JSON.parse((await r.store.getText(`bulletins/${week}/bulletin.json`)) ?? '{}') as Bulletin;

async function week47() {
  const r = memoryReview();
  for (const [id, eventDate, countries] of [
    ['tr', '2026-11-17', ['TR']],
    ['hu', '2026-11-19', ['HU']],
    ['hu-az', '2026-11-19', ['HU']],
  ] as const) {
    await storeArticle(
      r.deps,
      makeArticle({ id, storyKey: id, eventDate, publishedAt: eventDate, countries: [...countries] }),
      '2026-11-20T08:00:00Z',
    );
  }
  await subscribe(r.deps, 's1');
  await subscribe(r.deps, 's2');
  return r;
}

describe('review use cases (in memory)', () => {
  it('a review request emails the editors only and leaves the week unsent', async () => {
    const r = await week47();
    expect(await requestReview(r.deps, '2026-W47', 'schedule')).toMatchObject({
      status: 'review-requested',
      events: 3,
      editors: 1,
    });
    expect(r.mailer.sent.map((m) => m.to)).toEqual(['editor@example.org']);
    expect(r.mailer.sent[0]?.html).toContain('http://test/review/approve?token=');
    expect(r.jobs).toEqual([]);
    expect(await r.deps.bulletins.get('2026-W47')).toMatchObject({ status: 'compiled', draft: true });
  });

  it('approval sends once; a second approval, or the auto-send after it, sends nothing', async () => {
    const r = await week47();
    await requestReview(r.deps, '2026-W47', 'schedule');
    expect(await approveWeek(r.deps, '2026-W47', 'press@example.org')).toMatchObject({
      status: 'approved',
      queuedSubscribers: 2,
    });
    expect(await approveWeek(r.deps, '2026-W47', 'chief@example.org')).toEqual({
      status: 'already-approved',
      week: '2026-W47',
    });
    expect(await autoSend(r.deps, '2026-W47')).toMatchObject({ status: 'not-awaiting-review' });
    expect(r.jobs.flatMap((j) => j.subscriberIds)).toEqual(['s1', 's2']);
    expect(await r.deps.bulletins.get('2026-W47')).toMatchObject({ status: 'sent', draft: false });
  });

  it('the auto-send approves only a draft whose review went out and no editor is working on', async () => {
    const r = await week47();
    expect(await autoSend(r.deps, '2026-W47')).toMatchObject({ status: 'not-awaiting-review' });
    await requestReview(r.deps, '2026-W47', 'schedule');
    await correctArticle(r.deps, 'tr', { eventDate: '2026-11-18' }, 'press@example.org');
    expect(await autoSend(r.deps, '2026-W47')).toEqual({ status: 'editor-acted', week: '2026-W47' });
    expect(r.jobs).toEqual([]);
    // A fresh review copy (the next scheduled run) starts the clock again.
    await requestReview(r.deps, '2026-W47', 'schedule');
    expect(await autoSend(r.deps, '2026-W47')).toMatchObject({ status: 'approved' });
    expect((await r.deps.reviewLog.list('2026-W47')).at(-1)).toMatchObject({
      actor: 'schedule (auto-send)',
      action: 'approve',
    });
  });

  it('corrections recompile at once, move articles between weeks, merge, split, and survive reprocessing', async () => {
    const r = await week47();
    await requestReview(r.deps, '2026-W47', 'schedule');
    expect((await bulletinOf(r, '2026-W47')).figures.events).toBe(3);
    await correctArticle(r.deps, 'hu-az', { mergeWith: 'hu' }, 'press@example.org');
    expect((await bulletinOf(r, '2026-W47')).figures.events).toBe(2);
    const moved = await correctArticle(r.deps, 'tr', { eventDate: '2026-11-24' }, 'press@example.org');
    expect(moved.weeks).toEqual(['2026-W47', '2026-W48']);
    expect((await bulletinOf(r, '2026-W47')).figures.events).toBe(1);
    expect((await bulletinOf(r, '2026-W48')).groups[0]?.items[0]?.articleIds).toEqual(['tr']);
    await correctArticle(r.deps, 'hu-az', { split: true }, 'press@example.org');
    expect((await bulletinOf(r, '2026-W47')).figures.events).toBe(2);

    // Reprocessing rewrites the ARTICLE record; the correction beside it stays and still applies.
    const stored = await r.deps.articles.get('tr');
    if (!stored) throw new Error('missing');
    await r.deps.articles.replace({ ...stored, title: 'Re-extracted' });
    await approveWeek(r.deps, '2026-W48', 'press@example.org');
    const w48 = await bulletinOf(r, '2026-W48');
    expect(w48.groups[0]?.items[0]?.date).toBe('2026-11-24');
    expect((await r.deps.articles.get('tr'))?.eventDate).toBe('2026-11-17');
  });

  it('an editor’s headline and lead replace the built ones in that language; exclusion empties a week', async () => {
    const r = await week47();
    await correctArticle(
      r.deps,
      'tr',
      { headline: { az: 'Türkiyə ilə peşə təhsili protokolu' }, lead: { en: 'A corrected lead.' } },
      'press@example.org',
    );
    const item = (await bulletinOf(r, '2026-W47')).groups
      .flatMap((g) => g.items)
      .find((i) => i.articleIds.includes('tr'));
    expect(item?.headline.az).toBe('Türkiyə ilə peşə təhsili protokolu');
    expect(item?.headline.en).not.toBe('Türkiyə ilə peşə təhsili protokolu');
    if (!item) throw new Error('missing');
    expect(summaryFor(item, 'en')).toEqual({ text: 'A corrected lead.', note: null });
    for (const id of ['tr', 'hu', 'hu-az'])
      await correctArticle(r.deps, id, { exclude: true }, 'press@example.org');
    expect(await approveWeek(r.deps, '2026-W47', 'press@example.org')).toMatchObject({ status: 'empty' });
    expect(r.jobs).toEqual([]);
  });

  it('a draft unapproved 24 h after its review copy is overdue until someone approves it', async () => {
    const r = await week47();
    r.at('2026-11-23T05:00:00Z');
    await requestReview(r.deps, '2026-W47', 'schedule');
    r.at('2026-11-24T04:59:00Z');
    expect(await overdueDrafts(r.deps)).toEqual([]);
    r.at('2026-11-24T05:01:00Z');
    expect(await overdueDrafts(r.deps)).toEqual(['2026-W47']);
    await approveWeek(r.deps, '2026-W47', 'press@example.org');
    expect(await overdueDrafts(r.deps)).toEqual([]);
  });

  it('after the send a correction only changes the archive page (errata); an excluded late article is not carried', async () => {
    const r = await week47();
    await approveWeek(r.deps, '2026-W47', 'press@example.org');
    const sentHtml = await r.store.getText('bulletins/2026-W47/email/both.html');
    await correctArticle(r.deps, 'tr', { headline: { en: 'Erratum headline' } }, 'press@example.org');
    expect(await r.store.getText('bulletins/2026-W47/en.html')).toContain('Erratum headline');
    expect(await r.store.getText('bulletins/2026-W47/email/both.html')).toBe(sentHtml);
    expect(r.jobs).toHaveLength(1);
    // Arrives after the send, belongs to W47: late news in W48, unless an editor excludes it.
    r.at('2026-11-25T08:00:00Z');
    await storeArticle(
      r.deps,
      makeArticle({ id: 'late', storyKey: 'late', eventDate: '2026-11-18', countries: ['PL'] }),
      '2026-11-25T08:00:00Z',
    );
    await storeArticle(
      r.deps,
      makeArticle({ id: 'w48', storyKey: 'w48', eventDate: '2026-11-24', countries: ['KZ'] }),
      '2026-11-25T08:00:00Z',
    );
    await requestReview(r.deps, '2026-W48', 'schedule');
    expect((await bulletinOf(r, '2026-W48')).late.map((i) => i.articleIds)).toEqual([['late']]);
    await correctArticle(r.deps, 'late', { exclude: true }, 'press@example.org');
    await requestReview(r.deps, '2026-W48', 'schedule');
    expect((await bulletinOf(r, '2026-W48')).late).toEqual([]);
  });

  it('refuses unknown articles and invalid values, storing nothing', async () => {
    const r = await week47();
    await expect(correctArticle(r.deps, 'nope', { exclude: true }, 'x')).rejects.toThrow(UnknownArticleError);
    await expect(correctArticle(r.deps, 'tr', { mergeWith: 'nope' }, 'x')).rejects.toThrow(
      UnknownArticleError,
    );
    await expect(correctArticle(r.deps, 'tr', { countries: ['Turkey'] }, 'x')).rejects.toThrow(
      InvalidCorrectionError,
    );
    expect(await r.deps.corrections.get('tr')).toBeNull();
  });

  it('a test send is one copy marked [TEST], no delivery, and the real send still happens', async () => {
    const r = await week47();
    expect(await testSend(r.deps, '2026-W47', 'tester@example.org', 'press@example.org')).toBe('sent');
    expect(r.mailer.sent).toHaveLength(1);
    expect(r.mailer.sent[0]?.subject).toMatch(/^\[TEST\] /);
    expect(r.mailer.sent[0]?.html).not.toContain('unsubscribe.invalid');
    expect(r.jobs).toEqual([]);
    expect(await approveWeek(r.deps, '2026-W47', 'press@example.org')).toMatchObject({
      status: 'approved',
      queuedSubscribers: 2,
    });
  });
});
