import { RemovalPolicy } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** The paths the subscriptions function serves, the same as the local server's (cli/local/server.ts). */
export const SUBSCRIPTION_PATHS = ['/subscribe', '/confirm', '/unsubscribe', '/preferences'] as const;

export interface SubscriptionsApiProps {
  handler: IFunction;
  logRetention: RetentionDays;
  retainLogs: boolean;
}

/** HTTP API in front of the subscriptions function; CloudFront serves it under the archive's domain. */
export class SubscriptionsApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: SubscriptionsApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'Cooperation Bulletin subscriptions',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      // A public form: the limits keep a flood of sign-ups from turning into a flood of confirmation emails.
      throttle: { rateLimit: 10, burstLimit: 20 },
    });
    const integration = new HttpLambdaIntegration('Subscriptions', props.handler);
    for (const path of SUBSCRIPTION_PATHS) {
      // GET for links clicked in emails, POST for the form and RFC 8058 one-click unsubscribe.
      this.api.addRoutes({ path, methods: [HttpMethod.GET, HttpMethod.POST], integration });
    }
    acknowledge(
      this.api,
      'AwsSolutions-APIG4',
      'Public by design: anyone may subscribe (double opt-in); confirm/unsubscribe/preferences carry an HMAC-signed token checked by the function.',
    );
  }

  /** The host name CloudFront uses as the origin. */
  get domainName(): string {
    return `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }
}
