import type { Bulletin, BulletinItem } from '../bulletin/bulletin.js';
import type { BulletinLanguage } from '../i18n/language.js';
import type { Correction } from './corrections.js';

/** Editors' merges and splits, by article id (corrections with mergeWith or split). */
export interface StoryEdits {
  split: ReadonlySet<string>;
  mergeWith: ReadonlyMap<string, string>;
}

export function storyEditsOf(corrections: Iterable<Correction>): StoryEdits {
  const split = new Set<string>();
  const mergeWith = new Map<string, string>();
  for (const c of corrections) {
    if (c.split) split.add(c.articleId);
    if (c.mergeWith && c.mergeWith !== c.articleId) mergeWith.set(c.articleId, c.mergeWith);
  }
  return { split, mergeWith };
}

/**
 * Story keys after the editors' word: a split article becomes a story of its own, a merged one takes the
 * story of the article it was merged with (followed through chains, never in a loop). An editor's choice
 * wins over the matcher's, so compile never regroups what an editor separated.
 */
export function applyStoryEdits(
  keys: Map<string, string>,
  edits: StoryEdits | undefined,
): Map<string, string> {
  if (!edits) return keys;
  const result = new Map(keys);
  for (const id of edits.split) if (result.has(id)) result.set(id, `split-${id}`);
  for (const id of edits.mergeWith.keys()) {
    let target = edits.mergeWith.get(id);
    const seen = new Set([id]);
    while (target && edits.mergeWith.has(target) && !seen.has(target)) {
      seen.add(target);
      target = edits.mergeWith.get(target);
    }
    const key = target ? result.get(target) : undefined;
    if (key && result.has(id)) result.set(id, key);
  }
  return result;
}

const LANGUAGES: readonly BulletinLanguage[] = ['en', 'az'];

/** Headlines and leads an editor wrote replace the built ones on the item holding that article. */
function editItem<T extends BulletinItem>(item: T, corrections: ReadonlyMap<string, Correction>): T {
  const mine = item.articleIds.flatMap((id) => corrections.get(id) ?? []);
  if (!mine.some((c) => c.headline || c.lead)) return item;
  const headline = { ...item.headline };
  const editedLead: Partial<Record<BulletinLanguage, string>> = { ...item.editedLead };
  for (const c of mine) {
    for (const language of LANGUAGES) {
      const h = c.headline?.[language];
      const l = c.lead?.[language];
      if (h) headline[language] = h;
      if (l) editedLead[language] = l;
    }
  }
  return { ...item, headline, editedLead };
}

export function applyItemEdits(bulletin: Bulletin, corrections: ReadonlyMap<string, Correction>): Bulletin {
  if (corrections.size === 0) return bulletin;
  return {
    ...bulletin,
    groups: bulletin.groups.map((g) => ({ ...g, items: g.items.map((i) => editItem(i, corrections)) })),
    late: bulletin.late.map((i) => editItem(i, corrections)),
  };
}
