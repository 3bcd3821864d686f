import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ESM_REQUIRE_BANNER,
  handlerEntry,
  LAMBDA_ESBUILD_OPTIONS,
  REPO_ROOT,
} from '../../infra/constructs/bulletin-function.js';
import { ALL_HANDLERS, buildStack, type CfnJson, strip } from './infra-helpers.js';

// What the Lambda runtime would give the functions, plus LINK_SECRET so that loading a handler never
// reaches for Secrets Manager, and dummy credentials so the SDK never probes instance metadata.
const LAMBDA_ENV = {
  PATH: process.env.PATH ?? '',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  AWS_EC2_METADATA_DISABLED: 'true',
  BUCKET_NAME: 'bulletin-bucket',
  TABLE_NAME: 'bulletin-table',
  DELIVERY_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/123456789012/delivery',
  ARCHIVE_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
  LINK_SECRET: 'x'.repeat(64),
  POWERTOOLS_SERVICE_NAME: 'cooperation-bulletin',
  LOG_LEVEL: 'ERROR',
  NODE_OPTIONS: '--enable-source-maps',
};

/** Imports an ES module in a fresh Node process, as the Lambda runtime does, and reports its exports. */
function loadInNode(file: string, probe = 'typeof m.handler'): string {
  const script = `const m = await import(${JSON.stringify(file)}); console.log(await (${probe})); process.exit(0);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: LAMBDA_ENV,
    encoding: 'utf8',
    timeout: 60_000,
  }).trim();
}

const present = ALL_HANDLERS.filter((name) => handlerEntry(name));

describe.skipIf(present.length === 0)('bundled handlers (real esbuild bundling)', () => {
  const bundles: Record<string, string> = {};
  // Outside the project, so that a module missing from the bundle cannot be found in node_modules.
  const outdir = mkdtempSync(join(tmpdir(), 'bulletin-bundle-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  beforeAll(() => {
    const { app } = buildStack({ bundle: true, outdir });
    app.synth();
    const template = JSON.parse(readFileSync(join(outdir, 'CooperationBulletin.template.json'), 'utf8'));
    for (const [id, resource] of Object.entries<{ Type: string; Properties: CfnJson }>(template.Resources)) {
      if (resource.Type !== 'AWS::Lambda::Function' || !id.endsWith('Function', strip(id).length)) continue;
      const hash = String(resource.Properties.Code.S3Key).replace(/\.zip$/, '');
      bundles[strip(id)] = join(outdir, `asset.${hash}`);
    }
  });

  it.each(present)('%s bundles to one ESM file with a source map, and its handler loads', (name) => {
    const dir = bundles[`${name[0]?.toUpperCase()}${name.slice(1)}Function`];
    expect(dir).toBeDefined();
    const file = join(dir as string, 'index.mjs');
    expect(existsSync(`${file}.map`)).toBe(true);
    expect(readFileSync(file, 'utf8').startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    console.log(`${name}: ${(statSync(file).size / 1024).toFixed(0)} KiB`);
    // UTF-8, as LAMBDA_ESBUILD_OPTIONS builds it: Azerbaijani and Cyrillic letters are not \uXXXX escapes
    // (with escapes the ingest bundle is a quarter larger). A few escapes stay where libraries write them.
    const code = readFileSync(file, 'utf8');
    expect((code.match(/\\u[0-9a-fA-F]{4}/g) ?? []).length).toBeLessThan(5000);
    expect(loadInNode(file)).toBe('function');
  });
});

describe.skipIf(!existsSync(join(REPO_ROOT, 'functions/domain/render/mjml-document.ts')))(
  'mjml in a bundle',
  () => {
    it("renders after bundling with the functions' options (no files read from node_modules at run time)", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bulletin-mjml-'));
      const entry = join(dir, 'probe.ts');
      writeFileSync(
        entry,
        `import { mjmlToHtml } from '${join(REPO_ROOT, 'functions/domain/render/mjml-document.js')}';\n` +
          `export const render = () => mjmlToHtml('<mjml><mj-body><mj-section><mj-column><mj-text>Salam</mj-text></mj-column></mj-section></mj-body></mjml>', 'soft');\n`,
      );
      const outfile = join(dir, 'probe.mjs');
      await build({
        entryPoints: [entry],
        outfile,
        ...LAMBDA_ESBUILD_OPTIONS,
        logLevel: 'silent',
      });
      try {
        expect(loadInNode(outfile, 'm.render().then((r) => JSON.stringify(r))')).toContain('Salam');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
