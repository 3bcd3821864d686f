import { currentIsoWeek } from '../../functions/domain/bulletin/iso-week.js';
import { printable } from '../../functions/shared/printable.js';
import type { LocalSystem } from './runtime.js';

/**
 * The week an editor would review now: the newest compiled week not yet sent (a draft awaiting approval),
 * else the current week. `bulletin dev` prints a signed review link for it at start.
 */
export async function draftWeek(system: LocalSystem): Promise<string> {
  const records = await system.review.bulletins.list();
  const open = records
    .filter((r) => r.status === 'compiled' && r.events > 0)
    .map((r) => r.week)
    .sort();
  return open.at(-1) ?? currentIsoWeek(new Date(), system.config.TIME_ZONE);
}

/** "Review: <link>" for the first editor, or a hint when no editor is configured. */
export async function reviewLinkLine(system: LocalSystem, serverUrl: string): Promise<string> {
  const editor = system.review.editors[0];
  if (!editor) return 'Review:    no editors configured (EDITOR_ADDRESSES): review links cannot be made';
  const week = await draftWeek(system);
  const links = await system.review.reviewLinks(editor, week);
  const page = `${serverUrl}${links.page.slice(new URL(links.page).origin.length)}`;
  return `Review:    ${page}  (${week}'s draft, as ${printable(editor.email)}; approve there or \`npx bulletin approve --week ${week}\`)`;
}
