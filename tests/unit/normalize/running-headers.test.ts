import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/domain/normalize/text/clean-text.js';

// Text copied out of a two-page PDF press release keeps each page's header: an institution line and a
// "Page N of M" line. Two pages are enough to know them; the article between them must stay whole.
const header = (page: number) =>
  `STATE AGENCY FOR VOCATIONAL EDUCATION\nNews release                                   Page ${page} of 2`;

const pasted = `${header(1)}

Ganja college opens a welding centre with Finnish partners

Ganja, 9 November 2026. A welding training centre built with a Finnish vocational college opened
in Ganja on Monday.

${header(2)}

Forty students will train there each year.
`;

describe('running headers in pasted PDF text', () => {
  it('drops a header that ends in the page count and the line that recurs beside it', () => {
    const text = cleanText(pasted);
    expect(text).not.toMatch(/Page \d of 2|STATE AGENCY|News release/);
    expect(text.split('\n\n')[0]).toBe('Ganja college opens a welding centre with Finnish partners');
    expect(text).toContain('Forty students will train there each year.');
  });

  it('keeps a line that recurs twice when no page number stands beside it', () => {
    const text = cleanText(
      'Minutes of the meeting\n\nThe rectors met in Ganja.\n\nMinutes of the meeting\n\nThey agreed.',
    );
    expect(text.match(/Minutes of the meeting/g)).toHaveLength(2);
  });

  it('keeps a sentence that mentions a page', () => {
    expect(cleanText('The full list of grants is on page 4 of 12.')).toBe(
      'The full list of grants is on page 4 of 12.',
    );
  });
});
