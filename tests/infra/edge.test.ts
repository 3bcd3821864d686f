import { runInNewContext } from 'node:vm';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { resourcesOfType, show, stubSourceRoot, synthTemplate } from './infra-helpers.js';

let template: Template;
beforeAll(() => {
  template = synthTemplate({ sourceRoot: stubSourceRoot() });
});

const distribution = () => {
  const d = Object.values(resourcesOfType(template, 'AWS::CloudFront::Distribution'));
  expect(d).toHaveLength(1);
  return d[0]?.Properties.DistributionConfig;
};

/** Runs the edge router exactly as CloudFront would, on a viewer request for `uri`. */
function route(uri: string): { uri?: string; statusCode?: number } {
  const fn = Object.values(resourcesOfType(template, 'AWS::CloudFront::Function'))[0];
  const code = String(fn?.Properties.FunctionCode);
  return runInNewContext(`${code}\nhandler({ request: { uri: ${JSON.stringify(uri)} } })`);
}

describe('archive distribution', () => {
  it('serves the bucket through origin access control, HTTPS only, with security headers', () => {
    const config = distribution();
    expect(config.Origins[0].S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(show(config.Origins[0].OriginAccessControlId)).toMatch(/OriginAccessControl.*\.Id$/);
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    // The managed SecurityHeadersPolicy (HSTS, nosniff, frame options, referrer policy).
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toBe('67f7725c-6f97-4210-82d7-5512b31e9d03');
    expect(config.DefaultCacheBehavior.AllowedMethods).toEqual(['GET', 'HEAD']);
  });

  it('lets CloudFront read only the archive prefixes of the bucket', () => {
    const policy = Object.entries(resourcesOfType(template, 'AWS::S3::BucketPolicy')).find(([id]) =>
      id.startsWith('StorageContentBucket'),
    )?.[1];
    const deny = policy?.Properties.PolicyDocument.Statement.find(
      (s: { Sid?: string }) => s.Sid === 'DenyCloudFrontOutsideArchive',
    );
    expect(deny).toMatchObject({
      Effect: 'Deny',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
    });
    expect(deny.NotResource.map(show).sort()).toEqual([
      'StorageContentBucket.Arn/archive/*',
      'StorageContentBucket.Arn/bulletins/*',
      'StorageContentBucket.Arn/feeds/*',
    ]);
  });

  it.each([
    ['/', '/archive/index.html'],
    ['/bulletins/2025-W10/az.html', '/bulletins/2025-W10/az.html'],
    ['/feeds/en.xml', '/feeds/en.xml'],
    ['/archive/en/', '/archive/en/index.html'],
    ['/archive/az', '/archive/az/index.html'],
    ['/archive/en/search.html', '/archive/en/search.html'],
    ['/archive/search-index.json', '/archive/search-index.json'],
  ])('the edge router passes %s on as %s', (uri, expected) => {
    expect(route(uri).uri).toBe(expected);
  });

  it.each(['/inbox/secret.pdf', '/articles/abc.json', '/rejected/x', '/bulletins/2025-W10/email/en.html'])(
    'the edge router answers 404 for %s',
    (uri) => {
      expect(route(uri)).toEqual({ statusCode: 404, statusDescription: 'Not Found' });
    },
  );

  it('forwards the subscription paths to the HTTP API without caching', () => {
    const behaviors = distribution().CacheBehaviors as {
      PathPattern: string;
      ViewerProtocolPolicy: string;
    }[];
    expect(behaviors.map((b) => b.PathPattern).sort()).toEqual([
      '/confirm*',
      '/preferences*',
      '/review*',
      '/subscribe*',
      '/unsubscribe*',
    ]);
    for (const b of behaviors) expect(b).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https' });
    const apiOrigin = distribution().Origins.find(
      (o: { CustomOriginConfig?: unknown }) => o.CustomOriginConfig,
    );
    expect(show(apiOrigin.DomainName)).toMatch(
      /^SubscriptionsApi\.execute-api\.AWS::Region\.AWS::URLSuffix$/,
    );
    expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    // The secret header the API's authorizer checks (tests/infra/public-api.test.ts).
    expect(apiOrigin.OriginCustomHeaders.map((h: { HeaderName: string }) => h.HeaderName)).toEqual([
      'x-origin-verify',
    ]);
  });

  it('uses the custom domain with TLS 1.2 when one is configured', () => {
    const custom = synthTemplate({
      sourceRoot: stubSourceRoot(),
      config: {
        archiveDomain: 'bulletin.example.az',
        archiveCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
      },
    });
    custom.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        Aliases: ['bulletin.example.az'],
        ViewerCertificate: { MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
      },
    });
    custom.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { ARCHIVE_BASE_URL: 'https://bulletin.example.az' } },
    });
  });
});

describe('subscriptions API', () => {
  it('routes GET and POST of each path to the subscriptions function, throttled and access-logged', () => {
    const routes = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey as string,
    );
    // The review routes go to the review function (tests/infra/review.test.ts).
    expect(routes.filter((k) => !k.includes('/review')).sort()).toEqual(
      ['/confirm', '/preferences', '/subscribe', '/unsubscribe']
        .flatMap((p) => [`GET ${p}`, `POST ${p}`])
        .sort(),
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
    const stage = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Stage'))[0];
    expect(show(stage?.Properties.AccessLogSettings.DestinationArn)).toMatch(
      /^SubscriptionsAccessLogs.*\.Arn$/,
    );
  });
});

describe('mail', () => {
  it('sends bounces and complaints from the configuration set to the feedback topic and function', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('^MailFeedbackTopic') } },
      },
    });
    const subs = Object.values(resourcesOfType(template, 'AWS::SNS::Subscription'));
    expect(
      subs.map((s) => [s.Properties.Protocol, show(s.Properties.Endpoint), show(s.Properties.TopicArn)]),
    ).toEqual([['lambda', 'FeedbackFunction.Arn', 'MailFeedbackTopic']]);
  });

  it('generates the link-signing secret and subscribes the alarm email when given', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    const withEmail = synthTemplate({
      sourceRoot: stubSourceRoot(),
      config: { alarmEmail: 'ops@example.az' },
    });
    withEmail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.az',
    });
  });
});

describe('feedback failures', () => {
  it('park a notification the function could not handle in a queue that raises an alarm', () => {
    const failures = Object.keys(resourcesOfType(template, 'AWS::SQS::Queue')).find((id) =>
      id.startsWith('MailFeedbackFailures'),
    );
    expect(failures).toBeDefined();
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: Match.stringLikeRegexp('^FeedbackFunction') },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [failures, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [failures, 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
  });
});
