import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** The output the main stack reads (Fn::GetStackOutput) to attach the web ACL to its distribution. */
export const WEB_ACL_OUTPUT = 'WebAclArn';

/** CloudFront web ACLs can only be created in us-east-1, whatever region the rest of the service uses. */
export const EDGE_REGION = 'us-east-1';

/** Five minutes: WAF counts each client's requests over this window (60, 120, 300 or 600 s). */
export const RATE_WINDOW_SECONDS = 300;

/**
 * Per client IP, per window. Sign-ups are a handful a day: 20 leaves room for a class behind one campus
 * NAT signing up together, yet stops one client from mailing hundreds of confirmation emails an hour
 * (the per-address cooldown in the function bounds what any one inbox receives). Link pages (confirm,
 * preferences, the editors' review page) are clicked, not scripted: 100 is generous.
 * /unsubscribe has no per-client rule on purpose: RFC 8058 one-click unsubscribes arrive from a mail
 * provider's few servers, thousands right after a send, and must never be refused (docs/reliability.md).
 */
export const RATE_RULES = [
  { name: 'SubscribePerClient', paths: ['/subscribe'], limit: 20 },
  { name: 'LinksPerClient', paths: ['/confirm', '/preferences', '/review'], limit: 100 },
] as const;

const TOO_MANY = 'too-many-requests';

// Bilingual like every page the service shows; HTML so the charset is declared (WAF's text/plain has none).
const TOO_MANY_BODY =
  '<!doctype html><html lang="az"><meta charset="utf-8"><title>429</title>' +
  '<p>Çox sorğu göndərildi. Bir neçə dəqiqədən sonra yenidən cəhd edin.</p>' +
  '<p lang="en">Too many requests. Please try again in a few minutes.</p></html>';

function startsWithAny(paths: readonly string[]): CfnWebACL.StatementProperty {
  const matches = paths.map((path) => ({
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: 'STARTS_WITH',
      searchString: path,
      // Paths are matched as sent: CloudFront routes on the same raw path, so no case folding here.
      textTransformations: [{ priority: 0, type: 'NONE' }],
    },
  }));
  return matches.length === 1
    ? (matches[0] as CfnWebACL.StatementProperty)
    : { orStatement: { statements: matches } };
}

/**
 * The us-east-1 stack holding the CloudFront web ACL: per-client rate limits in front of the public API.
 * Kept apart so the main stack stays region-agnostic; `cdk deploy --all` deploys it first.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, { ...props, env: { ...props.env, region: EDGE_REGION } });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description: 'Cooperation Bulletin: per-client rate limits on the subscription and review paths',
      defaultAction: { allow: {} },
      customResponseBodies: { [TOO_MANY]: { contentType: 'TEXT_HTML', content: TOO_MANY_BODY } },
      // Metrics only: sampled requests would keep full URIs, tokens included (docs/reliability.md).
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        metricName: 'CooperationBulletinEdge',
        sampledRequestsEnabled: false,
      },
      rules: RATE_RULES.map((rule, priority) => ({
        name: rule.name,
        priority,
        statement: {
          rateBasedStatement: {
            limit: rule.limit,
            evaluationWindowSec: RATE_WINDOW_SECONDS,
            aggregateKeyType: 'IP',
            scopeDownStatement: startsWithAny(rule.paths),
          },
        },
        action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY } } },
        visibilityConfig: {
          cloudWatchMetricsEnabled: true,
          metricName: rule.name,
          sampledRequestsEnabled: false,
        },
      })),
    });
    new CfnOutput(this, WEB_ACL_OUTPUT, {
      value: this.webAcl.attrArn,
      description: 'The web ACL the archive distribution uses',
    });
  }
}
