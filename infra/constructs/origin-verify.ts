import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** The header CloudFront adds to every request it sends to the API (a viewer's own copy is overwritten). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/** How long API Gateway reuses the authorizer's answer for one header value. */
export const ORIGIN_VERIFY_CACHE = Duration.minutes(5);

/*
 * The authorizer, inline like the edge router: it compares the header with the secret in constant time
 * (both hashed first, so lengths match). No SDK call, so it needs no permission and answers in a millisecond.
 */
export const ORIGIN_VERIFY_CODE = `const { createHash, timingSafeEqual } = require('node:crypto');
const digest = (value) => createHash('sha256').update(String(value)).digest();
const expected = digest(process.env.ORIGIN_VERIFY_VALUE || '');
exports.handler = async (event) => {
  const sent = (event.headers || {})['${ORIGIN_VERIFY_HEADER}'];
  return { isAuthorized: Boolean(process.env.ORIGIN_VERIFY_VALUE) && typeof sent === 'string' && timingSafeEqual(digest(sent), expected) };
};`;

export interface OriginVerifyProps {
  logRetention: RetentionDays;
  retainLogs: boolean;
  /** A version of the secret to use instead of the current one: how a rotation reaches CloudFront. */
  versionId?: string;
}

/**
 * Only CloudFront may reach the HTTP API. An HTTP API cannot switch its execute-api endpoint off while
 * CloudFront uses that endpoint as its origin (that needs a custom API domain and certificate, which the
 * default deployment has not got), so CloudFront sends a secret header and every route's authorizer
 * checks it: a request straight to execute-api gets 401 (no header: API Gateway answers without calling
 * anything) or 403, and never reaches a function or the per-route throttles of real users (docs/deploy.md).
 */
export class OriginVerify extends Construct {
  readonly secret: Secret;
  readonly authorizer: HttpLambdaAuthorizer;
  readonly function: LambdaFunction;
  /** The value CloudFront puts in the header (a dynamic reference, resolved by CloudFormation). */
  readonly headerValue: string;

  constructor(scope: Construct, id: string, props: OriginVerifyProps) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Header value CloudFront adds to API requests; the API refuses requests without it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'Rotated by hand (docs/operations.md): a new value must reach CloudFront and the authorizer in one deploy.',
    );
    // Naming the version changes the reference, which makes CloudFormation resolve it again everywhere.
    this.headerValue = (
      props.versionId
        ? SecretValue.secretsManager(this.secret.secretArn, { versionId: props.versionId })
        : this.secret.secretValue
    ).unsafeUnwrap();
    const logGroup = new LogGroup(this, 'AuthorizerLogs', {
      retention: props.logRetention,
      removalPolicy: props.retainLogs ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.function = new LambdaFunction(this, 'Authorizer', {
      description: 'Lets through only requests that came through CloudFront (origin-verify header)',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      handler: 'index.handler',
      code: Code.fromInline(ORIGIN_VERIFY_CODE),
      memorySize: 128,
      timeout: Duration.seconds(3),
      logGroup,
      // A CloudFormation dynamic reference: the value is resolved at deploy time, never in the template.
      environment: { ORIGIN_VERIFY_VALUE: this.headerValue },
    });
    acknowledge(
      this.function,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the project targets and tests (docs/deploy.md); 24 is a deliberate upgrade.',
    );
    this.authorizer = new HttpLambdaAuthorizer('OriginVerify', this.function, {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: [`$request.header.${ORIGIN_VERIFY_HEADER}`],
      resultsCacheTtl: ORIGIN_VERIFY_CACHE,
    });
  }
}
