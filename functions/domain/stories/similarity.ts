import { type Entity, sameEntity, type WeightClass } from './entities.js';
import type { StoryFacts } from './story-facts.js';
import type { StoryWindow } from './story-window.js';

/**
 * How strongly two reports look like one event: a log-odds score in the manner of record linkage
 * (Fellegi-Sunter), summed over what the reports say. docs/extraction.md, "Same event across languages".
 *
 * - A participant (partner country, organization, person, topic) named by both adds ln(m / u): m is how
 *   often two reports of one event both name it, u how often another event of the window names it. u is
 *   counted over the window's events, so the host minister or the partner country, named by every report of
 *   a visit, add little, and a named university or a foreign rector add a lot (IDF-like).
 * - A participant named by one report only adds ln((1 - m) / (1 - u)): a mild penalty, nothing for a
 *   common one, and capped per kind and report (reports in different languages leave out different things).
 * - The dates (event date, else publication date) add a little when equal and less as they drift apart;
 *   more than three days apart is never one event.
 * - Documents signed: the same kind on both sides helps, signings on one side only hurt a little.
 */

export interface ClassWeights {
  /** Chance that the other report of the same event names it too. */
  m: number;
  /** Smallest chance that an unrelated event names it; also the prior while the window holds few events. */
  u0: number;
  /** The most that entities of this class named by one report only can take away from it. */
  cap: number;
}

export interface StoryWeights {
  classes: Record<WeightClass, ClassWeights>;
  /** Index: the distance in days between the two dates; further apart is never one event. */
  date: readonly number[];
  /** Signings: the same kind on both sides, different kinds, one side only. */
  signed: { both: number; different: number; oneSide: number };
  /** Weight of the prior, in events, so that u does not jump about while the window is small. */
  priorEvents: number;
  /** At or above this score, two reports are one event. */
  threshold: number;
}

/**
 * Venues (universities, institutes, academies, schools) are where a visit or a ceremony takes place: two
 * reports of one event name them, so one missing weighs. Authorities (ministries, councils, parliaments,
 * agencies, embassies) and people recur across the events of a visit (the delegations, the host minister),
 * and each report quotes whom it likes, so they weigh less either way. Other bodies (international
 * organizations, companies, funds) are what a conference or a programme is about. Countries are shared by
 * many events, and an incidental one slips into an extraction now and then. Topics come from a fixed
 * vocabulary, the same in every language.
 */
export const STORY_WEIGHTS: StoryWeights = {
  classes: {
    country: { m: 0.7, u0: 0.3, cap: 1.0 },
    venue: { m: 0.9, u0: 0.05, cap: 5.0 },
    authority: { m: 0.5, u0: 0.2, cap: 1.5 },
    body: { m: 0.6, u0: 0.05, cap: 2.0 },
    person: { m: 0.5, u0: 0.2, cap: 1.5 },
    topic: { m: 0.6, u0: 0.3, cap: 1.0 },
  },
  // A conference's first and last day still meet; a report dated by its publication day is a day late.
  date: [0.5, 0.2, 0.0, -0.8],
  signed: { both: 0.7, different: -1.0, oneSide: -0.3 },
  priorEvents: 2,
  threshold: 2.0,
};

function signings(a: StoryFacts, b: StoryFacts, w: StoryWeights): number {
  if (a.agreementTypes.size === 0 && b.agreementTypes.size === 0) return 0;
  if (a.agreementTypes.size === 0 || b.agreementTypes.size === 0) return w.signed.oneSide;
  return [...a.agreementTypes].some((t) => b.agreementTypes.has(t)) ? w.signed.both : w.signed.different;
}

const CLASS_ORDER: readonly WeightClass[] = ['venue', 'authority', 'body'];

/** Scores one pair against the window's counts. */
class PairScorer {
  private readonly missing = [new Map<WeightClass, number>(), new Map<WeightClass, number>()] as const;
  score = 0;

  constructor(
    private readonly window: StoryWindow,
    private readonly keys: readonly [string, string],
    private readonly w: StoryWeights,
  ) {}

  private chance(entity: Entity, weight: WeightClass): number {
    const { hits, events } = this.window.othersNaming(entity, this.keys[0], this.keys[1]);
    const { u0 } = this.w.classes[weight];
    const prior = this.w.priorEvents;
    return Math.min(0.99, Math.max(u0, (hits + prior * u0) / (events + prior)));
  }

  shared(e: Entity, f: Entity): void {
    // One organization may be classed differently by its two names ("YÖK", "Council of Higher Education").
    const weight = CLASS_ORDER.find((c) => c === e.weight || c === f.weight) ?? e.weight;
    const u = Math.max(this.chance(e, weight), this.chance(f, weight));
    this.score += Math.log(Math.max(this.w.classes[weight].m, u) / u);
  }

  alone(e: Entity, side: 0 | 1): void {
    const u = this.chance(e, e.weight);
    const m = Math.max(this.w.classes[e.weight].m, u);
    const tally = this.missing[side];
    tally.set(e.weight, (tally.get(e.weight) ?? 0) + Math.log((1 - m) / (1 - u)));
  }

  total(): number {
    let sum = this.score;
    for (const tally of this.missing) {
      for (const [weight, value] of tally) sum += Math.max(-this.w.classes[weight].cap, value);
    }
    return sum;
  }
}

/** The score of two reports; -Infinity when their dates are too far apart to be one event. */
export function scorePair(a: StoryFacts, b: StoryFacts, window: StoryWindow, w = STORY_WEIGHTS): number {
  const dateWeight = w.date[Math.abs(a.day - b.day)];
  if (dateWeight === undefined) return Number.NEGATIVE_INFINITY;
  const scorer = new PairScorer(window, [a.storyKey, b.storyKey], w);
  scorer.score = dateWeight + signings(a, b, w);
  const matched = new Set<Entity>();
  for (const e of a.entities) {
    const f = b.entities.find((x) => !matched.has(x) && sameEntity(e, x));
    if (f) {
      matched.add(f);
      scorer.shared(e, f);
    } else scorer.alone(e, 0);
  }
  for (const f of b.entities) if (!matched.has(f)) scorer.alone(f, 1);
  return scorer.total();
}
