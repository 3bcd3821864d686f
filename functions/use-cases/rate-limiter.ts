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

/**
 * A token bucket that answers at once instead of waiting: `burst` requests may pass together, then
 * `perSecond`. A request it refuses is answered 429 straight away, so a flood of subscribe POSTs holds no
 * Lambda instance (nor the table, nor SES) for long; unsubscribe has no bucket at all and is never queued
 * behind them (docs/reliability.md, "Subscribe without abuse").
 */
export function admissionBudget(
  burst: number,
  perSecond: number,
  now: () => number = Date.now,
): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/** Subscribe POSTs one instance admits: a burst of 20, then 2 a second (the WAF limits each client in AWS). */
export const SUBSCRIBE_BURST = 20;
export const SUBSCRIBE_PER_SECOND = 2;
