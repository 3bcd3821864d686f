import { defineConfig } from 'vitest/config';

// Four levels, all run by `npm test`: unit (pure domain), integration (handlers against the embedded
// emulators), infra (CDK Template + cdk-nag), e2e (the CLI as a user runs it).
export default defineConfig({
  test: {
    // Lambda runs Node 22; the SDK's notice about Node 20 support in 2027 is noise in local test output.
    // Handler logs are asserted where they matter (log-hygiene); elsewhere only warnings show.
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'WARN',
      // Metrics are EMF lines on stdout: asserted where they matter (tests/integration/metrics.test.ts).
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
    // Coverage of functions/** (the code that runs in Lambda). On in CI (.ci/run sets CI=true and runs
    // `npm test`), so a change that drops below the floor fails the build; `npm run test:coverage` locally.
    // Only code loaded in the vitest workers is measured: the e2e tests run the CLI as child processes,
    // whose coverage v8 does not see here. The floor sits a little below the figures measured with the
    // unit, integration and infra projects (docs/testing.md has the command and the figures); raise it
    // when coverage grows, never lower it to let a change in.
    coverage: {
      enabled: process.env.CI === 'true',
      provider: 'v8',
      include: ['functions/**/*.ts'],
      exclude: ['functions/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { statements: 94, branches: 85, functions: 96, lines: 96 },
    },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/emulators-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // s3rver pages ListObjectsV2 with DES, which OpenSSL 3 only has in its legacy provider.
          execArgv: ['--openssl-legacy-provider'],
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // Headless Debian chromium through playwright-core (.ci/apt-packages installs it in CI).
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // After the other projects: the e2e tests run whole systems (a SIGKILL test sends 2,000 emails), and
          // on 2 shared cores that load made the few bounds other tests keep against blow-ups fail.
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 200_000,
          execArgv: ['--openssl-legacy-provider'],
        },
      },
    ],
  },
});
