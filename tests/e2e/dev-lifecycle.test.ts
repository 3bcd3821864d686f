import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRuntime } from '../../cli/local/state.js';
import { startDev, stopDev, until } from './dev-process.js';

const root = mkdtempSync(join(tmpdir(), 'bulletin-life-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bulletin dev as a process', () => {
  it('a failed start exits non-zero with the reason instead of hanging', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = String((taken.address() as AddressInfo).port);
    const state = join(root, 'failed');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['bin/bulletin.mjs', 'dev', '--state', state, '--inbox', join(root, 'in-1'), '--port', port],
        { timeout: 90_000 },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
    });
    taken.close();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bulletin dev: .*EADDRINUSE/);
  }, 120_000);

  it('the server stops when its parent (the bin script) is killed', async () => {
    const state = join(root, 'orphan');
    const dev = startDev(state, join(root, 'in-2'));
    await dev.ready;
    const server = readRuntime(state)?.pid;
    expect(server).toBeGreaterThan(0);
    expect(server).not.toBe(dev.child.pid);
    // Only the parent, and with SIGKILL: it cannot pass anything on.
    dev.child.kill('SIGKILL');
    await until(
      'the server to stop',
      async () => {
        try {
          process.kill(server ?? 0, 0);
          return null;
        } catch {
          return true;
        }
      },
      30_000,
    );
    expect(readRuntime(state)).toBeNull();
    await stopDev(dev);
  }, 180_000);
});
