#!/usr/bin/env node
// The `bulletin` command. Runs the TypeScript sources through tsx, so a fresh clone needs no build step.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Lambda runs Node 22; locally Node 20 is supported, so the SDK's notice about its 2027 releases is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The handlers' structured logs are for CloudWatch; locally the CLI prints its own lines, so only warnings show.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
// Likewise the handlers' metrics (EMF lines for CloudWatch): locally they would only clutter the output.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

// s3rver pages ListObjectsV2 with DES, which OpenSSL 3 only has in its legacy provider: the process that hosts
// the emulators needs the flag at start-up, so re-run this script with it once.
const flag = '--openssl-legacy-provider';
const hasFlag = process.execArgv.includes(flag) || (process.env.NODE_OPTIONS ?? '').includes(flag);
const needsEmulators = !['extract', 'stories', '--help', '-h', 'help', undefined].includes(process.argv[2]);
if (needsEmulators && !hasFlag) {
  // The IPC channel ties the child to this process: if this one dies (even by SIGKILL), the channel closes
  // and the child stops cleanly instead of running on as an orphan holding the ports and the state.
  const child = spawn(
    process.execPath,
    [flag, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] },
  );
  // Ctrl-C reaches the child too (same process group); a SIGTERM sent to this process alone is passed on.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await run();
}

async function run() {
  if (process.send) {
    process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    // The channel must not keep this process alive once its work is done.
    process.channel?.unref();
  }
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  const code = await main(process.argv.slice(2));
  // A failed start may leave servers listening: exit with the reason printed, never hang.
  if (code !== 0) process.exit(code);
  process.exitCode = code;
}
