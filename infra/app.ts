import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readInfraConfig } from './config.js';
import { BulletinStack } from './stacks/bulletin-stack.js';

const app = new App();
const config = readInfraConfig((key) => app.node.tryGetContext(key));
// Env-agnostic on purpose: synthesis makes no lookups and needs no account.
new BulletinStack(app, 'CooperationBulletin', {
  config,
  description: 'Cooperation Bulletin: article ingestion, weekly bilingual bulletin, archive and subscriptions',
});
// Every AWS Solutions finding fails the synth unless acknowledged with a reason next to its resource.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
