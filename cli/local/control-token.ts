import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The secret that opens `bulletin dev`'s control paths (/_local/*). A new one at every start, readable only by
 * the owner (0600): the other commands of the same user read it from the state folder; a web page in a browser
 * on the same machine cannot, so it cannot make the dev server send mail or replay queues.
 */
export const LOCAL_TOKEN_HEADER = 'x-bulletin-local-token';

const tokenFile = (stateDir: string) => join(stateDir, 'local-token');

export function issueLocalToken(stateDir: string): string {
  const token = randomBytes(32).toString('base64url');
  writeFileSync(tokenFile(stateDir), token, { mode: 0o600 });
  // writeFileSync's mode applies only when it creates the file; a token left by an earlier run keeps its own.
  chmodSync(tokenFile(stateDir), 0o600);
  return token;
}

/** The header a command sends to the running dev system's control paths. */
export function localControlHeaders(stateDir: string): Record<string, string> {
  return { [LOCAL_TOKEN_HEADER]: readFileSync(tokenFile(stateDir), 'utf8').trim() };
}

export function tokenMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
