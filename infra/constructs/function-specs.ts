import { Duration } from 'aws-cdk-lib';
import { deliveryLimits } from '../../functions/shared/delivery-limits.js';
import { type BundlingOverrides, type HandlerName, REPO_ROOT } from './bulletin-function.js';
import { shipNodeModules } from './ship-node-modules.js';

const SHIPPED_BESIDE_INGEST = ['zod', 'pdfjs-dist', 'mammoth', '@aws-lambda-powertools/tracer'];

export interface FunctionSpec {
  description: string;
  timeout: Duration;
  memorySize: number;
  bundling?: BundlingOverrides;
}

/*
 * Timeouts and memory, with the reason for each. Lambda gives CPU in proportion to memory, so the
 * CPU-bound functions get more than their heap needs.
 */
export const FUNCTION_SPECS: Record<HandlerName, FunctionSpec> = {
  ingest: {
    description: 'Normalizes a dropped article and stores its metadata',
    // A batch of up to 10 files; a 20 MB PDF or Word file takes seconds to extract, ~50 ms for plain text.
    timeout: Duration.seconds(90),
    // Country/name tables and franc's trigrams plus one file in memory; 1 GB also buys a faster CPU.
    memorySize: 1024,
    // pdf.js and mammoth are imported lazily for .pdf and .docx only, and most of zod is error messages in 60
    // languages: all three ship beside the bundle, keeping it under 1 MiB and plain-text cold starts fast.
    // Powertools Tracer and the X-Ray SDK under it (~130 KiB minified) ship beside it too (docs/architecture.md).
    bundling: {
      externalModules: [...SHIPPED_BESIDE_INGEST, '@napi-rs/canvas'],
      commandHooks: shipNodeModules(SHIPPED_BESIDE_INGEST, REPO_ROOT),
    },
  },
  compile: {
    description: 'Compiles the weekly bulletin, publishes the archive and queues deliveries',
    // Once a week: a week of articles, three editions rendered with mjml, archive and feeds, one
    // SendMessageBatch per 10 jobs of 50 subscribers. Minutes at most; the limit leaves room for translation calls.
    timeout: Duration.minutes(10),
    memorySize: 1024,
  },
  deliver: {
    description: 'Sends one bulletin email per delivery job through SES',
    // One batch of jobs at the per-copy SES rate, plus overhead: derived in delivery-limits.ts from the
    // deployed rate (specFor); this is the value at the default rate.
    timeout: Duration.seconds(deliveryLimits().timeoutSeconds),
    // I/O bound: the bulletin HTML is read once per container and reused.
    memorySize: 512,
  },
  subscriptions: {
    description: 'Subscribe, confirm, unsubscribe and preferences over HTTP',
    // Behind API Gateway, whose integration timeout is 30 s; a request is one or two DynamoDB calls.
    timeout: Duration.seconds(10),
    memorySize: 512,
  },
  review: {
    description: "Editors' review page: corrections, test sends, approve and send",
    // Behind API Gateway (30 s): a correction recompiles one week's draft (three editions), seconds at most.
    timeout: Duration.seconds(29),
    // The same CPU as compile, which does the same work.
    memorySize: 1024,
  },
  feedback: {
    description: 'Suppresses addresses that bounced or complained',
    // One SNS notification is one or two DynamoDB writes.
    timeout: Duration.seconds(30),
    memorySize: 256,
  },
};

/** A function's spec for a deployment: the deliver timeout follows the configured SES rate. */
export function specFor(name: HandlerName, sesMaxSendRate: number): FunctionSpec {
  const spec = FUNCTION_SPECS[name];
  if (name !== 'deliver') return spec;
  return { ...spec, timeout: Duration.seconds(deliveryLimits(sesMaxSendRate).timeoutSeconds) };
}
