import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../functions/domain/extract/extract-article.js';

interface Expected {
  file: string;
  published: string;
  language: string;
  eventDate: string | null;
  countries: string[];
  people: string[];
  organizations: string[];
  agreements: Record<string, number>;
  topics: string[];
}

const dir = join(import.meta.dirname, '../../fixtures/extract');
const cases = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];

describe('extractArticle on the hand-written fixtures (en, az, ru)', () => {
  it.each(cases)('$file', async (c) => {
    const bytes = readFileSync(join(dir, c.file));
    const article = await extractArticle({ bytes, key: c.file, publishedAt: c.published });
    expect(article.status).toBe('ok');
    expect(article.language).toBe(c.language);
    expect(article.eventDate).toBe(c.eventDate);
    expect([...article.countries].sort()).toEqual([...c.countries].sort());
    expect(article.people.map((p) => p.name).sort()).toEqual([...c.people].sort());
    const totals = Object.fromEntries(article.agreements.map((a) => [a.type, a.count]));
    expect(totals).toEqual(c.agreements);
    // Organizations by the name the text uses (base form) or their English name.
    const organizations = article.organizations.flatMap((o) => [o.name, o.en]);
    for (const org of c.organizations) expect(organizations).toContain(org);
    for (const topic of c.topics) expect(article.topics).toContain(topic);
    expect(article.storyKey).toMatch(/^\d{4}-\d{2}-\d{2}:/);
  });
});
