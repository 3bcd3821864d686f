import type S3rver from 's3rver';
import { keyTooLongForEmulator } from './key-limits.js';

interface KoaContext {
  method: string;
  path: string;
  status: number;
  type: string;
  body: unknown;
}
type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

/**
 * Put in front of s3rver's own middleware: a key too long for its file store is answered with S3's
 * KeyTooLongError instead of reaching the file system (where it failed, broke listings or crashed the process).
 * Paths are path-style: /<bucket>/<key>.
 */
export function guardKeyLengths(s3: S3rver): void {
  const guard: Middleware = async (ctx, next) => {
    const [, , ...rest] = ctx.path.split('/');
    let key = '';
    try {
      key = decodeURIComponent(rest.join('/'));
    } catch {
      key = rest.join('/');
    }
    const problem = key ? keyTooLongForEmulator(key) : null;
    if (!problem) return next();
    ctx.status = 400;
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>KeyTooLongError</Code>' +
      `<Message>Your key is too long for the local S3 emulator: ${problem}</Message></Error>`;
  };
  (s3 as unknown as { middleware: Middleware[] }).middleware.unshift(guard);
}
