import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFiles } from '../../cli/local/examples.js';
import { type LocalSystem, openLocalSystem } from '../../cli/local/runtime.js';
import { DynamoSourceRepository } from '../../functions/adapters/dynamo-article-repository.js';
import { S3ObjectStore } from '../../functions/adapters/s3-object-store.js';
import { makeDocumentClient, makeS3Client } from '../../functions/shared/clients.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'bulletin-e2e-'));
let output = '';
let system: LocalSystem;

beforeAll(async () => {
  // As a user runs it: the bin script, a fresh state folder, no network but 127.0.0.1.
  const result = await run(process.execPath, ['bin/bulletin.mjs', 'demo', '--state', dir], {
    timeout: 170_000,
  });
  output = result.stdout;
  // Reopen the same state: what the demo stored must survive a restart.
  system = await openLocalSystem(dir, { attach: false });
}, 180_000);

afterAll(async () => {
  await system?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bulletin demo, end to end', () => {
  it('prints a summary of articles, weeks and emails', () => {
    expect(output).toMatch(
      /Summary: \d+ files, \d+ articles, \d+ weeks, \d+ emails sent to 3 subscribers, after \d+ review copies to 1 editor,/,
    );
  });

  it('stores one SOURCE record per example and the accepted articles in the bucket', async () => {
    const sources = await new DynamoSourceRepository(
      makeDocumentClient(system.config),
      system.config.TABLE_NAME,
    ).list();
    expect(sources.map((s) => s.key.replace('inbox/', '')).sort()).toEqual(
      exampleFiles()
        .map((f) => f.split('/').pop())
        .sort(),
    );
    const ok = sources.filter((s) => s.status === 'ok');
    expect(ok.length).toBeGreaterThanOrEqual(6);
    const store = new S3ObjectStore(makeS3Client(system.config), system.config.BUCKET_NAME);
    const articleKeys = await store.list('articles/');
    expect(articleKeys.length).toBe(new Set(ok.map((s) => s.articleId)).size);
    const article = JSON.parse((await store.getText(articleKeys[0] ?? '')) ?? '{}') as {
      text: string;
      language: string;
    };
    expect(article.text.length).toBeGreaterThan(100);
    expect(['en', 'az', 'ru']).toContain(article.language);
  });

  it('sent every demo subscriber one email per week, each with HTML, text and one-click unsubscribe headers', async () => {
    const weeks = Number(/(\d+) weeks/.exec(output)?.[1]);
    expect(weeks).toBeGreaterThan(0);
    const mailDir = join(dir, 'mail');
    const all = readdirSync(mailDir).map(
      (f) =>
        JSON.parse(readFileSync(join(mailDir, f), 'utf8')) as {
          destination: { to: string[] };
          subject: string;
          body: { html?: string; text?: string };
          headers?: { name: string; value: string }[];
        },
    );
    // Each week's review copy went to the local editor before the demo approved it.
    const reviews = all.filter((e) => e.destination.to.includes('editor@cooperation-bulletin.local'));
    expect(reviews).toHaveLength(weeks);
    for (const review of reviews) expect(review.subject).toMatch(/^\[Review · Yoxlama\]/);
    const emails = all.filter((e) => !reviews.includes(e));
    expect(emails).toHaveLength(weeks * 3);
    for (const to of ['demo-az@example.org', 'demo-en@example.org', 'demo-both@example.org']) {
      expect(emails.filter((e) => e.destination.to.includes(to))).toHaveLength(weeks);
    }
    for (const email of emails) {
      expect(email.body.html).toMatch(/<html/i);
      expect(email.body.text?.length).toBeGreaterThan(100);
      const header = (name: string) => email.headers?.find((h) => h.name === name)?.value;
      expect(header('List-Unsubscribe')).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
      );
      expect(header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    }
    const az = emails.find((e) => e.destination.to.includes('demo-az@example.org'));
    expect(az?.subject).toMatch(/bülleten/);
    expect(az?.body.text).toMatch(/[əğışçöü]/);
  });

  it('published the archive index and a bulletin page per week', async () => {
    const store = new S3ObjectStore(makeS3Client(system.config), system.config.BUCKET_NAME);
    const index = await store.getText('archive/index.html');
    const weeks = [...(index ?? '').matchAll(/bulletins\/(\d{4}-W\d{2})\//g)].map((m) => m[1]);
    expect(weeks.length).toBeGreaterThan(0);
    for (const week of new Set(weeks))
      expect(await store.getText(`bulletins/${week}/both.html`)).toMatch(/<html/i);
  });
});
