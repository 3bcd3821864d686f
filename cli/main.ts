import { printable } from '../functions/shared/printable.js';
import { commands } from './commands/index.js';
import { UsageError } from './usage.js';

const OVERVIEW = `bulletin: the Cooperation Bulletin, locally (emulated S3, DynamoDB and SES on 127.0.0.1)

Usage: bulletin <command> [options]   (every command takes --help; state lives in --state DIR, default .bulletin/)

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  .join('\n')}
`;

/** Runs one command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  // `bulletin status | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(OVERVIEW);
    return name ? 0 : 1;
  }
  const entry = commands[name];
  if (!entry) {
    process.stderr.write(`bulletin: unknown command '${printable(name)}'\n\n${OVERVIEW}`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`bulletin ${name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`bulletin ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
