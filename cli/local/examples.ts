import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

/** The sample articles shipped in examples/ (every file but the README). */
export function exampleFiles(dir = EXAMPLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => !/^readme/i.test(name) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}
