import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openLocalSystem } from '../../cli/local/runtime.js';
import { waitForSources } from '../../cli/local/uploads.js';
import type { SourceRecord } from '../../functions/domain/article/article-record.js';
import { burstFiles, burstRecords, checkBurst, dropAll } from '../fixtures/bad-input/burst-files.js';

const state = mkdtempSync(join(tmpdir(), 'bulletin-burst-'));
afterAll(() => rmSync(state, { recursive: true, force: true }));

describe('a burst of drops into the local system', () => {
  it('ends every one of 60 files dropped at once with exactly one SOURCE record, shown by bulletin status', async () => {
    const files = burstFiles(60);
    // The local system as `bulletin dev` runs it: s3rver notifications -> local SQS queue -> ingest handler.
    const system = await openLocalSystem(state, { attach: false });
    let records: SourceRecord[];
    try {
      const uploads = await dropAll(system, files);
      const waited = await waitForSources(system, uploads, 50_000);
      expect(waited.filter((r) => r === null)).toHaveLength(0);
      records = await burstRecords(system, files);
    } finally {
      await system.stop();
    }
    expect(checkBurst(files, records)).toEqual([]);
    expect(records.filter((r) => r.status === 'rejected')).toHaveLength(6);
    expect(records.filter((r) => r.status === 'duplicate')).toHaveLength(6);

    // What an operator sees: the CLI, in its own process, over the same state folder.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/bulletin.mjs', 'status', '--state', state, '--json'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const listed = (JSON.parse(stdout) as { sources: SourceRecord[] }).sources;
    expect(checkBurst(files, listed)).toEqual([]);
    for (const r of records) expect(listed.find((l) => l.key === r.key)?.reason).toBe(r.reason);
  }, 60_000);
});
