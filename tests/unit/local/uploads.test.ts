import { describe, expect, it } from 'vitest';

describe('sourceLine', () => {
  it('prints a file name holding an escape sequence escaped, so status and dev cannot recolour the terminal', async () => {
    const { sourceLine } = await import('../../../cli/local/uploads.js');
    const base = {
      reason: null,
      articleId: null,
      etag: null,
      bytes: 1,
      language: null,
      title: null,
      partners: [],
      processedAt: '',
    };
    const rejected = sourceLine({
      ...base,
      key: 'inbox/\u001b[31mred\u202e.txt',
      status: 'rejected',
      reason: 'empty',
    });
    expect(rejected).toBe('rejected  inbox/\\x1b[31mred\\u202e.txt: empty');
    const ok = sourceLine({
      ...base,
      key: 'inbox/Şəki.txt',
      status: 'ok',
      language: 'az',
      title: 'Bakı\u0085',
      partners: ['Türkiyə'],
    });
    expect(ok).toBe('ok        az  inbox/Şəki.txt  "Bakı\\x85"  [Türkiyə]');
  });
});
