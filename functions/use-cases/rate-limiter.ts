/**
 * Spaces calls so that no more than `perSecond` start in any second (SES's maximum send rate). Each Lambda
 * instance gets its own share: the deliver function's maximum concurrency divides the account quota.
 */
export function rateLimiter(perSecond: number, now: () => number = Date.now): () => Promise<void> {
  const interval = 1000 / perSecond;
  let next = 0;
  return async () => {
    const t = now();
    const wait = Math.max(0, next - t);
    next = Math.max(t, next) + interval;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  };
}
