import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../functions/domain/normalize/text/clean-text.js';

const body =
  'The minister visited the university on Monday.\n\nThe sides discussed joint programmes in detail.';

describe("a page's trailer", () => {
  it.each([
    [
      'related stories (en)',
      `${body}\n\nRead more: Other news from the region\n\nMinister opens a school in Ganja`,
    ],
    ['related stories (az)', `${body}\n\nBənzər yazılar:\n\n• Rektor Bakıda görüş keçirib`],
    ['related stories (ru)', `${body}\n\nЧитайте также: Министр посетил Гянджу`],
    [
      'tags and the other version',
      `${body}\n\nTags: Azerbaijan Georgia education\n\nAZ version: Nazir universitetdə olub`,
    ],
    [
      'a follow line and a disclaimer',
      `${body}\n\nFollow us on Telegram for more news\n\nDisclaimer: translated automatically.`,
    ],
  ])('goes: %s', (_name, text) => {
    expect(cleanText(text)).toBe(body);
  });

  it('never drops the lead, even when it opens with such a word', () => {
    const text = 'Related talks were held in Baku on Monday.\n\nThe sides discussed joint programmes.';
    expect(cleanText(text)).toBe(text);
  });
});
