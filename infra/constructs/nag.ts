import { type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag finding on a construct (and everything under it), always with a reason. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** How cdk-nag prints a Fn::GetAtt in a finding id, e.g. `<ContentBucket1234.Arn>`. */
export function nagRef(resource: CfnResource, attribute = 'Arn'): string {
  return `<${Stack.of(resource).resolve(resource.logicalId)}.${attribute}>`;
}
