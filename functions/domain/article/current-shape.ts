import type { Organization, Person } from './article.js';

/** An organization stored before display names existed: its one name stands for all three. */
function organizationOf(value: unknown): Organization {
  return typeof value === 'string' ? { name: value, en: value, az: value } : (value as Organization);
}

/** A person stored before display forms existed: shown as written in both editions. */
function personOf(value: unknown): Person {
  const person = value as Partial<Person> & { name: string; role: string };
  if (person.display) return person as Person;
  const form = { name: person.name, role: person.role };
  return { name: person.name, role: person.role, display: { en: form, az: { ...form } } };
}

/**
 * A stored article (table item or articles/<id>.json) in the current contract's shape. Articles ingested
 * before organizations and people carried display forms (docs/formats.md) stay readable, so a compile never
 * fails on an older week; `bulletin reprocess` refreshes them with real display names.
 */
export function inCurrentShape<T extends Record<string, unknown>>(stored: T): T {
  const organizations = Array.isArray(stored.organizations) ? stored.organizations.map(organizationOf) : [];
  const people = Array.isArray(stored.people) ? stored.people.map(personOf) : [];
  return { ...stored, organizations, people };
}
