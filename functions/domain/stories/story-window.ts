import { type Entity, sameEntity } from './entities.js';
import type { StoryFacts } from './story-facts.js';

interface Posting {
  story: string;
  entity: Entity;
}

function post(map: Map<string, Posting[]>, key: string, posting: Posting): void {
  const list = map.get(key);
  if (list) list.push(posting);
  else map.set(key, [posting]);
}

/**
 * The articles a new report is weighed against (ingest: the stored articles of its ISO week and the weeks
 * around it). It answers how many *events* (distinct story keys) name an entity, so that the host minister
 * or the partner country, named in every report of a visit, weigh little, and a named university or a
 * foreign rector weigh a lot. Reports of one event in three languages count once, not three times.
 */
export class StoryWindow {
  /** Entities by their exact keys, and by their loose keys. */
  private readonly exact = new Map<string, Posting[]>();
  private readonly loose = new Map<string, Posting[]>();
  private readonly stories = new Set<string>();
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(articles: readonly StoryFacts[]) {
    for (const article of articles) this.add(article);
  }

  add(article: StoryFacts): void {
    this.stories.add(article.storyKey);
    this.cache.clear();
    for (const entity of article.entities) {
      const posting = { story: article.storyKey, entity };
      for (const key of entity.keys) post(this.exact, key, posting);
      for (const key of entity.loose) post(this.loose, key, posting);
    }
  }

  /** Distinct events in the window. */
  get size(): number {
    return this.stories.size;
  }

  /** The story keys of the events that name this entity (or one matching it). */
  storiesNaming(entity: Entity): ReadonlySet<string> {
    const cached = this.cache.get(entity.signature);
    if (cached) return cached;
    const found = new Set<string>();
    const add = (postings: Posting[] | undefined) => {
      for (const posting of postings ?? []) found.add(posting.story);
    };
    // A key of one shared with a key of the other is a match (an acronym meets initials under a key too).
    for (const key of entity.keys) {
      add(this.exact.get(key));
      add(this.loose.get(key));
    }
    for (const key of entity.loose) {
      add(this.exact.get(key));
      // Two loose keys (a word of two names) only point at a candidate: check it.
      for (const posting of this.loose.get(key) ?? []) {
        if (!found.has(posting.story) && sameEntity(entity, posting.entity)) found.add(posting.story);
      }
    }
    this.cache.set(entity.signature, found);
    return found;
  }

  /** Events other than the two compared that name the entity, and how many other events there are. */
  othersNaming(entity: Entity, a: string, b: string): { hits: number; events: number } {
    const naming = this.storiesNaming(entity);
    const hits = naming.size - Number(naming.has(a)) - Number(a !== b && naming.has(b));
    const events = this.stories.size - Number(this.stories.has(a)) - Number(a !== b && this.stories.has(b));
    return { hits: Math.max(0, hits), events: Math.max(0, events) };
  }
}
