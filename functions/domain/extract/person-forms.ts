import { lowerAz } from './text-tools.js';

interface Named {
  name: string;
  role: string;
}

/** Up to this many letters of case ending may follow a name's base form ("Озвар-ом", "Deneken-lə"). */
const MAX_ENDING = 3;

const isInflectionOf = (form: string, base: string) =>
  form.length > base.length && form.length - base.length <= MAX_ENDING && form.startsWith(base);

/**
 * One person met in several case forms ("Эрол Озвар" and "с Эролом Озваром", "Deneken" and "Denekenlə"):
 * a name whose every word is another found name's word plus a short ending is that person again, and the
 * shorter (base) form stands. Only forms found in the same text are merged, so no name is guessed.
 */
export function mergeInflectedForms<T extends Named>(people: T[]): T[] {
  const words = people.map((p) => lowerAz(p.name).split(' '));
  return people.filter((person, i) => {
    const mine = words[i] ?? [];
    const base = people.findIndex((_, j) => {
      const other = words[j] ?? [];
      if (j === i || other.length !== mine.length) return false;
      const some = mine.some((w, k) => isInflectionOf(w, other[k] ?? ''));
      return some && mine.every((w, k) => w === other[k] || isInflectionOf(w, other[k] ?? ''));
    });
    const target = people[base];
    if (!target) return true;
    if (!target.role && person.role) target.role = person.role;
    return false;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name rebuilt from a declined mention may keep a declined middle word ("Юсиф бин Абдуллы аль-Биньян"
 * from "Юсифа бин Абдуллы аль-Биньяна"). Where the text also writes the name with the same first and last
 * words and middle words that differ only in their ending ("Юсиф бин Абдулла аль-Биньян"), that is the
 * name as it stands.
 */
export function preferWrittenForm<T extends Named>(people: T[], text: string): T[] {
  return people.map((person) => {
    const words = person.name.split(' ');
    if (words.length < 3) return person;
    const middle = words
      .slice(1, -1)
      .map((w) => `${escapeRegExp(w.slice(0, Math.max(2, w.length - 2)))}\\p{L}{0,3}`);
    const pattern = [escapeRegExp(words[0] ?? ''), ...middle, escapeRegExp(words.at(-1) ?? '')].join('\\s+');
    const written = text.match(new RegExp(`(?<![\\p{L}-])${pattern}(?![\\p{L}-])`, 'u'))?.[0];
    return written && written !== person.name ? { ...person, name: written.replace(/\s+/gu, ' ') } : person;
  });
}
