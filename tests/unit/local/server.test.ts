import { describe, expect, it } from 'vitest';
import { keyForPath } from '../../../cli/local/server.js';

describe('archive paths', () => {
  it('map to public keys only', () => {
    expect(keyForPath('/')).toBe('archive/index.html');
    expect(keyForPath('/bulletins/2026-W47/az.html')).toBe('bulletins/2026-W47/az.html');
    expect(keyForPath('/bulletins/2026-W47/')).toBe('bulletins/2026-W47/both.html');
    expect(keyForPath('/feeds/en.xml')).toBe('feeds/en.xml');
    expect(keyForPath('/bulletins/2026-W47/email/az.html')).toBeNull();
    expect(keyForPath('/articles/x.json')).toBeNull();
    expect(keyForPath('/../inbox/a.txt')).toBeNull();
  });
});
