import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { type InfraConfig, parseInfraConfig } from '../../infra/config.js';
import { HANDLER_NAMES, type HandlerName, REPO_ROOT } from '../../infra/constructs/bulletin-function.js';
import { addBulletinStacks } from '../../infra/stacks/bulletin-app.js';
import type { BulletinStack, BulletinStackProps } from '../../infra/stacks/bulletin-stack.js';
import type { EdgeStack } from '../../infra/stacks/edge-stack.js';

export const ALL_HANDLERS: HandlerName[] = [...HANDLER_NAMES];

/** The context `cdk synth` gets from cdk.json (feature flags), so tests synthesize what operators deploy. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

/**
 * A source tree holding stub handlers: the stack's wiring is tested without bundling the real ones, and a
 * tree missing one shows that the synth refuses it.
 * It lives under node_modules/.cache because NodejsFunction wants entries inside the project root.
 */
export function stubSourceRoot(handlers: HandlerName[] = ALL_HANDLERS): string {
  // One folder per set of handlers, reused between runs so nothing piles up.
  const root = join(
    REPO_ROOT,
    'node_modules/.cache/bulletin-infra-tests',
    `src-${[...handlers].sort().join('-') || 'none'}`,
  );
  mkdirSync(join(root, 'functions/handlers'), { recursive: true });
  for (const name of handlers) {
    writeFileSync(join(root, 'functions/handlers', `${name}.ts`), 'export const handler = async () => {};\n');
  }
  return root;
}

export interface BuildOptions extends Partial<Omit<BulletinStackProps, 'config' | 'webAclArn'>> {
  config?: Partial<Record<keyof InfraConfig, unknown>>;
  /** Real esbuild bundling; off by default because it costs seconds per function. */
  bundle?: boolean;
  outdir?: string;
}

/** The app as infra/app.ts builds it: the main stack and the us-east-1 edge stack it depends on. */
export function buildStack(options: BuildOptions = {}): { app: App; stack: BulletinStack; edge: EdgeStack } {
  const context = { ...cdkJsonContext(), ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) };
  const app = new App({ context, outdir: options.outdir });
  const { config, bundle: _bundle, outdir: _outdir, ...rest } = options;
  const { main, edge } = addBulletinStacks(app, { ...rest, config: parseInfraConfig(config ?? {}) });
  return { app, stack: main, edge };
}

export function synthTemplate(options: BuildOptions = {}): Template {
  return Template.fromStack(buildStack(options).stack);
}

/** Template JSON as the tests read it: untyped CloudFormation, indexed freely. */
// biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties have no static type here.
export type CfnJson = any;

type Cfn = Template['toJSON'] extends () => infer R ? R : never;

/** CloudFormation references rendered as short readable strings: `StorageContentBucket.Arn/inbox/*`. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(show).join(',');
  const v = value as Record<string, unknown>;
  if (v['Fn::GetAtt']) {
    const [id, attr] = v['Fn::GetAtt'] as [string, string];
    return `${strip(id)}.${attr}`;
  }
  if (v.Ref) return strip(String(v.Ref));
  if (v['Fn::Join']) return (v['Fn::Join'] as [string, unknown[]])[1].map(show).join('');
  return JSON.stringify(value);
}

/** Logical ids end in an 8-hex-digit hash; tests name resources without it. */
export function strip(logicalId: string): string {
  return logicalId.replace(/[0-9A-F]{8}$/, '');
}

export interface Statement {
  effect: string;
  actions: string[];
  resources: string[];
  /** Only when the statement has one. */
  condition?: Record<string, unknown>;
}

/** Every IAM statement attached to a function's role, with references shown as readable strings. */
export function functionStatements(template: Template, functionPrefix: string): Statement[] {
  const json = template.toJSON() as Cfn & {
    Resources: Record<string, { Type: string; Properties: CfnJson }>;
  };
  const [, fn] = Object.entries(json.Resources).find(
    ([id, r]) => r.Type === 'AWS::Lambda::Function' && strip(id) === functionPrefix,
  ) ?? [undefined, undefined];
  if (!fn) throw new Error(`no function ${functionPrefix}`);
  const roleId = (fn.Properties.Role['Fn::GetAtt'] as string[])[0];
  return Object.values(json.Resources)
    .filter(
      (r) =>
        r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: { Ref: string }) => x.Ref === roleId),
    )
    .flatMap((r) => r.Properties.PolicyDocument.Statement)
    .map((s: { Effect: string; Action: string | string[]; Resource: unknown; Condition?: CfnJson }) => ({
      effect: s.Effect,
      actions: [s.Action].flat().sort(),
      resources: [s.Resource].flat().map(show).sort(),
      ...(s.Condition ? { condition: s.Condition } : {}),
    }));
}

export function resourcesOfType(template: Template, type: string): Record<string, { Properties: CfnJson }> {
  return template.findResources(type) as Record<string, { Properties: CfnJson }>;
}

/** The one resource of a type whose logical id, less its hash, is `name`. */
export function named(template: Template, type: string, name: string): { id: string; props: CfnJson } {
  const entry = Object.entries(resourcesOfType(template, type)).find(([id]) => strip(id) === name);
  if (!entry) throw new Error(`no ${type} named ${name}`);
  return { id: entry[0], props: entry[1].Properties };
}
