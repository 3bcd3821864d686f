import { createHash } from 'node:crypto';

// The PDF standard security handler, revision 2 (RC4, 40-bit key): enough to make a PDF that a
// reader cannot open without its password, as a real protected file behaves.

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();

const PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
const md5 = (...parts: Uint8Array[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string): Buffer => Buffer.concat([latin1(pw), PAD]).subarray(0, 32);

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 255;
    j = (j + (s[i] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[n] = (data[n] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

/** Standard security handler, revision 2 (PDF 1.4 spec, algorithms 3.1-3.4). */
export function security(userPassword: string) {
  const id = md5(latin1('cooperation-bulletin-test'));
  const owner = rc4(md5(padded(`${userPassword}-owner`)).subarray(0, 5), padded(userPassword));
  const permissions = Buffer.from([0xfc, 0xff, 0xff, 0xff]); // P = -4
  const fileKey = md5(padded(userPassword), owner, permissions, id).subarray(0, 5);
  const objectKey = (num: number): Buffer =>
    md5(fileKey, Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  return {
    id,
    idHex: hex(id),
    dict: `<< /Filter /Standard /V 1 /R 2 /O <${hex(owner)}> /U <${hex(rc4(fileKey, PAD))}> /P -4 >>`,
    encrypt: (num: number, data: Buffer): Buffer => rc4(objectKey(num), data),
  };
}
