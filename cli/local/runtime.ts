import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { makeReviewDeps } from '../../functions/composition/compile.js';
import type { CompileEvent } from '../../functions/handlers/compile-handler.js';
import type { DeliveryJob, DeliveryQueue } from '../../functions/ports/queue.js';
import { type Config, parseConfig } from '../../functions/shared/config.js';
import {
  deliveryLimits,
  JOBS_PER_BATCH,
  LEASE_CLOCK_MARGIN_MS,
} from '../../functions/shared/delivery-limits.js';
import { INBOX_PREFIX } from '../../functions/shared/storage-keys.js';
import type { ReviewDeps } from '../../functions/use-cases/review-deps.js';
import { localControlHeaders } from './control-token.js';
import { type Emulators, startEmulators } from './emulators.js';
import { lambdaContext } from './lambda-context.js';
import { LocalQueue, type SqsHandler } from './local-queue.js';
import { provision } from './provision.js';
import { forwardInboxEvents } from './s3-notifications.js';
import { localSecret, type RuntimeInfo, readRuntime } from './state.js';

export const DEFAULT_PORT = 8787;
export const LOCAL_EDITOR = 'editor@cooperation-bulletin.local';
const NAME = 'cooperation-bulletin-local';

/**
 * The local system: the same handlers and adapters as in AWS, pointed at emulators on 127.0.0.1. The owner
 * runs the emulators and the queues; a command started while `bulletin dev` runs attaches to its services.
 */
