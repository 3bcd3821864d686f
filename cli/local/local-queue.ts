import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { lambdaContext } from './lambda-context.js';
import { MessageFolder } from './message-folder.js';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface LocalQueueOptions {
  batchSize?: number;
  maxReceiveCount?: number;
  /** Where messages that failed maxReceiveCount times are written, one JSON file each (`bulletin replay`). */
  dlqDir: string;
  concurrency?: number;
  backoffMs?: number;
  /** Where queued messages are kept until handled, so a crash loses none (like SQS); see resume(). */
  persistDir?: string;
  /** The invocation's time limit, as the function's timeout in AWS (Context.getRemainingTimeInMillis). */
  timeoutMs?: number;
}

interface Message {
  id: string;
  body: string;
  receiveCount: number;
  sentAt: number;
}

/**
 * Stands in for an SQS queue with a Lambda event source mapping: batches messages into the exact SQSEvent
 * shape, honours partial batch failures, retries with backoff and parks poison messages in a DLQ folder.
 */
export class LocalQueue {
  private readonly pending: Message[] = [];
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private scheduled = false;
  private readonly options: Required<Omit<LocalQueueOptions, 'persistDir'>>;
  private readonly kept: MessageFolder | null;

  constructor(
    readonly name: string,
    private readonly handler: SqsHandler,
    options: LocalQueueOptions,
  ) {
    const defaults = { batchSize: 10, maxReceiveCount: 3, concurrency: 2, backoffMs: 200, timeoutMs: 60_000 };
    this.options = { ...defaults, ...options };
    this.kept = options.persistDir ? new MessageFolder(options.persistDir) : null;
  }

  send(body: string): void {
    const message = { id: randomUUID(), body, receiveCount: 0, sentAt: Date.now() };
    // Written before it is accepted: a message the caller saw sent survives a crash.
    this.kept?.write(message);
    this.pending.push(message);
    this.schedule();
  }

  /** Takes up the messages a previous run kept and never finished (after a crash or a stop). */
  resume(onCorrupt: (file: string) => void = () => undefined): number {
    const kept = this.kept?.readAll(onCorrupt) ?? [];
    this.pending.push(...kept);
    if (kept.length > 0) this.schedule();
    return kept.length;
  }

  /** Resolves once every message sent so far was handled, retried to success or parked in the DLQ. */
  drain(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private idle(): boolean {
    return this.pending.length === 0 && this.inFlight === 0 && !this.scheduled;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // A short window lets a burst of drops share batches, as an event source mapping does.
    setTimeout(() => {
      this.scheduled = false;
      this.pump();
    }, 5);
  }

  private pump(): void {
    while (this.pending.length > 0 && this.inFlight < this.options.concurrency) {
      const batch = this.pending.splice(0, this.options.batchSize);
      this.inFlight++;
      void this.invoke(batch).finally(() => {
        this.inFlight--;
        if (this.pending.length > 0) this.pump();
        if (this.idle()) for (const resolve of this.waiters.splice(0)) resolve();
      });
    }
  }

  private async invoke(batch: Message[]): Promise<void> {
    for (const m of batch) m.receiveCount++;
    let failedIds: Set<string>;
    try {
      const response = await this.handler(
        { Records: batch.map((m) => this.record(m)) },
        lambdaContext(this.name, this.options.timeoutMs),
      );
      failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      failedIds = new Set(batch.map((m) => m.id));
      process.emitWarning(
        `${this.name}: handler failed for a batch of ${batch.length}: ${(error as Error).message}`,
      );
    }
    for (const m of batch.filter((b) => !failedIds.has(b.id))) this.kept?.remove(m.id);
    for (const m of batch.filter((b) => failedIds.has(b.id))) await this.retryOrPark(m);
  }

  private async retryOrPark(message: Message): Promise<void> {
    if (message.receiveCount >= this.options.maxReceiveCount) {
      mkdirSync(this.options.dlqDir, { recursive: true });
      writeFileSync(join(this.options.dlqDir, `${message.id}.json`), JSON.stringify(message, null, 2));
      this.kept?.remove(message.id);
      return;
    }
    await new Promise((r) => setTimeout(r, this.options.backoffMs * 2 ** (message.receiveCount - 1)));
    this.pending.push(message);
  }

  private record(m: Message): SQSRecord {
    return {
      messageId: m.id,
      receiptHandle: `local-${m.id}-${m.receiveCount}`,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: 'LOCAL',
        ApproximateFirstReceiveTimestamp: String(m.sentAt),
      },
      messageAttributes: {},
      md5OfBody: createHash('md5').update(m.body).digest('hex'),
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:local:000000000000:${this.name}`,
      awsRegion: 'local',
    };
  }
}
