#!/usr/bin/env node
// The `bulletin` command. Runs the TypeScript sources through tsx, so a fresh clone needs no build step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Lambda runs Node 22; locally Node 20 is supported, so the SDK's notice about its 2027 releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The handlers' structured logs are for CloudWatch; locally the CLI prints its own lines, so only warnings show.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

// s3rver pages ListObjectsV2 with DES, which OpenSSL 3 only has in its legacy provider: the process that hosts
// the emulators needs the flag at start-up, so re-run this script with it once.
const flag = '--openssl-legacy-provider';
const hasFlag = process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? '').includes(flag);
const needsEmulators = !['extract', 'stories', '--help', '-h', 'help', undefined].includes(process.argv[2]);
if (needsEmulators && !hasFlag) {
  // Ctrl-C reaches the child too (same process group); it shuts down cleanly and this parent exits after it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => undefined);
  const child = spawnSync(
    process.execPath,
    [flag, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(child.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
