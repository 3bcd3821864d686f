import { type App, Fn } from 'aws-cdk-lib';
import { BulletinStack, type BulletinStackProps } from './bulletin-stack.js';
import { EDGE_REGION, EdgeStack, WEB_ACL_OUTPUT } from './edge-stack.js';

export const MAIN_STACK = 'CooperationBulletin';
export const EDGE_STACK = 'CooperationBulletinEdge';

/**
 * The service's two stacks: the edge stack in us-east-1 (the CloudFront web ACL, which AWS only accepts
 * there) and the main stack wherever the operator deploys. The main stack reads the ACL's ARN with
 * Fn::GetStackOutput, which names the region itself, so the main stack needs no fixed region and
 * `npm run synth` stays offline; the dependency makes `cdk deploy --all` deploy the edge stack first.
 */
export function addBulletinStacks(
  app: App,
  props: Omit<BulletinStackProps, 'webAclArn'>,
): { edge: EdgeStack; main: BulletinStack } {
  const edge = new EdgeStack(app, EDGE_STACK, {
    description: 'Cooperation Bulletin: CloudFront web ACL (per-client rate limits), us-east-1',
  });
  const main = new BulletinStack(app, MAIN_STACK, {
    ...props,
    webAclArn: Fn.getStackOutput(edge.stackName, WEB_ACL_OUTPUT, EDGE_REGION),
  });
  main.addStackDependency(edge, 'the distribution uses the edge stack’s web ACL');
  return { edge, main };
}
