/**
 * Waiting in tests: on a condition, never on a fixed time. A fixed sleep is either too short on a loaded
 * machine (a flaky failure) or longer than needed everywhere (a slow suite); polling a condition with a
 * deadline is as fast as the system and fails with a message that says what never happened.
 */
export interface WaitOptions {
  /** How long the condition has to come true before the wait fails. */
  timeoutMs?: number;
  /** How often it is checked. */
  intervalMs?: number;
  /** What is awaited, for the failure message ("the review email"). */
  what?: string;
}

/**
 * Resolves with the condition's first value that is neither null, undefined nor false; a condition that
 * throws counts as not yet (a service still starting). Rejects once timeoutMs has passed without one.
 */
export async function waitFor<T>(
  condition: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { timeoutMs = 10_000, intervalMs = 25, what = 'the condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Resolves once every promise callback queued so far, and every one those queue in turn, has run: Node
 * empties the microtask queue before it takes the next macrotask (setImmediate). Code that awaits only
 * in-memory fakes (no I/O, no timers) has then gone as far as it can go.
 */
export function microtasksDrained(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
