import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmulators } from '../../cli/local/emulators.js';

declare module 'vitest' {
  export interface ProvidedContext {
    emulators: { s3: string; dynamo: string; ses: string };
  }
}

/** One set of emulators for the integration tests, on free ports of 127.0.0.1, state in a temp folder. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-it-'));
  const emulators = await startEmulators(dir);
  project.provide('emulators', {
    s3: emulators.s3Endpoint,
    dynamo: emulators.dynamoEndpoint,
    ses: emulators.sesEndpoint,
  });
  return async () => {
    await emulators.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
