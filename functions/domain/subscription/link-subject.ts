/**
 * What a subscriber's unsubscribe or preferences link names: `<id>:<generation>`. Unsubscribing bumps the
 * stored generation, so every link mailed before (preferences, and unsubscribe links once the address has
 * subscribed again) stops working. Links mailed before generations existed name the bare id: generation 0.
 */
export const linkSubject = (subscriber: { id: string; linkGeneration?: number }): string =>
  `${subscriber.id}:${subscriber.linkGeneration ?? 0}`;

export function parseLinkSubject(subject: string): { id: string; generation: number } | null {
  const [id, generation = '0', extra] = subject.split(':');
  if (!id || extra !== undefined || !/^\d{1,9}$/.test(generation)) return null;
  return { id, generation: Number(generation) };
}

/** How long each kind of link works (the reasons: docs/reliability.md, "Link lifetimes"). */
export const LINK_LIFETIME_SECONDS = {
  /** The owner acts on a confirmation email the same day or not at all; a week forgives holidays. */
  confirm: 7 * 24 * 3600,
  /** Every weekly bulletin carries a fresh one, so a quarter is ample; a stale forwarded copy dies sooner. */
  preferences: 90 * 24 * 3600,
  /** Stopping mail must keep working from an old email (RFC 8058 one-click; a year and a margin). */
  unsubscribe: 400 * 24 * 3600,
} as const;
