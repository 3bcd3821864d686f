import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../../functions/use-cases/rate-limiter.js';

describe('rateLimiter', () => {
  it('spaces calls to the configured rate', async () => {
    const clock = 0;
    const waits: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const limiter = rateLimiter(10, () => clock);
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      waits.push(ms);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      for (let i = 0; i < 3; i++) await limiter();
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(waits).toEqual([100, 200]);
  });
});
