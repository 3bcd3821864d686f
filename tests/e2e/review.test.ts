import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait-for.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'bulletin-e2e-review-'));
const WEEK = '2026-W47';
const EDITOR = 'editor@cooperation-bulletin.local';
const READER = 'reader@example.org';
let dev: ChildProcess;
let server = '';
let ses = '';

const cli = async (...args: string[]) =>
  (await run(process.execPath, ['bin/bulletin.mjs', ...args, '--state', dir], { timeout: 60_000 })).stdout;

interface Mail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}
const mail = async (to: string): Promise<Mail[]> =>
  ((await (await fetch(`${ses}/store`)).json()) as { emails: Mail[] }).emails.filter((m) =>
    m.destination.to.includes(to),
  );

const until = <T>(what: () => Promise<T | undefined>, ms = 30_000): Promise<T> =>
  waitFor(what, { timeoutMs: ms, intervalMs: 200 });

/** Whether the dev process's delivery queue has handled every job (its messages are kept on disk until). */
const deliveriesDone = () => {
  const kept = join(dir, 'queues', 'deliver');
  return !existsSync(kept) || readdirSync(kept).length === 0;
};

beforeAll(async () => {
  // As a user runs it: `bulletin dev` on a fresh state (it ingests examples/), then commands beside it.
  // With the OpenSSL flag given here, bin/bulletin.mjs runs dev in this child itself (no re-exec), so the
  // SIGTERM of afterAll reaches the process that owns the emulators.
  dev = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      'bin/bulletin.mjs',
      'dev',
      '--state',
      dir,
      '--port',
      '0',
      '--inbox',
      join(dir, 'inbox'),
      '--knowledge',
      join(dir, 'knowledge'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  dev.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  await until(async () => (out.includes('Press Ctrl-C') ? true : undefined), 150_000);
  const runtime = JSON.parse(readFileSync(join(dir, 'runtime.json'), 'utf8')) as {
    serverUrl: string;
    sesEndpoint: string;
  };
  server = runtime.serverUrl;
  ses = runtime.sesEndpoint;
  expect(out).toMatch(/Review: {4}http:\/\/127\.0\.0\.1:\d+\/review\?token=/);
}, 170_000);

afterAll(async () => {
  if (dev && dev.exitCode === null && dev.signalCode === null) {
    dev.kill('SIGTERM');
    await new Promise((r) => dev.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the editor review, end to end through bulletin dev and the CLI', () => {
  it('send -> review email -> correct a date and exclude an item on the page -> approve -> the reader gets it once', async () => {
    await cli('subscribers', 'add', READER, '--edition', 'en');
    expect(await cli('send', '--week', WEEK)).toMatch(/review copy emailed to 1 editor/);
    const [copy] = await until(async () => {
      const found = await mail(EDITOR);
      return found.length > 0 ? found : undefined;
    });
    expect(await mail(READER)).toEqual([]);
    const page = /http:\/\/127\.0\.0\.1:\d+\/review\?token=[\w.-]+/.exec(copy?.body.text ?? '')?.[0] ?? '';
    expect(page.startsWith(server)).toBe(true);
    const token = new URL(page).searchParams.get('token') ?? '';

    const html = await (await fetch(page)).text();
    const ids = [...html.matchAll(/name="articleId" value="([\w-]+)"/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const review = JSON.parse(await cli('review', '--week', WEEK, '--json')) as {
      items: { articles: { extracted: { id: string; eventDate: string; source: { key: string } } }[] }[];
    };
    const articles = review.items.flatMap((i) => i.articles.map((a) => a.extracted));
    const byFile = (name: string) => articles.find((a) => a.source.key.includes(name));
    const hungary = byFile('hungary');
    const microsoft = byFile('microsoft');
    if (!hungary || !microsoft) throw new Error('example articles missing');

    // The page's form, as a browser posts it (untouched fields equal the extracted values).
    const post = (fields: Record<string, string>) =>
      fetch(`${server}/review/correct?token=${token}`, {
        method: 'POST',
        body: new URLSearchParams(fields),
        redirect: 'manual',
      });
    const excluded = await post({ articleId: microsoft.id, exclude: 'on', eventDate: microsoft.eventDate });
    expect(excluded.status).toBe(303);
    expect((await post({ articleId: hungary.id, eventDate: '2026-11-20', countries: 'HU' })).status).toBe(
      303,
    );
    const printed = await cli('review', '--week', WEEK);
    expect(printed).toMatch(/corrected: date 2026-11-20/);
    expect(printed).toMatch(new RegExp(`Excluded:\\n    ${microsoft.id}`));

    const approved = await fetch(`${server}/review/approve?token=${token}`, { method: 'POST' });
    expect(approved.status).toBe(200);
    const [bulletin] = await until(async () => {
      const found = await mail(READER);
      return found.length > 0 ? found : undefined;
    });
    expect(bulletin?.body.text).toMatch(/20 November 2026/);
    expect(bulletin?.body.text).not.toMatch(/Microsoft/);

    // A second approval, from the command line, sends nothing.
    expect(await cli('approve', '--week', WEEK)).toMatch(/already approved and sent: nothing sent again/);
    // Once the week is sent and no delivery job is left in the queue, no second email can still come.
    await until(async () => {
      const week = await cli('status');
      return new RegExp(`${WEEK}\\s+sent`).test(week) && deliveriesDone() ? true : undefined;
    });
    expect(await mail(READER)).toHaveLength(1);
    expect(await cli('review', '--week', WEEK)).toMatch(/approve-refused/);

    // Attached commands reach the dev server's control paths with the token from the state folder; nothing
    // else does (16.5).
    expect(await cli('replay')).toMatch(/^replayed: /m);
    const refused = await fetch(`${server}/_local/replay`, { method: 'POST' });
    expect(refused.status).toBe(401);
  });
});