export interface LocalSystem {
  config: Config;
  stateDir: string;
  /** Set when this process runs the emulators (not attached to a running `bulletin dev`). */
  owned: { emulators: Emulators; ingest: LocalQueue; delivery: LocalQueue } | null;
  attachedTo: RuntimeInfo | null;
  compile(event: Partial<CompileEvent>): Promise<unknown>;
  /** The review flow's ports (corrections, audit trail, mail), delivering through this system's queue. */
  review: ReviewDeps;
  /** Waits until every queued ingest and delivery message has been handled. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function localEnv(
  stateDir: string,
  endpoints: { s3: string; dynamo: string; ses: string },
  port: number,
) {
  return {
    BUCKET_NAME: NAME,
    TABLE_NAME: NAME,
    AWS_REGION: 'eu-central-1',
    S3_ENDPOINT: endpoints.s3,
    DYNAMODB_ENDPOINT: endpoints.dynamo,
    SES_ENDPOINT: endpoints.ses,
    ARCHIVE_BASE_URL: `http://127.0.0.1:${port}`,
    SENDER_ADDRESS: 'bulletin@cooperation-bulletin.local',
    SES_MAX_SEND_RATE: '1000',
    LINK_SECRET: localSecret(stateDir),
    // Review copies land in the local mail viewer; EDITOR_ADDRESSES in the environment names others.
    EDITOR_ADDRESSES: process.env.EDITOR_ADDRESSES ?? LOCAL_EDITOR,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  };
}

export async function openLocalSystem(stateDir: string, options: { port?: number; attach?: boolean } = {}) {
  const running = options.attach === false ? null : readRuntime(stateDir);
  if (running) return attach(stateDir, running);
  return own(stateDir, options.port ?? DEFAULT_PORT);
}

async function own(stateDir: string, port: number): Promise<LocalSystem> {
  const emulators = await startEmulators(stateDir);
  const env = localEnv(
    stateDir,
    { s3: emulators.s3Endpoint, dynamo: emulators.dynamoEndpoint, ses: emulators.sesEndpoint },
    port,
  );
  // The handlers read their configuration from the environment, exactly as in Lambda.
  Object.assign(process.env, env);
  const config = parseConfig(process.env);
  await provision(config);
  const { ingest, delivery } = await localQueues(stateDir, config);
  forwardInboxEvents(emulators.s3, {
    bucket: config.BUCKET_NAME,
    prefix: INBOX_PREFIX,
    region: config.AWS_REGION,
    send: (b) => ingest.send(b),
  });
  const queue: DeliveryQueue = {
    enqueue: async (jobs) => {
      for (const job of jobs) delivery.send(JSON.stringify(job));
    },
  };
  return {
    config,
    stateDir,
    owned: { emulators, ingest, delivery },
    attachedTo: null,
    compile: (event) => invokeCompile(config, queue, event),
    review: makeReviewDeps(config, queue),
    async settle() {
      await ingest.drain();
      await delivery.drain();
    },
    stop: () => emulators.stop(),
  };
}

function attach(stateDir: string, running: RuntimeInfo): LocalSystem {
  const port = Number(new URL(running.serverUrl).port);
  const env = localEnv(
    stateDir,
    { s3: running.s3Endpoint, dynamo: running.dynamoEndpoint, ses: running.sesEndpoint },
    port,
  );
  Object.assign(process.env, env);
  const config = parseConfig(process.env);
  // Deliveries must run in the dev process, which owns the delivery queue: hand the jobs over to it.
  const queue: DeliveryQueue = { enqueue: (jobs) => postJobs(stateDir, running.serverUrl, jobs) };
  return {
    config,
    stateDir,
    owned: null,
    attachedTo: running,
    compile: (event) => invokeCompile(config, queue, event),
    review: makeReviewDeps(config, queue),
    settle: async () => undefined,
    stop: async () => undefined,
  };
}

/**
 * The ingest and delivery queues, kept on disk under .bulletin/queues/ (like SQS, a crash loses no message)
 * and resumed at once. The deliver handler hands a job's rest back to its own queue, with the timeout the
 * stack gives it in AWS.
 */
async function localQueues(stateDir: string, config: Config) {
  const { handler: ingestHandler } = await import('../../functions/handlers/ingest.js');
  const { createDeliverHandler } = await import('../../functions/handlers/deliver-handler.js');
  const { makeDeliverDeps } = await import('../../functions/composition/deliver.js');
  const queueOptions = (name: string) => ({
    dlqDir: join(stateDir, 'dlq', name),
    persistDir: join(stateDir, 'queues', name),
  });
  const ingest = new LocalQueue('ingest', ingestHandler as SqsHandler, queueOptions('ingest'));
  const toDelivery: DeliveryQueue = {
    enqueue: async (jobs) => {
      for (const job of jobs) delivery.send(JSON.stringify(job));
    },
  };
  const deps = Promise.resolve(makeDeliverDeps(config, localSecret(stateDir), toDelivery));
  const timeoutMs = deliveryLimits(config.SES_MAX_SEND_RATE).timeoutSeconds * 1000;
  const delivery: LocalQueue = new LocalQueue('deliver', createDeliverHandler(() => deps) as SqsHandler, {
    ...queueOptions('deliver'),
    batchSize: JOBS_PER_BATCH,
    timeoutMs,
    // As the visibility timeout in AWS: a failed job comes back once every claim it met has surely expired.
    backoffMs: timeoutMs + LEASE_CLOCK_MARGIN_MS,
    maxReceiveCount: 5,
  });
  const corrupt = (file: string) => process.emitWarning(`unreadable queued message moved aside: ${file}`);
  ingest.resume(corrupt);
  delivery.resume(corrupt);
  return { ingest, delivery };
}

async function postJobs(stateDir: string, serverUrl: string, jobs: DeliveryJob[]): Promise<void> {
  const response = await fetch(`${serverUrl}/_local/deliveries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...localControlHeaders(stateDir) },
    body: JSON.stringify(jobs),
  });
  if (!response.ok)
    throw new Error(`the running dev system refused the delivery jobs: HTTP ${response.status}`);
}

async function invokeCompile(config: Config, queue: DeliveryQueue, event: Partial<CompileEvent>) {
  const { createCompileHandler } = await import('../../functions/handlers/compile-handler.js');
  const handler = createCompileHandler(makeReviewDeps(config, queue), config.TIME_ZONE);
  return handler(event as CompileEvent, lambdaContext('compile'));
}

export type { SQSEvent };
