import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_STATE_DIR = '.bulletin';

/** What a running `bulletin dev` publishes so other commands with the same --state use its services. */
const runtimeSchema = z.object({
  pid: z.number().int(),
  s3Endpoint: z.url(),
  dynamoEndpoint: z.url(),
  sesEndpoint: z.url(),
  serverUrl: z.url(),
});
export type RuntimeInfo = z.infer<typeof runtimeSchema>;

export function stateDir(dir: string | undefined): string {
  const path = resolve(dir ?? DEFAULT_STATE_DIR);
  mkdirSync(path, { recursive: true });
  return path;
}

const runtimeFile = (dir: string) => join(dir, 'runtime.json');

export function writeRuntime(dir: string, info: RuntimeInfo): void {
  writeFileSync(runtimeFile(dir), JSON.stringify(info, null, 2));
}

export function clearRuntime(dir: string, pid: number): void {
  const info = readRuntime(dir);
  if (info?.pid === pid) rmSync(runtimeFile(dir), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running dev system for this state folder, or null when none runs (a stale file is ignored). */
export function readRuntime(dir: string): RuntimeInfo | null {
  if (!existsSync(runtimeFile(dir))) return null;
  const parsed = runtimeSchema.safeParse(JSON.parse(readFileSync(runtimeFile(dir), 'utf8')));
  if (!parsed.success || !alive(parsed.data.pid) || parsed.data.pid === process.pid) return null;
  return parsed.data;
}

/** The local link-signing key, made once per state folder and kept out of the repository. */
export function localSecret(dir: string): string {
  const file = join(dir, 'link-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
