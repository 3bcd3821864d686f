import { describe, expect, it } from 'vitest';
import { escapeHtml, paragraphsHtml, safeUrl } from '../../../functions/domain/render/escape.js';

describe('escapeHtml', () => {
  it('escapes markup, quotes and ampersands', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml(`"><img onerror='x'>`)).toBe('&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;');
    expect(escapeHtml('a &amp; b')).toBe('a &amp;amp; b');
  });

  it('keeps Azerbaijani letters and drops control characters', () => {
    expect(escapeHtml('Əmrullayev İlham\u0000\u0007')).toBe('Əmrullayev İlham');
    expect(escapeHtml('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });
});

describe('safeUrl', () => {
  it('keeps http(s), mailto and relative links, escaped', () => {
    expect(safeUrl('https://example.org/a?b=1&c=2')).toBe('https://example.org/a?b=1&amp;c=2');
    expect(safeUrl('mailto:x@example.org')).toBe('mailto:x@example.org');
    expect(safeUrl('bulletins/2025-W10/az.html')).toBe('bulletins/2025-W10/az.html');
    expect(safeUrl('../../')).toBe('../../');
  });

  it('neutralizes script and data links, however they are disguised', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('  JavaScript:alert(1)')).toBe('#');
    expect(safeUrl('java\tscript:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,<script>')).toBe('#');
    expect(safeUrl('vbscript:x')).toBe('#');
  });
});

describe('paragraphsHtml', () => {
  it('splits paragraphs on blank lines and escapes each', () => {
    expect(paragraphsHtml('One <b>\n\n\nTwo\nlines')).toBe('<p>One &lt;b&gt;</p>\n<p>Two<br>lines</p>');
  });
});
