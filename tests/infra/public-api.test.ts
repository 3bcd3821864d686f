import * as crypto from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_SPECS } from '../../infra/constructs/function-specs.js';
import { ORIGIN_VERIFY_CODE, ORIGIN_VERIFY_HEADER } from '../../infra/constructs/origin-verify.js';
import {
  ACCESS_LOG_FIELDS,
  DEFAULT_THROTTLE,
  publicConcurrency,
  SUBSCRIBE_THROTTLE,
  UNSUBSCRIBE_HEADROOM,
  UNSUBSCRIBE_THROTTLE,
} from '../../infra/constructs/subscriptions-api.js';
import { EDGE_STACK } from '../../infra/stacks/bulletin-app.js';
import { RATE_RULES, RATE_WINDOW_SECONDS, WEB_ACL_OUTPUT } from '../../infra/stacks/edge-stack.js';
import { buildStack, type CfnJson, named, resourcesOfType, stubSourceRoot } from './infra-helpers.js';

let main: Template;
let edge: Template;
let edgeRegion: string;
let dependsOnEdge: boolean;
beforeAll(() => {
  const built = buildStack({ sourceRoot: stubSourceRoot() });
  main = Template.fromStack(built.stack);
  edge = Template.fromStack(built.edge);
  edgeRegion = built.edge.region;
  dependsOnEdge = built.stack.dependencies.includes(built.edge);
});

