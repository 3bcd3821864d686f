import { Lazy, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { OriginVerify } from './origin-verify.js';

/** The paths the subscriptions function serves, the same as the local server's (cli/local/server.ts). */
export const SUBSCRIPTION_PATHS = ['/subscribe', '/confirm', '/unsubscribe', '/preferences'] as const;

export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

/** Every route without its own limit (confirm, preferences): people clicking links in emails. */
export const DEFAULT_THROTTLE: Throttle = { rateLimit: 10, burstLimit: 20 };

/*
 * Each route has its own token bucket, so a flood of sign-ups cannot use up unsubscribe's. Sign-ups are a
 * handful a day: 2/s is far above real use and caps the confirmation emails any flood can cause. After a
 * weekly send, mail providers' one-click unsubscribes arrive in bursts: they get the most room.
 */
export const SUBSCRIBE_THROTTLE: Throttle = { rateLimit: 2, burstLimit: 5 };
export const UNSUBSCRIBE_THROTTLE: Throttle = { rateLimit: 20, burstLimit: 40 };

/** Concurrent copies that other routes (unsubscribe, confirm, preferences) always have to themselves. */
export const UNSUBSCRIBE_HEADROOM = 10;

/**
 * Reserved concurrency for the public function. A token bucket lets at most burst + rate x t sign-ups start
 * in t seconds, so even if every one ran to the function's timeout, sign-ups hold at most
 * burst + rate x timeout copies; the headroom on top is unsubscribe's, which subscribe traffic cannot reach.
 * Reserving also caps what a flood can take from the account's other functions.
 */
export function publicConcurrency(timeoutSeconds: number): number {
  return SUBSCRIBE_THROTTLE.burstLimit + SUBSCRIBE_THROTTLE.rateLimit * timeoutSeconds + UNSUBSCRIBE_HEADROOM;
}

/*
 * What the access log keeps: the route key ("GET /confirm"), never the path with its query string, where
 * the signed tokens travel (docs/reliability.md). No user agent either: it is not needed to operate this.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  time: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  route: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
} as const;

export interface SubscriptionsApiProps {
  handler: IFunction;
  logRetention: RetentionDays;
  retainLogs: boolean;
  /** The origin-verify secret's version after a rotation (config originVerifyVersion). */
  originVerifyVersion?: string;
}

/** HTTP API in front of the subscriptions function; CloudFront serves it under the archive's domain. */
export class SubscriptionsApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly originVerify: OriginVerify;
  private readonly routeThrottles: Record<string, Throttle> = {};

  constructor(scope: Construct, id: string, props: SubscriptionsApiProps) {
    super(scope, id);
    this.originVerify = new OriginVerify(this, 'OriginVerify', {
      logRetention: props.logRetention,
      retainLogs: props.retainLogs,
      versionId: props.originVerifyVersion,
    });
    this.api = new HttpApi(this, 'Api', {
      description: 'Cooperation Bulletin subscriptions',
      createDefaultStage: false,
      // Every route, the review routes too: only requests that came through CloudFront get in.
      defaultAuthorizer: this.originVerify.authorizer,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
      throttle: DEFAULT_THROTTLE,
    });
    // HttpStage has no route-level throttling yet: RouteSettings is set on the CloudFormation stage,
    // collected here so that every construct adding routes (ReviewApi too) adds to the same map.
    (this.stage.node.defaultChild as CfnStage).addPropertyOverride(
      'RouteSettings',
      Lazy.any({ produce: () => this.renderRouteThrottles() }),
    );
    const integration = new HttpLambdaIntegration('Subscriptions', props.handler);
    for (const path of SUBSCRIPTION_PATHS) {
      // GET for links clicked in emails, POST for the form and RFC 8058 one-click unsubscribe.
      const methods = [HttpMethod.GET, HttpMethod.POST];
      const routes = this.api.addRoutes({ path, methods, integration });
      const throttle =
        path === '/subscribe'
          ? SUBSCRIBE_THROTTLE
          : path === '/unsubscribe'
            ? UNSUBSCRIBE_THROTTLE
            : undefined;
      if (throttle) this.throttleRoutes(path, methods, throttle, routes);
    }
  }

  /** Gives these routes their own limits; the stage's route settings name them, so they must exist first. */
  throttleRoutes(path: string, methods: HttpMethod[], throttle: Throttle, routes: Construct[]): void {
    this.stage.node.addDependency(...routes);
    for (const method of methods) this.routeThrottles[`${method} ${path}`] = throttle;
  }

  private renderRouteThrottles() {
    const entries = Object.entries(this.routeThrottles);
    if (entries.length === 0) return undefined;
    return Object.fromEntries(
      entries.map(([key, t]) => [
        key,
        { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit },
      ]),
    );
  }

  /** The host name CloudFront uses as the origin. */
  get domainName(): string {
    return `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }
}
