import { isIsoWeek } from '../../functions/domain/bulletin/iso-week.js';
import { printable, printableJson } from '../../functions/shared/printable.js';
import { approveWeek } from '../../functions/use-cases/review-approve.js';
import { reviewWeek } from '../../functions/use-cases/review-view.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError } from '../usage.js';
import { cliActor, outcomeLine } from './compile.js';
import { reviewLines } from './review-print.js';

function weekOption(week: string | undefined): string {
  if (!week || !isIsoWeek(week)) throw new UsageError('--week YYYY-Www is required (e.g. 2026-W47)');
  return week;
}

export const review: Command = {
  summary: "print a week's draft: items with their article ids, extracted and corrected facts, audit trail",
  usage: `Usage: bulletin review --week YYYY-Www [--json] [--state DIR]

Prints the week's items as the draft shows them, each with its articles (id, language, file), the facts as
extracted and, beside them, the editors' corrections; then the excluded articles and who did what when.`,
  async run(argv) {
    const { values } = parse(argv, {
      state: { type: 'string' },
      week: { type: 'string' },
      json: { type: 'boolean' },
    });
    const week = weekOption(values.week);
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const view = await reviewWeek(system.review, week);
      console.log(values.json ? printableJson(view, 2) : reviewLines(view).map(printable).join('\n'));
      return 0;
    } finally {
      await system.stop();
    }
  },
};

export const approve: Command = {
  summary: "approve a week's draft and send it to every active subscriber (once)",
  usage: `Usage: bulletin approve --week YYYY-Www [--state DIR]

Recompiles the week with every correction and queues one email per active subscriber. A second approval
sends nothing.`,
  async run(argv) {
    const { values } = parse(argv, { state: { type: 'string' }, week: { type: 'string' } });
    const week = weekOption(values.week);
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const outcome = await approveWeek(system.review, week, cliActor());
      await system.settle();
      console.log(outcomeLine(outcome, system.config.ARCHIVE_BASE_URL));
      return 0;
    } finally {
      await system.stop();
    }
  },
};
