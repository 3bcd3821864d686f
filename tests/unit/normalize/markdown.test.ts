import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../functions/domain/normalize/markdown.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { artifactsIn, fixture } from './artifacts.js';

describe('Markdown documents', () => {
  it('takes the "# " headline as title and strips the markup from the body', async () => {
    const doc = await normalizeDocument(fixture('en-article.md'), 'inbox/nu.md');
    expect(doc.format).toBe('md');
    expect(doc.title).toBe("ADA University and Nazarbayev University agree on joint master's programme");
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(doc.text).not.toMatch(/[*#[\]>]|https?:/);
    expect(doc.text).toContain('Baku, 5 March — ADA University and Nazarbayev University agreed to launch');
    expect(doc.text).toContain('Details');
    expect(doc.text).toContain(
      '"This is a natural step in the Azerbaijan-Kazakhstan partnership," the rector said.',
    );
    expect(doc.text).not.toMatch(/^Share$/m);
  });

  it('ignores front matter, code fences and link definitions', () => {
    const md = '---\ntitle: x\ntags: [a]\n---\nText one.\n\n```\ncode\n```\n\n[ref]: https://example.org\n';
    const { text, title } = markdownToText(md);
    expect(title).toBeNull();
    expect(text).not.toContain('title: x');
    expect(text).toContain('Text one.');
    expect(text).not.toContain('https://example.org');
  });

  it('reads a setext headline', () => {
    expect(markdownToText('Big news\n========\n\nBody.').title).toBe('Big news');
  });
});
