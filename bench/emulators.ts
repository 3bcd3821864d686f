import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface EmulatorEndpoints {
  s3: string;
  dynamo: string;
  ses: string;
}

/** Starts bench/emulators-child.ts and waits for its endpoints. */
export async function startEmulatorProcess(
  stateDir: string,
): Promise<{ endpoints: EmulatorEndpoints; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'bench/emulators-child.ts', stateDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`emulators exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
  });
  return { endpoints: JSON.parse(line) as EmulatorEndpoints, child };
}

export function stopEmulatorProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
