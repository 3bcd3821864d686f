import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { startEmulators } from '../../cli/local/emulators.js';
import { LocalQueue } from '../../cli/local/local-queue.js';
import { capturedEmails } from '../../cli/local/mailbox.js';
import { ProvisionError, provision } from '../../cli/local/provision.js';
import { localEnv } from '../../cli/local/runtime.js';
import { makeS3Client, makeSesClient } from '../../functions/shared/clients.js';
import { parseConfig } from '../../functions/shared/config.js';
import { tempDir } from '../helpers/temp-dir.js';

const fresh = () => tempDir('bulletin-restart-');

async function system(dir: string) {
  const emulators = await startEmulators(dir);
  const env = { s3: emulators.s3Endpoint, dynamo: emulators.dynamoEndpoint, ses: emulators.sesEndpoint };
  const config = parseConfig(localEnv(dir, env, 0));
  await provision(config);
  return { emulators, config };
}

describe('the local system survives a crash like AWS does', () => {
  it('a queued message outlives the process that queued it and is handled after the restart', async () => {
    const dir = fresh();
    const persistDir = join(dir, 'queues', 'q');
    // The first "process" dies while handling: its handler never answers.
    const dying = new LocalQueue('q', () => new Promise(() => undefined), {
      dlqDir: join(dir, 'dlq'),
      persistDir,
    });
    dying.send('one');
    dying.send('two');
    writeFileSync(join(persistDir, 'torn.json.tmp'), '{"id":"x","bo');
    const handled: string[] = [];
    const restarted = new LocalQueue(
      'q',
      async (event) => {
        handled.push(...event.Records.map((r) => r.body));
        return { batchItemFailures: [] };
      },
      { dlqDir: join(dir, 'dlq'), persistDir },
    );
    expect(restarted.resume()).toBe(2);
    await restarted.drain();
    expect(handled.sort()).toEqual(['one', 'two']);
    expect(readdirSync(persistDir)).toEqual([]);
  });

  it('captured mail is kept across restarts of the local SES', async () => {
    const dir = fresh();
    const first = await system(dir);
    const ses = makeSesClient(first.config);
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'bulletin@test.local',
        Destination: { ToAddresses: ['reader@example.org'] },
        Content: { Simple: { Subject: { Data: 'Bülleten' }, Body: { Text: { Data: 'Salam' } } } },
      }),
    );
    await first.emulators.stop();
    // Twice: loading the mail at start must not empty the file for the start after.
    for (let restart = 0; restart < 2; restart++) {
      const again = await system(dir);
      const mail = await capturedEmails(again.config.SES_ENDPOINT ?? '');
      expect(mail.map((m) => m.subject)).toEqual(['Bülleten']);
      await again.emulators.stop();
    }
  });

  it('an object cut short by a crash is removed at start, with a message, and the store works', async () => {
    const dir = fresh();
    const first = await system(dir);
    const s3 = makeS3Client(first.config);
    const put = (Key: string) =>
      s3.send(new PutObjectCommand({ Bucket: first.config.BUCKET_NAME, Key, Body: 'x' }));
    await put('inbox/kept.txt');
    await put('inbox/torn.txt');
    await first.emulators.stop();
    const bucketDir = join(dir, 's3', first.config.BUCKET_NAME, 'inbox');
    writeFileSync(join(bucketDir, 'torn.txt._S3rver_metadata.json'), '');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => void warnings.push(line);
    const second = await system(dir).finally(() => {
      console.warn = warn;
    });
    expect(warnings).toEqual([expect.stringMatching(/removed the half-written object .*inbox\/torn\.txt/)]);
    const listed = await makeS3Client(second.config).send(
      new ListObjectsV2Command({ Bucket: second.config.BUCKET_NAME, Prefix: 'inbox/' }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['inbox/kept.txt']);
    await second.emulators.stop();
  });

  it('provisioning creates only on "not found": a failing emulator is reported, not re-created', async () => {
    const broken = createServer((_req, res) => res.writeHead(500).end());
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
    const config = parseConfig(localEnv(fresh(), { s3: url, dynamo: url, ses: url }, 0));
    await expect(provision(config)).rejects.toThrow(ProvisionError);
    await expect(provision(config)).rejects.toThrow(
      /local bucket could not be checked or created: .*HTTP 500/,
    );
    broken.close();
  });
});
