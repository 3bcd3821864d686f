import type { z } from 'zod';
import { BulletinError } from '../domain/errors.js';

/**
 * A DynamoDB item or S3 object that does not have the shape the code expects (written by hand, by an older
 * version without an upgrade on read, or damaged). Permanent: reading it again gives the same item. The
 * message names where it lives and which fields are wrong, never the values (they may hold addresses).
 */
export class StoredDataError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'StoredDataError';
  constructor(
    /** "table item SUBSCRIBER#<id> / SUBSCRIBER" or "S3 object articles/<id>.json". */
    readonly where: string,
    readonly problems: string,
  ) {
    super(`malformed ${where}: ${problems}`);
  }
}

const describeIssues = (error: z.ZodError) =>
  error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');

/** Parses what storage handed back; a mismatch is a StoredDataError naming the item, never a silent cast. */
export function parseStored<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new StoredDataError(where, describeIssues(result.error));
  return result.data;
}

/** The same for JSON text (an S3 object); text that is not JSON at all is malformed too. */
export function parseStoredJson<S extends z.ZodType>(
  schema: S,
  text: string,
  where: string,
  upgrade: (value: unknown) => unknown = (value) => value,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StoredDataError(where, `not JSON (${(error as Error).message})`);
  }
  return parseStored(schema, upgrade(value), where);
}

export const tableItem = (item: Record<string, unknown>) =>
  `table item ${String(item.pk)} / ${String(item.sk)}`;
export const s3Object = (key: string) => `S3 object ${key}`;