const distribution = () =>
  Object.values(resourcesOfType(main, 'AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;
const webAcl = () => Object.values(resourcesOfType(edge, 'AWS::WAFv2::WebACL'))[0]?.Properties;

/** Whether a WAF statement made of STARTS_WITH byte matches on the URI path (and ORs of them) matches. */
function matches(statement: CfnJson, path: string): boolean {
  if (statement.OrStatement) return statement.OrStatement.Statements.some((s: CfnJson) => matches(s, path));
  const byte = statement.ByteMatchStatement;
  expect(byte.FieldToMatch).toEqual({ UriPath: {} });
  expect(byte.PositionalConstraint).toBe('STARTS_WITH');
  return path.startsWith(byte.SearchString);
}

/** The rate rules whose scope covers a request path (WAF's URI path never includes the query string). */
function rulesFor(path: string): { Name: string; limit: number }[] {
  return webAcl()
    .Rules.filter((r: CfnJson) => matches(r.Statement.RateBasedStatement.ScopeDownStatement, path))
    .map((r: CfnJson) => ({ Name: r.Name, limit: r.Statement.RateBasedStatement.Limit }));
}

describe('per-client rate limits (WAF on the distribution)', () => {
  it('lives in a us-east-1 stack the main stack depends on, and the distribution uses its web ACL', () => {
    expect(edgeRegion).toBe('us-east-1');
    expect(webAcl().Scope).toBe('CLOUDFRONT');
    expect(dependsOnEdge).toBe(true);
    expect(edge.toJSON().Outputs[WEB_ACL_OUTPUT].Value).toEqual({ 'Fn::GetAtt': ['WebAcl', 'Arn'] });
    expect(distribution().WebACLId).toEqual({
      'Fn::GetStackOutput': { StackName: EDGE_STACK, OutputName: WEB_ACL_OUTPUT, Region: 'us-east-1' },
    });
  });

  it('counts each client IP over five minutes and answers 429 past the limit', () => {
    const rules = webAcl().Rules as CfnJson[];
    expect(rules.map((r) => r.Name)).toEqual(RATE_RULES.map((r) => r.name));
    for (const rule of rules) {
      expect(rule.Statement.RateBasedStatement).toMatchObject({
        AggregateKeyType: 'IP',
        EvaluationWindowSec: RATE_WINDOW_SECONDS,
      });
      expect(rule.Action.Block.CustomResponse.ResponseCode).toBe(429);
    }
    const body = Object.values(webAcl().CustomResponseBodies as Record<string, { Content: string }>)[0];
    // Bilingual, UTF-8 declared: the Azerbaijani letters arrive intact.
    expect(body?.Content).toContain('<meta charset="utf-8">');
    expect(body?.Content).toContain('Çox sorğu');
  });

  it.each([
    ['/subscribe', 'SubscribePerClient'],
    ['/confirm', 'LinksPerClient'],
    ['/preferences', 'LinksPerClient'],
    ['/review/approve', 'LinksPerClient'],
  ])('limits %s with %s', (path, rule) => {
    expect(rulesFor(path).map((r) => r.Name)).toEqual([rule]);
  });

  it('leaves one-click unsubscribe and the archive pages to the route throttles and the CDN cache', () => {
    // A mail provider's few servers send thousands of RFC 8058 unsubscribes right after a send.
    expect(rulesFor('/unsubscribe')).toEqual([]);
    expect(rulesFor('/archive/index.html')).toEqual([]);
    expect(rulesFor('/bulletins/2025-W10/az.html')).toEqual([]);
  });

  it('sign-ups get the tightest per-client limit', () => {
    const [subscribe] = rulesFor('/subscribe');
    for (const path of ['/confirm', '/preferences', '/review']) {
      expect(rulesFor(path)[0]?.limit).toBeGreaterThan(subscribe?.limit ?? Number.POSITIVE_INFINITY);
    }
  });
});

describe('only CloudFront reaches the API (origin-verify header)', () => {
  /** Runs the authorizer's inline code as Lambda would, with the secret in its environment. */
  async function authorize(secret: string, headers: Record<string, string> | undefined): Promise<boolean> {
    const module = { exports: {} as { handler?: (e: unknown) => Promise<{ isAuthorized: boolean }> } };
    runInNewContext(ORIGIN_VERIFY_CODE, {
      require: (name: string) => (name === 'node:crypto' ? crypto : undefined),
      process: { env: { ORIGIN_VERIFY_VALUE: secret } },
      module,
      exports: module.exports,
    });
    const result = await module.exports.handler?.({ headers });
    return result?.isAuthorized === true;
  }

  it('puts every route, the review routes too, behind the authorizer keyed on the header', () => {
    const routes = Object.values(resourcesOfType(main, 'AWS::ApiGatewayV2::Route'));
    expect(routes.length).toBeGreaterThan(0);
    const authorizers = resourcesOfType(main, 'AWS::ApiGatewayV2::Authorizer');
    expect(Object.keys(authorizers)).toHaveLength(1);
    const [authorizerId, authorizer] = Object.entries(authorizers)[0] as [string, { Properties: CfnJson }];
    for (const route of routes) {
      expect(route.Properties).toMatchObject({
        AuthorizationType: 'CUSTOM',
        AuthorizerId: { Ref: authorizerId },
      });
    }
    // Without the header API Gateway answers 401 itself: a direct request costs no invocation.
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'REQUEST',
      EnableSimpleResponses: true,
      IdentitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
    });
  });

  it('gives CloudFront and the authorizer the same generated secret, resolved only at deploy time', () => {
    const origin = distribution().Origins.find((o: CfnJson) => o.CustomOriginConfig);
    const header = origin.OriginCustomHeaders.find((h: CfnJson) => h.HeaderName === ORIGIN_VERIFY_HEADER);
    const fn = named(main, 'AWS::Lambda::Function', 'SubscriptionsOriginVerifyAuthorizer');
    expect(fn.props.Environment.Variables.ORIGIN_VERIFY_VALUE).toEqual(header.HeaderValue);
    expect(JSON.stringify(header.HeaderValue)).toMatch(
      /\{\{resolve:secretsmanager:.*SubscriptionsOriginVerifySecret/,
    );
  });

  it('after a rotation, names the new version in both places so CloudFormation resolves it again', () => {
    const version = 'a1b2c3d4-e5f6-47a8-9b0c-d1e2f3a4b5c6';
    const rotated = Template.fromStack(
      buildStack({ sourceRoot: stubSourceRoot(), config: { originVerifyVersion: version } }).stack,
    );
    const origin = Object.values(
      resourcesOfType(rotated, 'AWS::CloudFront::Distribution'),
    )[0]?.Properties.DistributionConfig.Origins.find((o: CfnJson) => o.CustomOriginConfig);
    const header = origin.OriginCustomHeaders[0].HeaderValue;
    const fn = named(rotated, 'AWS::Lambda::Function', 'SubscriptionsOriginVerifyAuthorizer');
    expect(fn.props.Environment.Variables.ORIGIN_VERIFY_VALUE).toEqual(header);
    expect(JSON.stringify(header)).toContain(`:SecretString:::${version}}}`);
  });

  it('lets a request with the secret through and refuses a wrong, missing or empty one', async () => {
    const secret = 'Zx9kP2mQ7rT4vW8yB3nC6fH1jL5sD0gA';
    expect(await authorize(secret, { [ORIGIN_VERIFY_HEADER]: secret })).toBe(true);
    expect(await authorize(secret, { [ORIGIN_VERIFY_HEADER]: `${secret}x` })).toBe(false);
    expect(await authorize(secret, { [ORIGIN_VERIFY_HEADER]: secret.slice(0, 10) })).toBe(false);
    expect(await authorize(secret, { 'x-other': secret })).toBe(false);
    expect(await authorize(secret, undefined)).toBe(false);
    // A deployment whose secret did not resolve must not let an empty header through.
    expect(await authorize('', { [ORIGIN_VERIFY_HEADER]: '' })).toBe(false);
  });
});

describe('unsubscribe is never starved by subscribe traffic', () => {
  const stage = () => Object.values(resourcesOfType(main, 'AWS::ApiGatewayV2::Stage'))[0]?.Properties;
  const limits = (t: { rateLimit: number; burstLimit: number }) => ({
    ThrottlingRateLimit: t.rateLimit,
    ThrottlingBurstLimit: t.burstLimit,
  });

  it('gives subscribe and unsubscribe routes token buckets of their own, subscribe the smaller', () => {
    const settings = stage()?.RouteSettings;
    for (const method of ['GET', 'POST']) {
      expect(settings[`${method} /subscribe`]).toEqual(limits(SUBSCRIBE_THROTTLE));
      expect(settings[`${method} /unsubscribe`]).toEqual(limits(UNSUBSCRIBE_THROTTLE));
    }
    expect(stage()?.DefaultRouteSettings).toEqual(limits(DEFAULT_THROTTLE));
    expect(SUBSCRIBE_THROTTLE.rateLimit).toBeLessThan(UNSUBSCRIBE_THROTTLE.rateLimit);
    expect(SUBSCRIBE_THROTTLE.burstLimit).toBeLessThan(UNSUBSCRIBE_THROTTLE.burstLimit);
  });

  it('reserves enough concurrency that sign-ups running to their timeout still leave unsubscribe its share', () => {
    const fn = named(main, 'AWS::Lambda::Function', 'SubscriptionsFunction');
    const timeout = fn.props.Timeout as number;
    expect(timeout).toBe(FUNCTION_SPECS.subscriptions.timeout.toSeconds());
    const reserved = fn.props.ReservedConcurrentExecutions as number;
    expect(reserved).toBe(publicConcurrency(timeout));
    // A token bucket admits at most burst + rate x t requests in t seconds: the most sign-ups that can
    // be running at once if each takes the whole timeout.
    const signUpsAtOnce = SUBSCRIBE_THROTTLE.burstLimit + SUBSCRIBE_THROTTLE.rateLimit * timeout;
    expect(reserved - signUpsAtOnce).toBeGreaterThanOrEqual(UNSUBSCRIBE_HEADROOM);
    expect(UNSUBSCRIBE_HEADROOM).toBeGreaterThan(0);
  });
});

describe('tokens are not kept in access logs', () => {
  it('the distribution keeps no standard logs (they would record every query string)', () => {
    expect(distribution().Logging).toBeUndefined();
  });

  it('the API access log records the route key, never the path or query string', () => {
    const format = Object.values(resourcesOfType(main, 'AWS::ApiGatewayV2::Stage'))[0]?.Properties
      .AccessLogSettings.Format as string;
    const fields = JSON.parse(format) as Record<string, string>;
    expect(fields).toEqual(ACCESS_LOG_FIELDS);
    expect(fields.route).toBe('$context.routeKey');
    for (const variable of Object.values(fields)) {
      expect(variable).not.toMatch(/path|query|querystring|resourcePath|request\.url/i);
    }
  });

  it('WAF keeps metrics but no sampled requests (they show whole URIs)', () => {
    expect(webAcl().VisibilityConfig.SampledRequestsEnabled).toBe(false);
    for (const rule of webAcl().Rules) expect(rule.VisibilityConfig.SampledRequestsEnabled).toBe(false);
  });
});
