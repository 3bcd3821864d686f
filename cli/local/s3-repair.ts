import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const OBJECT = '._S3rver_object';
const MD5 = '._S3rver_object.md5';
const METADATA = '._S3rver_metadata.json';

/**
 * s3rver writes an object as three files: the bytes, their MD5, then the metadata. A process killed (SIGKILL)
 * in between left a zero-byte or missing metadata file, and the next start failed on it. Before s3rver
 * starts, an object whose metadata is missing or unreadable is removed (its writer never got an answer, so
 * it writes again: the inbox is swept from its folder, queued messages are resumed), an empty MD5 is dropped
 * (s3rver recomputes it) and leftovers of removed objects go. Returns one line per repair, naming the key.
 */
export function repairS3Store(root: string): string[] {
  if (!existsSync(root)) return [];
  const repairs: string[] = [];
  for (const file of filesUnder(root)) {
    const keyOf = (suffix: string) => relative(root, file.slice(0, -suffix.length)).split(sep).join('/');
    if (file.endsWith(OBJECT) && !readableJson(file.slice(0, -OBJECT.length) + METADATA)) {
      for (const part of [OBJECT, MD5, METADATA])
        rmSync(file.slice(0, -OBJECT.length) + part, { force: true });
      repairs.push(`removed the half-written object ${keyOf(OBJECT)} (it is written again by its sender)`);
    } else if (file.endsWith(MD5) && existsSync(file) && statSync(file).size === 0) {
      rmSync(file);
      repairs.push(`dropped the empty checksum of ${keyOf(MD5)} (recomputed)`);
    } else if (file.endsWith(METADATA) && !existsSync(file.slice(0, -METADATA.length) + OBJECT)) {
      rmSync(file, { force: true });
      repairs.push(`removed metadata without an object: ${keyOf(METADATA)}`);
    }
  }
  return repairs;
}

function readableJson(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}
