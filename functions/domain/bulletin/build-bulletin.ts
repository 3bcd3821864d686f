import type { AgreementType, OkArticle } from '../article/article.js';
import { AGREEMENT_ORDER } from '../i18n/agreements.js';
import { applyStoryEdits, type StoryEdits } from '../review/edit-bulletin.js';
import { joinStories } from '../stories/join-stories.js';
import type { Bulletin, BulletinFigures, BulletinItem, LateItem, PartnerGroup } from './bulletin.js';
import { isoWeekOf, weekRange } from './iso-week.js';
import { mergeStory } from './merge-stories.js';
import { partnerKey } from './partners.js';
import { applyTranslations, type TranslationResult } from './translations.js';

export interface BuildBulletinInput {
  /** "2025-W10". */
  week: string;
  /** The week's articles: the caller filters by eventDate, or publishedAt when there is none. */
  articles: readonly OkArticle[];
  /** Articles of earlier weeks that arrived after their week was sent. */
  late?: readonly OkArticle[];
  /** Summaries a Translator already produced (e.g. from the cache); see translationRequests(). */
  translations?: readonly TranslationResult[];
  /** Editors' merges and splits: they win over the story matcher. */
  storyEdits?: StoryEdits;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDateThenId = (a: BulletinItem, b: BulletinItem) => byString(a.date, b.date) || byString(a.id, b.id);
const documents = (item: BulletinItem) => item.agreements.reduce((sum, a) => sum + a.count, 0);

/**
 * One item per story, chronological. A story is a storyKey, or several that the matcher joins: reports of
 * one event ingested at the same moment, which could not see each other (stories/join-stories.ts).
 */
function toItems(articles: readonly OkArticle[], edits?: StoryEdits): BulletinItem[] {
  const keys = applyStoryEdits(joinStories(articles), edits);
  const stories = new Map<string, OkArticle[]>();
  for (const article of articles) {
    const key = keys.get(article.id) ?? article.storyKey;
    stories.set(key, [...(stories.get(key) ?? []), article]);
  }
  return [...stories].map(([storyKey, reports]) => mergeStory(storyKey, reports)).sort(byDateThenId);
}

/** Most active partner first (events, then documents signed), then by key; "other" always last. */
function groupByPartner(items: readonly BulletinItem[]): PartnerGroup[] {
  const groups = new Map<string, PartnerGroup>();
  for (const item of items) {
    const key = partnerKey(item.partner);
    const group = groups.get(key) ?? { key, partner: item.partner, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const weight = (g: PartnerGroup) => g.items.reduce((sum, item) => sum + documents(item), 0);
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.key === 'other') - Number(b.key === 'other') ||
      b.items.length - a.items.length ||
      weight(b) - weight(a) ||
      byString(a.key, b.key),
  );
}

/** Every foreign country of every event counts as a partner, and the organization of events without one. */
function figuresOf(items: readonly BulletinItem[]): BulletinFigures {
  const partners = new Set<string>();
  const totals = new Map<AgreementType, number>();
  for (const item of items) {
    for (const code of item.countries) partners.add(`country:${code}`);
    if (item.partner?.kind === 'organization') partners.add(partnerKey(item.partner));
    for (const a of item.agreements) totals.set(a.type, (totals.get(a.type) ?? 0) + a.count);
  }
  const agreements = AGREEMENT_ORDER.flatMap((type) => {
    const count = totals.get(type) ?? 0;
    return count > 0 ? [{ type, count }] : [];
  });
  return {
    events: items.length,
    partners: partners.size,
    documentsSigned: agreements.reduce((sum, a) => sum + a.count, 0),
    agreements,
  };
}

/** The bulletin model of a week. Pure and deterministic: the same articles in any order give equal output. */
export function buildBulletin(input: BuildBulletinInput): Bulletin {
  const { start, end } = weekRange(input.week);
  const items = toItems(input.articles, input.storyEdits);
  const late: LateItem[] = toItems(input.late ?? [], input.storyEdits).map((item) => ({
    ...item,
    week: isoWeekOf(item.date),
  }));
  const bulletin: Bulletin = {
    week: input.week,
    start,
    end,
    figures: figuresOf(items),
    groups: groupByPartner(items),
    late,
  };
  return input.translations ? applyTranslations(bulletin, input.translations) : bulletin;
}
