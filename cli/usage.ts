import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BulletinError } from '../functions/domain/errors.js';

export class UsageError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'UsageError';
}

export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}

/** node:util parseArgs, with its errors turned into usage errors the CLI prints with the command's help. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  positionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
