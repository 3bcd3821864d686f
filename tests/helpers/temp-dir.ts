import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh folder under the system's temp folder, removed when the test that asked for it finishes (or, asked
 * for outside a test, when the file's tests are done): runs leave nothing behind in /tmp.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Outside a running test (module scope, describe body): onTestFinished refuses, afterAll applies.
    afterAll(remove);
  }
  return dir;
}
