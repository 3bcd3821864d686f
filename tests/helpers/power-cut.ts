import { microtasksDrained, waitFor } from './wait-for.js';

/**
 * Cuts the power at one call of a port: the call's effect happens (or not, with `before`), and its caller
 * never hears back, as when a Lambda is killed by its timeout or a process by SIGKILL. What ran up to then
 * stays in the fakes, and the test runs the use case again on the same state.
 */
export function cutPower<T extends object, K extends keyof T>(
  target: T,
  method: K,
  when: (...args: unknown[]) => boolean,
  options: { before?: boolean } = {},
): { tripped: () => boolean; restore: () => void } {
  const original = target[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  let tripped = false;
  const cut = async (...args: unknown[]) => {
    if (tripped || !when(...args)) return original.apply(target, args);
    tripped = true;
    if (!options.before) await original.apply(target, args);
    return new Promise(() => undefined);
  };
  (target as Record<K, unknown>)[method] = cut;
  return {
    tripped: () => tripped,
    restore: () => {
      (target as Record<K, unknown>)[method] = original;
    },
  };
}

/**
 * Waits until the power was cut (the use case reached the cut call), then until the use case's other
 * chains (parallel sends, queueing steps) have run on as far as they go: the fakes answer in promise
 * callbacks only, with no I/O and no timers, so once the microtasks are drained nothing else moves.
 */
export async function tripped(cut: { tripped: () => boolean }, timeoutMs = 10_000): Promise<boolean> {
  await waitFor(() => cut.tripped(), { timeoutMs, intervalMs: 5, what: 'the power cut' }).catch(() => false);
  await microtasksDrained();
  return cut.tripped();
}
