import { isoWeekOf } from '../../functions/domain/bulletin/iso-week.js';
import type { Correction } from '../../functions/domain/review/corrections.js';
import { editorsFrom } from '../../functions/domain/review/editor-token.js';
import type { ReviewAction } from '../../functions/domain/review/review-action.js';
import type { CorrectionRepository, ReviewLog } from '../../functions/ports/review.js';
import type { ReviewDeps } from '../../functions/use-cases/review-deps.js';
import { memoryCompile } from './compile-deps.js';
import { MemoryMailer } from './fakes.js';

export class MemoryCorrections implements CorrectionRepository {
  readonly items = new Map<string, Correction>();
  async get(id: string) {
    return this.items.get(id) ?? null;
  }
  async getMany(ids: readonly string[]) {
    return ids.flatMap((id) => this.items.get(id) ?? []);
  }
  async put(c: Correction) {
    this.items.set(c.articleId, c);
  }
  async listMovedInto(week: string) {
    return [...this.items.values()].filter((c) => c.eventDate && isoWeekOf(c.eventDate) === week);
  }
}

export class MemoryReviewLog implements ReviewLog {
  readonly actions: ReviewAction[] = [];
  async record(action: ReviewAction) {
    this.actions.push(action);
  }
  async list(week: string) {
    return this.actions.filter((a) => a.week === week);
  }
}

export const TEST_SECRET = 'unit-test-secret-unit-test-secret-0123';

/** The in-memory compile deps plus the review ports, one editor. */
export function memoryReview(editors = ['editor@example.org']) {
  const compile = memoryCompile();
  const mailer = new MemoryMailer();
  const deps: ReviewDeps = {
    ...compile.deps,
    corrections: new MemoryCorrections(),
    reviewLog: new MemoryReviewLog(),
    mailer,
    editors: editorsFrom(editors),
    secret: async () => TEST_SECRET,
    timeZone: 'Asia/Baku',
    reviewLinks: async (editor, week) => ({
      page: `http://test/review?token=${editor.id}-${week}`,
      approve: `http://test/review/approve?token=${editor.id}-${week}`,
    }),
  };
  return { ...compile, deps, mailer };
}
