import { Duration } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { PUBLIC_PREFIXES } from '../../functions/shared/storage-keys.js';
import { acknowledge } from './nag.js';
import { REVIEW_PATH_PREFIX } from './review-api.js';
import { SUBSCRIPTION_PATHS } from './subscriptions-api.js';

// Runs at the edge on every request: `/` is the archive index, and nothing outside the archive prefixes
// (inbox/, articles/, rejected/, the per-subscriber email copies) is ever fetched from the bucket.
const ROUTER_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '/index.html') { request.uri = '/archive/index.html'; return request; }
  if (/^\\/archive\\/(az|en)\\/?$/.test(uri)) { request.uri = uri.replace(/\\/?$/, '/index.html'); return request; }
  if (/^\\/(bulletins|archive|feeds)\\//.test(uri) && uri.indexOf('/email/') === -1) { return request; }
  return { statusCode: 404, statusDescription: 'Not Found' };
}`;

export interface ArchiveCdnProps {
  bucket: IBucket;
  /** Custom domain and its us-east-1 certificate; without them the cloudfront.net name is used. */
  domainName?: string;
  certificateArn?: string;
  /** The subscriptions HTTP API, served under the same domain as the archive. */
  api?: ApiOrigin;
  /** The web ACL (per-client rate limits) from the us-east-1 edge stack. */
  webAclArn?: string;
}

export interface ApiOrigin {
  /** Host name of the HTTP API (its execute-api name). */
  domainName: string;
  /** The secret header CloudFront adds so the API lets the request in (OriginVerify). */
  verifyHeader: { name: string; value: string };
}

export class ArchiveCdn extends Construct {
  readonly distribution: Distribution;
  readonly baseUrl: string;

  constructor(scope: Construct, id: string, props: ArchiveCdnProps) {
    super(scope, id);
    const router = new CloudFrontFunction(this, 'Router', {
      code: FunctionCode.fromInline(ROUTER_CODE),
      runtime: FunctionRuntime.JS_2_0,
    });
    const cachePolicy = new CachePolicy(this, 'ArchiveCache', {
      // Objects carry no Cache-Control; a short default lets a new bulletin show within minutes.
      defaultTtl: Duration.minutes(5),
      maxTtl: Duration.days(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const custom = props.domainName && props.certificateArn;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Cooperation Bulletin archive',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
        functionAssociations: [{ function: router, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      priceClass: PriceClass.PRICE_CLASS_100,
      // No standard logs: they would keep every token-bearing query string (docs/reliability.md).
      enableLogging: false,
      webAclId: props.webAclArn,
      ...(custom
        ? {
            domainNames: [props.domainName as string],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn as string),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    if (props.api) this.routeApi(props.api);
    this.denyOutsideArchive(props.bucket);
    this.baseUrl = `https://${custom ? props.domainName : this.distribution.distributionDomainName}`;
    this.acknowledgeFindings(Boolean(custom));
  }

  private routeApi(api: ApiOrigin): void {
    const origin = new HttpOrigin(api.domainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      // CloudFront overwrites a viewer's header of the same name, so only CloudFront can send the value.
      customHeaders: { [api.verifyHeader.name]: api.verifyHeader.value },
    });
    for (const path of [...SUBSCRIPTION_PATHS, REVIEW_PATH_PREFIX]) {
      this.distribution.addBehavior(`${path}*`, origin, {
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        // The API Gateway host must stay the origin's own; the query string carries the signed token.
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      });
    }
  }

  /** Defence in depth behind the edge function: CloudFront's read grant stops at the archive prefixes. */
  private denyOutsideArchive(bucket: IBucket): void {
    bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'DenyCloudFrontOutsideArchive',
        effect: Effect.DENY,
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        notResources: PUBLIC_PREFIXES.map((p) => bucket.arnForObjects(`${p}*`)),
      }),
    );
  }

  private acknowledgeFindings(customDomain: boolean): void {
    const d = this.distribution;
    acknowledge(d, 'AwsSolutions-CFR1', 'A public bulletin archive meant for readers in any country.');
    acknowledge(
      d,
      'AwsSolutions-CFR3',
      'Standard logs would keep the signed tokens in query strings; CloudFront and WAF metrics and the API access log (route keys only) replace them (docs/reliability.md).',
    );
    if (!customDomain) {
      acknowledge(
        d,
        'AwsSolutions-CFR4',
        'The default cloudfront.net certificate fixes the TLS policy; with archiveDomain set, TLSv1.2_2021 is enforced.',
      );
    }
  }
}
