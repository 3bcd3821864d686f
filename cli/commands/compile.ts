import type { CompileOutcome } from '../../functions/use-cases/compile-bulletin.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, parse, UsageError, WEEK } from '../usage.js';

export function outcomeLine(outcome: CompileOutcome, serverUrl: string): string {
  if (outcome.status === 'empty') return `${outcome.week}: nothing to send (${outcome.reason})`;
  const where = `${serverUrl}/bulletins/${outcome.week}/`;
  const sent = outcome.status === 'sent' ? `, queued for ${outcome.queuedSubscribers} subscribers` : '';
  const again = outcome.status === 'already-sent' ? ' (already sent: archive updated, not sent again)' : '';
  return `${outcome.week}: ${outcome.events} events compiled${sent}${again} -> ${where}`;
}

async function compileWeek(argv: string[], forceSend: boolean): Promise<number> {
  const { values } = parse(argv, {
    state: { type: 'string' },
    week: { type: 'string' },
    send: { type: 'boolean' },
  });
  if (!values.week || !WEEK.test(values.week))
    throw new UsageError('--week YYYY-Www is required (e.g. 2026-W47)');
  const system = await openLocalSystem(stateDir(values.state));
  try {
    const outcome = (await system.compile({
      week: values.week,
      send: forceSend || Boolean(values.send),
    })) as CompileOutcome;
    await system.settle();
    console.log(outcomeLine(outcome, system.config.ARCHIVE_BASE_URL));
    return 0;
  } finally {
    await system.stop();
  }
}

export const compile: Command = {
  summary: 'compile one ISO week into the bulletin (archive, feeds); --send also emails it',
  usage: `Usage: bulletin compile --week YYYY-Www [--send] [--state DIR]

Builds the week's bulletin from the stored articles and writes every edition (az, en, both) to the local
bucket, with the archive index and feeds. With --send it queues one email per active subscriber; a week
already sent is never sent again.`,
  run: (argv) => compileWeek(argv, false),
};

export const send: Command = {
  summary: 'compile and email one ISO week to every active subscriber (once)',
  usage: `Usage: bulletin send --week YYYY-Www [--state DIR]

The same as \`bulletin compile --week YYYY-Www --send\`.`,
  run: (argv) => compileWeek(argv, true),
};
