import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { type BuildOptions, buildStack, stubSourceRoot } from './infra-helpers.js';

interface Report {
  pluginReports: {
    pluginName?: string;
    violations?: { ruleName: string; violatingResources?: unknown[] }[];
  }[];
}

/** Synthesizes with the AWS Solutions pack as `npm run synth` does and returns the findings left over. */
function unacknowledgedFindings(options: BuildOptions): string[] {
  const { app } = buildStack(options);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  // An in-memory app throws with the whole report when any error-level finding is left.
  const assembly = app.synth();
  const report = JSON.parse(
    readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'),
  ) as Report;
  return report.pluginReports.flatMap((r) =>
    (r.violations ?? []).map((v) => `${r.pluginName}: ${v.ruleName}`),
  );
}

describe('cdk-nag AWS Solutions checks', () => {
  it('leaves no finding unacknowledged with every function present and default parameters', () => {
    expect(unacknowledgedFindings({ sourceRoot: stubSourceRoot() })).toEqual([]);
  });

  it('leaves none with every optional feature switched on', () => {
    const findings = unacknowledgedFindings({
      sourceRoot: stubSourceRoot(),
      config: {
        tracing: true,
        translate: true,
        translateTerminology: 'edu-terms',
        createSesIdentity: true,
        alarmEmail: 'ops@example.az',
        retainData: false,
        archiveDomain: 'bulletin.example.az',
        archiveCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      },
    });
    expect(findings).toEqual([]);
  });

  it('still reports a real problem (the check is live, not silenced wholesale)', () => {
    const { app, stack } = buildStack({ sourceRoot: stubSourceRoot() });
    // A bucket without TLS enforcement or logging must be flagged.
    new Bucket(stack, 'Careless');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-S(1|10)/);
  });
});
