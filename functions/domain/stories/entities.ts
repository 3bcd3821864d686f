import { memo } from './memo.js';
import {
  acronymOf,
  distinctiveTokens,
  initialsOf,
  isAuthority,
  isVenue,
  orgTokens,
  tokensContained,
} from './org-names.js';
import { fullSkeleton, personKeys, skeletonsMeet } from './person-names.js';

export type EntityKind = 'country' | 'org' | 'person' | 'topic';
/** How an entity weighs (similarity.ts): organizations split into venues, authorities and other bodies. */
export type WeightClass = 'country' | 'venue' | 'authority' | 'body' | 'person' | 'topic';

/**
 * One participant of the event. `keys` are exact keys (a shared key is a match); an organization also
 * carries the token lists of its names, compared by containment so a neighbouring word glued on by the
 * extractor does not hide it, and the initials of its names as acronym keys (`variants`, matching an
 * acronym as written); a person the skeletons of the whole names (`variants`). `loose` are further keys
 * the window indexes it under: they only point at candidates (a word of a name, the start of a skeleton).
 */
export interface Entity {
  kind: EntityKind;
  weight: WeightClass;
  keys: string[];
  tokens: string[][];
  variants: string[];
  loose: string[];
  /** Equal for entities written alike: the window counts each once. */
  signature: string;
}

/** Token lists without repeats (the English name and the name as written are often the same). */
function unique(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((list) => !seen.has(list.join(' ')) && Boolean(seen.add(list.join(' '))));
}

function entity(parts: Omit<Entity, 'signature'>): Entity {
  const { kind, keys, tokens, variants } = parts;
  const signature = [kind, keys.join(','), tokens.join(';'), variants.join(',')].join('|');
  return { ...parts, loose: [...new Set(parts.loose)], signature };
}

const plainEntity = (kind: 'country' | 'topic') =>
  memo(
    (key: string): Entity => entity({ kind, weight: kind, keys: [key], tokens: [], variants: [], loose: [] }),
  );
export const countryEntity = plainEntity('country');
export const topicEntity = plainEntity('topic');

// Entities are immutable and shared: one per name, however many reports and windows name it. The memo key
// holds the forms of the name, joined by a character no name contains.
const SEPARATOR = '\u0000';

/** A person as written, with the Latin display form when the extractor gave one. */
export function personEntity(person: { name: string; display?: { en?: { name: string } } }): Entity | null {
  return personFrom(`${person.name}${SEPARATOR}${person.display?.en?.name ?? ''}`);
}

/** An organization as written, with its canonical English name when the extractor gave one. */
export function orgEntity(org: { name: string; en?: string }): Entity | null {
  return orgFrom(`${org.en ?? ''}${SEPARATOR}${org.name}`);
}

const personFrom = memo((written: string): Entity | null => {
  const names = written.split(SEPARATOR).filter((n) => n.trim().length > 0);
  const keys = [...new Set(names.flatMap((n) => personKeys(n)).map((k) => `p:${k}`))];
  const variants = [...new Set(names.map(fullSkeleton))].filter((k) => k.length >= 5);
  if (keys.length === 0 && variants.length === 0) return null;
  const loose = variants.map((k) => `pf:${k.slice(0, 2)}`);
  return entity({ kind: 'person', weight: 'person', keys, tokens: [], variants, loose });
});

const orgFrom = memo((written: string): Entity | null => {
  const names = written.split(SEPARATOR).filter((n) => n.trim().length > 0);
  const tokens = unique(names.map(orgTokens).filter((t) => t.length > 0));
  const keys = new Set(tokens.map((list) => `o:${list.join(' ')}`));
  for (const name of names) {
    const acronym = acronymOf(name);
    if (acronym) keys.add(`a:${acronym}`);
  }
  if (keys.size === 0) return null;
  // Initials find an acronym ("TSU" for Tbilisi State University) but two full names with the same
  // initials are not one organization, so they are a loose key, checked by sameEntity.
  const initials = [...new Set(tokens.flatMap((list) => initialsOf(list) ?? []).map((i) => `a:${i}`))];
  const loose = [...tokens.flatMap(distinctiveTokens).map((t) => `t:${t}`), ...initials];
  const weight = tokens.some(isVenue) ? 'venue' : tokens.some(isAuthority) ? 'authority' : 'body';
  return entity({ kind: 'org', weight, keys: [...keys], tokens, variants: initials, loose });
});

/**
 * Same kind and a shared key; or people whose whole names meet; or organizations whose names contain one
 * another, or one written as an acronym of the other's initials.
 */
export function sameEntity(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.keys.some((k) => b.keys.includes(k))) return true;
  if (a.kind === 'person') return a.variants.some((x) => b.variants.some((y) => skeletonsMeet(x, y)));
  if (a.kind !== 'org') return false;
  if (initialsMatch(a, b) || initialsMatch(b, a)) return true;
  return a.tokens.some((x) => b.tokens.some((y) => tokensContained(x, y)));
}

function initialsMatch(full: Entity, acronym: Entity): boolean {
  return full.variants.some((initials) => acronym.keys.includes(initials));
}
