import { userInfo } from 'node:os';
import { isIsoWeek } from '../../functions/domain/bulletin/iso-week.js';
import { normalizeEmail } from '../../functions/domain/subscription/subscriber-id.js';
import type { CompileOutcome } from '../../functions/use-cases/compile-bulletin.js';
import type { ApproveOutcome } from '../../functions/use-cases/review-approve.js';
import { testSend } from '../../functions/use-cases/review-approve.js';
import { type ReviewOutcome, requestReview } from '../../functions/use-cases/review-request.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError } from '../usage.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Who the audit trail names for a command-line action. */
export const cliActor = () => `operator (CLI, ${userInfo().username})`;

export function outcomeLine(
  outcome: CompileOutcome | ReviewOutcome | ApproveOutcome,
  serverUrl: string,
): string {
  if (outcome.status === 'empty') return `${outcome.week}: nothing to send (${outcome.reason})`;
  const where = `${serverUrl}/bulletins/${outcome.week}/`;
  if (outcome.status === 'review-requested')
    return `${outcome.week}: draft of ${outcome.events} events; review copy emailed to ${plural(outcome.editors, 'editor')} (subscribers get nothing until \`bulletin approve --week ${outcome.week}\`) -> ${where}`;
  if (outcome.status === 'approved')
    return `${outcome.week}: approved, ${outcome.events} events queued for ${outcome.queuedSubscribers} subscribers -> ${where}`;
  if (outcome.status === 'already-approved')
    return `${outcome.week}: already approved and sent: nothing sent again`;
  const sent = outcome.status === 'sent' ? `, queued for ${outcome.queuedSubscribers} subscribers` : '';
  const again = outcome.status === 'already-sent' ? ' (already sent: archive updated, not sent again)' : '';
  return `${outcome.week}: ${outcome.events} events compiled${sent}${again} -> ${where}`;
}

async function compileWeek(argv: string[], forceReview: boolean): Promise<number> {
  const { values } = parse(argv, {
    state: { type: 'string' },
    week: { type: 'string' },
    send: { type: 'boolean' },
    test: { type: 'string' },
  });
  if (!values.week || !isIsoWeek(values.week))
    throw new UsageError('--week YYYY-Www is required (e.g. 2026-W47)');
  const test = values.test === undefined ? null : normalizeEmail(values.test);
  if (values.test !== undefined && !test) throw new UsageError('--test takes an email address');
  const system = await openLocalSystem(stateDir(values.state));
  try {
    if (test) {
      const sent = await testSend(system.review, values.week, test, cliActor());
      console.log(
        sent === 'sent'
          ? `${values.week}: test copy sent to one address (marked [TEST]; not the real send)`
          : `${values.week}: nothing to send`,
      );
      return 0;
    }
    // What the schedule runs (the same use case), recorded as this operator's action.
    const outcome =
      forceReview || values.send
        ? await requestReview(system.review, values.week, cliActor())
        : ((await system.compile({ week: values.week })) as CompileOutcome);
    await system.settle();
    console.log(outcomeLine(outcome, system.config.ARCHIVE_BASE_URL));
    return 0;
  } finally {
    await system.stop();
  }
}

export const compile: Command = {
  summary: 'compile one ISO week into the bulletin (archive, feeds); --send also emails the review copy',
  usage: `Usage: bulletin compile --week YYYY-Www [--send] [--state DIR]

Builds the week's bulletin from the stored articles and the editors' corrections and writes every edition
(az, en, both) to the local bucket, with the archive index and feeds. With --send it does what \`bulletin send\`
does: the review copy goes to the editors; subscribers get the bulletin once an editor approves it.`,
  run: (argv) => compileWeek(argv, false),
};

export const send: Command = {
  summary:
    'compile one ISO week as a draft and email the review copy to the editors (what the schedule runs)',
  usage: `Usage: bulletin send --week YYYY-Www [--test ADDRESS] [--state DIR]

Runs what the weekly schedule runs: the week is compiled as a draft and a review copy, with links to the
review page and "Approve and send", goes to every editor (EDITOR_ADDRESSES). Subscribers get nothing until
\`bulletin approve --week YYYY-Www\` or an editor's approval. An empty week sends no review.

--test ADDRESS sends one copy to one address, marked [TEST] in its subject; it records no delivery and
never counts as the real send.`,
  run: (argv) => compileWeek(argv, true),
};
