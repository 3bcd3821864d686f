import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { articleRepository } from '../../functions/composition/storage.js';
import { makeSubscriberAdminDeps } from '../../functions/composition/subscriptions.js';
import type { Edition } from '../../functions/domain/i18n/language.js';
import { approveWeek } from '../../functions/use-cases/review-approve.js';
import type { ReviewOutcome } from '../../functions/use-cases/review-request.js';
import { addSubscriber } from '../../functions/use-cases/subscriber-admin.js';
import { exampleFiles } from '../local/examples.js';
import { capturedEmails, saveEmails } from '../local/mailbox.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { sourceLine, uploadFiles, waitForSources } from '../local/uploads.js';
import { type Command, parse } from '../usage.js';
import { outcomeLine } from './compile.js';

const DEMO_SUBSCRIBERS: { email: string; edition: Edition }[] = [
  { email: 'demo-az@example.org', edition: 'az' },
  { email: 'demo-en@example.org', edition: 'en' },
  { email: 'demo-both@example.org', edition: 'both' },
];

export const demo: Command = {
  summary: 'one-shot: fresh state, ingest examples/, compile every week, email demo subscribers',
  usage: `Usage: bulletin demo [--state DIR]

Non-interactive tour of the whole pipeline on fresh local state (default .bulletin/demo, wiped first):
ingests every file in examples/, compiles every week that has articles as a draft and emails its review copy to
the editors (as the schedule does), approves each draft itself, so each bulletin reaches three demo
subscribers (editions az, en, both) through the local SES; prints a summary and exits 0.`,
  async run(argv) {
    const { values } = parse(argv, { state: { type: 'string' } });
    const dir = stateDir(values.state ?? '.bulletin/demo');
    rmSync(dir, { recursive: true, force: true });
    const system = await openLocalSystem(stateDir(dir), { attach: false });
    try {
      const uploads = await uploadFiles(system, exampleFiles());
      const records = await waitForSources(system, uploads);
      for (const r of records) if (r) console.log(sourceLine(r));
      // As an operator adds them: active at once (the demo state is fresh, so none was ever suppressed).
      const admin = makeSubscriberAdminDeps(system.config);
      for (const { email, edition } of DEMO_SUBSCRIBERS) await addSubscriber(admin, { email, edition });
      const weeks = await articleRepository(system.config).listWeeks();
      // What the schedule and an editor do each week: the review copy to the editors, then the approval.
      for (const week of weeks) {
        const reviewed = (await system.compile({ week, review: true })) as ReviewOutcome;
        console.log(outcomeLine(reviewed, system.config.ARCHIVE_BASE_URL));
        if (reviewed.status !== 'review-requested') continue;
        const approved = await approveWeek(system.review, week, 'demo (approves its own drafts)');
        console.log(outcomeLine(approved, system.config.ARCHIVE_BASE_URL));
      }
      await system.settle();
      const emails = await capturedEmails(system.config.SES_ENDPOINT ?? '');
      saveEmails(join(dir, 'mail'), emails);
      const ok = records.filter((r) => r?.status === 'ok').length;
      const editors = system.review.editors.map((e) => e.email);
      const reviews = emails.filter((m) => m.destination.to.some((to) => editors.includes(to))).length;
      console.log(
        `Summary: ${records.length} files, ${ok} articles, ${weeks.length} weeks, ${emails.length - reviews} emails sent to ${DEMO_SUBSCRIBERS.length} subscribers, after ${reviews} review copies to ${editors.length === 1 ? '1 editor' : `${editors.length} editors`}, each approved by the demo.`,
      );
      console.log(
        `Emails: ${join(dir, 'mail')}/  Archive: run \`npm start -- --state ${dir}\` and open ${system.config.ARCHIVE_BASE_URL}/`,
      );
      return 0;
    } finally {
      await system.stop();
    }
  },
};
