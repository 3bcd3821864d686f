import { Aspects, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { InfraConfig } from '../config.js';
import { ArchiveCdn } from '../constructs/archive-cdn.js';
import {
  BulletinFunction,
  type BundlingOverrides,
  HANDLER_NAMES,
  type HandlerName,
  handlerEntry,
} from '../constructs/bulletin-function.js';
import { DeliveryPipeline } from '../constructs/delivery-pipeline.js';
import { FUNCTION_SPECS, specFor } from '../constructs/function-specs.js';
import { IngestPipeline } from '../constructs/ingest-pipeline.js';
import { LogRetentionEverywhere } from '../constructs/log-retention.js';
import { Mail } from '../constructs/mail.js';
import { Monitoring } from '../constructs/monitoring.js';
import { acknowledge } from '../constructs/nag.js';
import { ORIGIN_VERIFY_HEADER } from '../constructs/origin-verify.js';
import { ReviewApi } from '../constructs/review-api.js';
import { Storage } from '../constructs/storage.js';
import { publicConcurrency, SubscriptionsApi } from '../constructs/subscriptions-api.js';
import { TopicKey } from '../constructs/topic-key.js';
import {
  type Shared,
  wireCompile,
  wireDeliver,
  wireFeedback,
  wireIngest,
  wireReview,
  wireSubscriptions,
} from './function-wiring.js';

export interface BulletinStackProps extends StackProps {
  config: InfraConfig;
  /** Where functions/handlers/ lives (tests point it at stub handlers); every function's file must exist. */
  sourceRoot?: string;
  /** Per-function bundling changes, e.g. keeping a package out of the bundle. */
  bundling?: Partial<Record<HandlerName, BundlingOverrides>>;
  /** The CloudFront web ACL from the us-east-1 edge stack (bulletin-app.ts). */
  webAclArn: string;
}

/** The main stack: storage, the three pipelines, the API, mail feedback and the archive (the web ACL is EdgeStack's). */
export class BulletinStack extends Stack {
  readonly functions: Partial<Record<HandlerName, BulletinFunction>> = {};
  private readonly monitoring: Monitoring;
  private readonly settings: BulletinStackProps;

  constructor(scope: Construct, id: string, props: BulletinStackProps) {
    super(scope, id, props);
    this.settings = props;
    const { config } = props;
    Aspects.of(this).add(
      new LogRetentionEverywhere({ days: config.logRetentionDays, retain: config.retainData }),
    );
    const topicKey = new TopicKey(this, 'TopicKey', { retain: config.retainData }).key;
    this.monitoring = new Monitoring(this, 'Monitoring', {
      alarmEmail: config.alarmEmail,
      masterKey: topicKey,
    });
    const storage = new Storage(this, 'Storage', { retainData: config.retainData });
    const ingest = new IngestPipeline(this, 'Ingest', {
      bucket: storage.bucket,
      consumerTimeout: FUNCTION_SPECS.ingest.timeout,
    });
    const delivery = new DeliveryPipeline(this, 'Delivery', {
      consumerTimeout: specFor('deliver', config.sesMaxSendRate).timeout,
    });
    this.monitoring.watchDlq('Ingest', ingest.queue.dlq);
    this.monitoring.watchDlq('Delivery', delivery.queue.dlq);

    // The archive's domain fronts the API.
    const subscriptions = this.makeFunction('subscriptions');
    const api = this.makeApi(subscriptions);
    const archive = new ArchiveCdn(this, 'Archive', {
      bucket: storage.bucket,
      domainName: config.archiveDomain,
      certificateArn: config.archiveCertificateArn,
      webAclArn: props.webAclArn,
      api: {
        domainName: api.domainName,
        verifyHeader: { name: ORIGIN_VERIFY_HEADER, value: api.originVerify.headerValue },
      },
    });
    const shared: Shared = {
      config,
      storage,
      mail: new Mail(this, 'Mail', {
        senderAddress: config.senderAddress,
        createIdentity: config.createSesIdentity,
        masterKey: topicKey,
      }),
      linkSecret: this.makeLinkSecret(),
      ingest,
      delivery,
      archive,
      monitoring: this.monitoring,
    };
    // Every function, always: a missing handler file fails the synth (handlerEntry), never drops a function.
    wireIngest(this.makeFunction('ingest'), shared);
    wireCompile(this, this.makeFunction('compile'), shared);
    wireDeliver(this.makeFunction('deliver'), shared);
    wireSubscriptions(subscriptions, shared);
    const reviewFn = this.makeFunction('review');
    wireReview(reviewFn, shared);
    new ReviewApi(this, 'Review', { api, handler: reviewFn });
    wireFeedback(this.makeFunction('feedback'), shared);
    const unwired = HANDLER_NAMES.filter((name) => !this.functions[name]);
    if (unwired.length > 0) throw new Error(`functions listed but not in the stack: ${unwired.join(', ')}`);

    this.acknowledgeStackFindings();
    new CfnOutput(this, 'BucketName', {
      value: storage.bucket.bucketName,
      description: 'Drop articles under inbox/',
    });
    new CfnOutput(this, 'ArchiveUrl', { value: archive.baseUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
  }

  private makeFunction(name: HandlerName): BulletinFunction {
    const entry = handlerEntry(name, this.settings.sourceRoot);
    const spec = specFor(name, this.settings.config.sesMaxSendRate);
    const id = `${name[0]?.toUpperCase()}${name.slice(1)}Function`;
    const fn = new BulletinFunction(this, id, {
      ...spec,
      handler: name,
      entry,
      config: this.settings.config,
      bundling: { ...spec.bundling, ...this.settings.bundling?.[name] },
    });
    acknowledge(
      fn,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime the project targets and tests (docs/deploy.md); 24 is a deliberate upgrade.',
    );
    this.monitoring.watchFunction(id.replace('Function', ''), fn);
    this.functions[name] = fn;
    return fn;
  }

  private makeApi(handler: BulletinFunction): SubscriptionsApi {
    const timeout = specFor('subscriptions', this.settings.config.sesMaxSendRate).timeout.toSeconds();
    (handler.node.defaultChild as CfnFunction).reservedConcurrentExecutions = publicConcurrency(timeout);
    return new SubscriptionsApi(this, 'Subscriptions', {
      handler,
      logRetention: this.settings.config.logRetentionDays,
      retainLogs: this.settings.config.retainData,
      originVerifyVersion: this.settings.config.originVerifyVersion,
    });
  }

  private makeLinkSecret(): Secret {
    const secret = new Secret(this, 'LinkSecret', {
      description: 'HMAC key that signs confirm/unsubscribe/preferences links in emails',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledge(
      secret,
      'AwsSolutions-SMG4',
      'Rotating the key would break the unsubscribe links in every email already sent.',
    );
    return secret;
  }

  private acknowledgeStackFindings(): void {
    acknowledge(
      this,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'The AWS-managed basic execution role only lets a function write its own CloudWatch logs.',
    );
  }
}
