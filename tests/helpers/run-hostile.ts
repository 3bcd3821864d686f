import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostileKind } from './hostile-files.js';

/** Half a 1 GB Lambda: the heap each hostile file must be answered within. */
export const HEAP_LIMIT_MB = 512;

export interface HostileOutcome {
  kind: string;
  bytes: number;
  /** The child's exit code (null when killed); a heap crash exits non-zero with no answer. */
  exitCode: number | null;
  answer: { status: string; reason: string | null; ms: number; peakRssMiB: number; heapMiB: number } | null;
  stderr: string;
}

const CHILD = new URL('./hostile-child.ts', import.meta.url).pathname;

/**
 * Writes the kind's file and extracts it in a child process limited to HEAP_LIMIT_MB of heap, so a crash
 * (or a leak) is the child's alone and its peak memory is its own. `killAfterMs` stops a runaway child.
 */
export async function runHostile(kind: HostileKind, killAfterMs = 120_000): Promise<HostileOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  try {
    const bytes = kind.make();
    const file = join(dir, 'input');
    writeFileSync(file, bytes);
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', CHILD, file, kind.key],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    const line = stdout.trim().split('\n').at(-1) ?? '';
    let answer: HostileOutcome['answer'] = null;
    try {
      answer = line ? (JSON.parse(line) as HostileOutcome['answer']) : null;
    } catch {
      answer = null;
    }
    return { kind: kind.name, bytes: bytes.length, exitCode, answer, stderr: stderr.slice(-2000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
