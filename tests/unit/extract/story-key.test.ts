import { describe, expect, it } from 'vitest';
import { itemId } from '../../../functions/domain/bulletin/merge-stories.js';
import { storyKeyOf } from '../../../functions/domain/extract/story-key.js';

describe('storyKeyOf', () => {
  it('keeps the old two-part key without an id', () => {
    expect(storyKeyOf('2025-12-06', ['GE'], [])).toBe('2025-12-06:GE');
    expect(storyKeyOf('2024-05-13', [], ['ICESCO', 'Microsoft Azerbaijan'])).toBe(
      '2024-05-13:icesco+microsoftazerbai',
    );
  });

  it('makes an own key unique to the article: two events of one day with one partner never share it', () => {
    const a = storyKeyOf('2025-12-06', ['GE'], [], '961c51b5ce51ec814b1e');
    const b = storyKeyOf('2025-12-06', ['GE'], [], '2be7d9cba7499952c60b');
    expect(a).toBe('2025-12-06:GE:961c51b5');
    expect(b).not.toBe(a);
  });

  it('reads organizations given with their English name, and caps the partners it shows', () => {
    const orgs = [{ name: 'ИСЕСКО', en: 'ISESCO' }, { name: 'ОЭСР', en: 'OECD' }, 'UNESCO', 'UNICEF'];
    expect(storyKeyOf('2024-05-13', [], orgs, 'abcdef0123')).toBe('2024-05-13:isesco+oecd+unesco:abcdef01');
  });

  it('gives an item id that is stable and URL-safe', () => {
    const key = storyKeyOf('2025-12-06', ['GE', 'TR'], [], '961c51b5ce51ec814b1e');
    expect(itemId(key)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(itemId(key)).toBe(itemId(key));
  });
});
