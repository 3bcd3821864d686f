import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEFAULT_SENDER, type InfraConfig, InfraConfigError, readInfraConfig } from './config.js';
import { addBulletinStacks } from './stacks/bulletin-app.js';

const app = new App();

function loadConfig(): InfraConfig {
  try {
    return readInfraConfig((key) => app.node.tryGetContext(key));
  } catch (error) {
    // A wrong parameter is the operator's to fix: print the list, not a stack trace.
    if (!(error instanceof InfraConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = loadConfig();
if (config.senderAddress === DEFAULT_SENDER) {
  console.warn(
    `senderAddress is the placeholder ${DEFAULT_SENDER}: set it before deploying (docs/deploy.md).`,
  );
}
// Env-agnostic on purpose: synthesis makes no lookups and needs no account (the edge stack is pinned to
// us-east-1, where CloudFront web ACLs live).
addBulletinStacks(app, {
  config,
  description:
    'Cooperation Bulletin: article ingestion, weekly bilingual bulletin, archive and subscriptions',
});
// Every AWS Solutions finding fails the synth unless acknowledged with a reason next to its resource.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
