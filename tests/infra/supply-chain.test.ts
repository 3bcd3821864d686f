import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// What the repository itself promises (docs/reliability.md, "Security"): no credentials committed, and the
// dependency overrides that keep known high-severity advisories out of the installed tree stay in force.
// `npm audit` needs the registry's audit endpoint; this guard needs only the lockfile, so it runs anywhere.

const root = new URL('../../', import.meta.url);

interface LockEntry {
  version?: string;
  name?: string;
  resolved?: string;
}
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
/** Every installed copy of a package: [path in node_modules, entry]. An aliased copy counts under its real name. */
const copiesOf = (name: string) =>
  Object.entries(lock.packages).filter(
    ([path, entry]) => path.endsWith(`node_modules/${name}`) || entry.name === name,
  );

/** Plain x.y.z comparison: enough for the release versions a lockfile pins. */
const atLeast = (version: string, min: string) => {
  const [a, b] = [version, min].map((v) => v.split(/[.-]/).slice(0, 3).map(Number)) as [number[], number[]];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

describe('dependency tree (package-lock.json)', () => {
  it('has no dicer: busboy 0.3 crashes on a crafted multipart header (GHSA-wm7h-9275-46v2, no fix)', () => {
    expect(copiesOf('dicer')).toEqual([]);
  });

  it('gives s3rver the maintained busboy fork at a version past its own crash advisories', () => {
    const copies = copiesOf('busboy');
    expect(copies.length).toBeGreaterThan(0);
    for (const [, entry] of copies) {
      expect(entry.name).toBe('@fastify/busboy');
      expect(atLeast(entry.version ?? '0', '3.2.6')).toBe(true);
    }
  });

  it('has only nodemailer 10.0.13 or later (address parsing fixes that 9.x never got)', () => {
    const copies = copiesOf('nodemailer');
    expect(copies.length).toBeGreaterThan(0);
    for (const [, entry] of copies) expect(atLeast(entry.version ?? '0', '10.0.13')).toBe(true);
  });

  it('resolves every package from the public npm registry', () => {
    const foreign = Object.entries(lock.packages)
      .filter(
        ([path, entry]) =>
          path !== '' && entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/'),
      )
      .map(([path]) => path);
    expect(foreign).toEqual([]);
  });
});

/**
 * Shapes of real credentials, each with a made-up sample that must match it. The samples are built at run
 * time so that this file holds no credential-shaped string; the emulators' placeholder keys ('local',
 * 'S3RVER', 'test') match none of the shapes.
 */
const SECRET_SHAPES: Array<{ what: string; shape: RegExp; sample: string }> = [
  { what: 'AWS access key id', shape: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, sample: `AKIA${'Q'.repeat(16)}` },
  {
    what: 'AWS secret access key',
    shape: /aws_?secret_?access_?key["'\s:=]+[A-Za-z0-9/+]{40}\b/i,
    sample: `aws_secret_access_key = ${'a1B2'.repeat(10)}`,
  },
  {
    what: 'private key',
    shape: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/,
    sample: `-----BEGIN ${'RSA '}PRIVATE KEY-----`,
  },
  { what: 'GitHub token', shape: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, sample: `ghp_${'x'.repeat(36)}` },
  { what: 'Slack token', shape: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, sample: `xoxb-${'1'.repeat(12)}` },
  { what: 'npm token', shape: /\bnpm_[A-Za-z0-9]{36}\b/, sample: `npm_${'Z'.repeat(36)}` },
];

describe('repository contents', () => {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);

  it('commits no credentials in any tracked file', () => {
    expect(tracked.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of tracked) {
      let text: string;
      try {
        text = readFileSync(new URL(file, root), 'latin1');
      } catch {
        continue; // deleted in the work tree but not yet committed
      }
      for (const { what, shape } of SECRET_SHAPES) if (shape.test(text)) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it('recognises each credential shape it scans for', () => {
    for (const { what, shape, sample } of SECRET_SHAPES) expect(shape.test(sample), what).toBe(true);
  });

  it('keeps local state, where the link-signing key lives, out of git', () => {
    const ignored = execFileSync('git', ['check-ignore', '.bulletin/link-secret'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ignored.trim()).toBe('.bulletin/link-secret');
  });
});
