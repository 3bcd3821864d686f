import type { Agreement, Organization } from '../article/article.js';
import type { Correction } from './corrections.js';

/** The facts of an article an editor can see and correct, as extraction found them. */
export interface ExtractedFacts {
  id: string;
  language: string;
  title: string;
  summary: string;
  publishedAt: string;
  eventDate: string | null;
  countries: string[];
  organizations: Organization[];
  agreements: Agreement[];
  source: { key: string };
}

/** One article under review: what extraction found and, beside it, what an editor corrected. */
export interface ReviewArticle {
  extracted: ExtractedFacts;
  correction: Correction | null;
}

export interface ReviewItem {
  id: string;
  date: string;
  headline: { en: string; az: string };
  articles: ReviewArticle[];
}

export interface ReviewEntry {
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** Everything the review page and `bulletin review` show about one week. */
export interface WeekReview {
  week: string;
  /** compiled (a draft awaiting approval), sending, sent, empty, or none yet. */
  status: string;
  events: number;
  items: ReviewItem[];
  excluded: ReviewArticle[];
  actions: ReviewEntry[];
}
