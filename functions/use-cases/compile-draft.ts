import { currentIsoWeek } from '../domain/bulletin/iso-week.js';
import { type CompileDeps, type CompileOutcome, compileBulletin } from './compile-bulletin.js';

/**
 * The current ISO week (in the bulletin's time zone) compiled without sending, for `bulletin dev` to show
 * at /bulletins/<week>/both.html after every batch of ingests. The record stays 'compiled' with draft set,
 * so the Monday send claims it as usual; a week already sent only gets its archive page refreshed. Sent
 * weeks that received late articles get their archive pages refreshed on the way (see compileBulletin).
 */
export function compileDraft(deps: CompileDeps, now: Date, timeZone: string): Promise<CompileOutcome> {
  return compileBulletin(deps, currentIsoWeek(now, timeZone), false, { draft: true });
}
