import { CfnResource, type IAspect, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { CfnFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnLogGroup, LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';

export interface LogRetentionProps {
  days: number;
  retain: boolean;
}

/**
 * Log retention on every function and log group of a stack, including those CDK adds by itself (the S3
 * notifications handler, custom-resource providers): without it their logs would be kept forever. A
 * function with no log group of its own gets one, named in its LoggingConfig, so the group exists with its
 * retention before the function first runs (nothing is left for Lambda to create without one).
 */
export class LogRetentionEverywhere implements IAspect {
  constructor(private readonly props: LogRetentionProps) {}

  visit(node: IConstruct): void {
    if (node instanceof CfnLogGroup) {
      node.retentionInDays = this.props.days;
      return;
    }
    if (!(node instanceof CfnResource) || node.cfnResourceType !== 'AWS::Lambda::Function') return;
    if (hasOwnLogGroup(node)) return;
    // Beside the function, in the construct that made it (e.g. BucketNotificationsHandler…/Logs).
    const scope = node.node.scope ?? Stack.of(node);
    if (scope.node.tryFindChild('Logs')) return;
    const logGroup = new LogGroup(scope, 'Logs', {
      retention: this.props.days as RetentionDays,
      removalPolicy: this.props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    node.addPropertyOverride('LoggingConfig.LogGroup', logGroup.logGroupName);
  }
}

function hasOwnLogGroup(node: CfnResource): boolean {
  if (node instanceof CfnFunction) {
    const config = Stack.of(node).resolve(node.loggingConfig) as { logGroup?: unknown } | undefined;
    if (config?.logGroup) return true;
    // A lambda.Function without a logGroup prop: CDK adds /aws/lambda/<name> next to it (visited above).
    const parent = node.node.scope;
    return parent instanceof LambdaFunction && parent.node.tryFindChild('LogGroup') !== undefined;
  }
  // CDK's own providers (CfnResource of this type) never name a log group.
  return false;
}
