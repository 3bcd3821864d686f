import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';
import { BulletinError } from '../../functions/domain/errors.js';
import { SERVICE_NAME } from '../../functions/shared/service.js';
import type { InfraConfig } from '../config.js';
import { acknowledge } from './nag.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every function of the stack, listed here once; each has its entry file functions/handlers/<name>.ts. */
export const HANDLER_NAMES = ['ingest', 'compile', 'deliver', 'subscriptions', 'review', 'feedback'] as const;
export type HandlerName = (typeof HANDLER_NAMES)[number];

export class MissingHandlerError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'MissingHandlerError';
}

/** The handler's entry file; a missing one stops the synth (a function never silently drops out of the stack). */
export function handlerEntry(name: HandlerName, root = REPO_ROOT): string {
  const entry = resolve(root, 'functions/handlers', `${name}.ts`);
  if (!existsSync(entry))
    throw new MissingHandlerError(`the ${name} function has no entry file: ${entry} is missing`);
  return entry;
}

/**
 * ESM output needs `require` for the CommonJS dependencies esbuild inlines (they call require('node:fs')
 * and the like); the alias keeps the import from clashing with names in the bundle.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __bulletinCreateRequire } from 'node:module'; const require = __bulletinCreateRequire(import.meta.url);";

/**
 * The same settings in esbuild's own API, for the benchmark and the bundle test that build a handler
 * outside CDK and must measure what Lambda gets.
 */
export const LAMBDA_ESBUILD_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  mainFields: ['module', 'main'],
  minify: true,
  // The knowledge base's Azerbaijani and Cyrillic names stay UTF-8 instead of \uXXXX escapes (a third of the size).
  charset: 'utf8',
  banner: { js: ESM_REQUIRE_BANNER },
};

/** What a function may change in the shared bundling: mostly which packages stay out of the bundle. */
export type BundlingOverrides = Pick<
  BundlingOptions,
  'nodeModules' | 'externalModules' | 'loader' | 'define' | 'commandHooks'
>;

export interface BulletinFunctionProps {
  handler: HandlerName;
  entry: string;
  description: string;
  timeout: Duration;
  memorySize: number;
  config: InfraConfig;
  bundling?: BundlingOverrides;
}

/** A NodejsFunction with the project's defaults: Node 22 on ARM, ESM bundle, JSON logs kept N days. */
export class BulletinFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: BulletinFunctionProps) {
    const { config } = props;
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: config.logRetentionDays,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout,
      memorySize: props.memorySize,
      logGroup,
      tracing: config.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      depsLockFilePath: resolve(REPO_ROOT, 'package-lock.json'),
      projectRoot: REPO_ROOT,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        // Powertools Tracer wraps the SDK clients (functions/shared/clients.ts) only when X-Ray is on.
        POWERTOOLS_TRACE_ENABLED: String(config.tracing),
        LOG_LEVEL: config.logLevel,
        TIME_ZONE: config.scheduleTimeZone,
        // Stack traces point into the TypeScript sources instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        charset: Charset.UTF8,
        // This aws-cdk-lib builds esbuild's command line without the charset option above, so it is passed
        // again here: without it the knowledge base ships as \uXXXX escapes (ingest 1,253 KiB instead of 1,018).
        esbuildArgs: { '--charset': 'utf8' },
        sourceMap: true,
        sourcesContent: false,
        banner: ESM_REQUIRE_BANNER,
        // The SDK is bundled at the versions the project pins rather than taken from the runtime.
        externalModules: [],
        ...props.bundling,
      },
    });
    if (config.tracing) {
      acknowledge(
        this,
        'AwsSolutions-IAM5[Resource::*]',
        'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
      );
    }
  }
}
