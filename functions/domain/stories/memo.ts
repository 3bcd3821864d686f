// Names recur in every window (the host minister, the partner ministry) and every stored report is read
// again for each new one: folding each name once saves most of the matcher's time. Bounded, so a
// long-lived process (a warm Lambda, `bulletin dev`) does not grow without end.
const MEMO_LIMIT = 50_000;

/** A function of a string, remembered per input; its results must not be mutated. */
export function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let out = cache.get(key);
    if (out === undefined) {
      if (cache.size >= MEMO_LIMIT) cache.clear();
      out = fn(key);
      cache.set(key, out);
    }
    return out;
  };
}
