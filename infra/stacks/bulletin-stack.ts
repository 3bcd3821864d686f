import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { InfraConfig } from '../config.js';
import { ArchiveCdn } from '../constructs/archive-cdn.js';
import { bindBucket, bindDeliveryQueue, bindLinkSecret, bindMail, bindTable, bindTranslate } from '../constructs/bind.js';
import { BulletinFunction, type BundlingOverrides, type HandlerName, handlerEntry } from '../constructs/bulletin-function.js';
import { DELIVERY_CONCURRENCY, DeliveryPipeline } from '../constructs/delivery-pipeline.js';
import { FUNCTION_SPECS } from '../constructs/function-specs.js';
import { IngestPipeline } from '../constructs/ingest-pipeline.js';
import { Mail } from '../constructs/mail.js';
import { Monitoring } from '../constructs/monitoring.js';
import { acknowledge } from '../constructs/nag.js';
import { Storage } from '../constructs/storage.js';
import { SubscriptionsApi } from '../constructs/subscriptions-api.js';
import { WeeklySchedule } from '../constructs/weekly-schedule.js';

export interface BulletinStackProps extends StackProps {
  config: InfraConfig;
  /** Where functions/handlers/ lives; a function is deployed only once its handler file exists. */
  sourceRoot?: string;
  /** Per-function bundling changes, e.g. keeping a package out of the bundle. */
  bundling?: Partial<Record<HandlerName, BundlingOverrides>>;
}

/** The whole service in one stack: storage, the three pipelines, the API, mail feedback and the archive. */
export class BulletinStack extends Stack {
  readonly functions: Partial<Record<HandlerName, BulletinFunction>> = {};
  private readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, private readonly props: BulletinStackProps) {
    super(scope, id, props);
    const { config } = props;
    const storage = new Storage(this, 'Storage', { retainData: config.retainData });
    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmail: config.alarmEmail });
    const mail = new Mail(this, 'Mail', { senderAddress: config.senderAddress, createIdentity: config.createSesIdentity });
    const linkSecret = new Secret(this, 'LinkSecret', {
      description: 'HMAC key that signs confirm/unsubscribe/preferences links in emails',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledge(linkSecret, 'AwsSolutions-SMG4', 'Rotating the key would break the unsubscribe links in every email already sent.');

    const ingest = new IngestPipeline(this, 'Ingest', { bucket: storage.bucket, consumerTimeout: FUNCTION_SPECS.ingest.timeout });
    const delivery = new DeliveryPipeline(this, 'Delivery', { consumerTimeout: FUNCTION_SPECS.deliver.timeout });
    this.monitoring.watchDlq('Ingest', ingest.queue.dlq);
    this.monitoring.watchDlq('Delivery', delivery.queue.dlq);

    const subscriptions = this.makeFunction('subscriptions');
    const api = subscriptions
      ? new SubscriptionsApi(this, 'Subscriptions', {
          handler: subscriptions,
          logRetention: config.logRetentionDays,
          retainLogs: config.retainData,
        })
      : undefined;
    const archive = new ArchiveCdn(this, 'Archive', {
      bucket: storage.bucket,
      logBucket: storage.logBucket,
      domainName: config.archiveDomain,
      certificateArn: config.archiveCertificateArn,
      apiDomainName: api?.domainName,
    });
    const mailFor = (maxSendRate: number) => ({
      senderAddress: config.senderAddress,
      configurationSet: mail.configurationSet,
      maxSendRate,
    });

    const ingestFn = this.makeFunction('ingest');
    if (ingestFn) {
      bindBucket(ingestFn, storage.bucket, { read: ['inbox/'], write: ['articles/', 'rejected/'] });
      bindTable(ingestFn, storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
      ingest.attach(ingestFn);
    }

    const compileFn = this.makeFunction('compile');
    if (compileFn) {
      bindBucket(compileFn, storage.bucket, { read: ['articles/', 'bulletins/'], write: ['bulletins/', 'archive/', 'feeds/'] });
      bindTable(compileFn, storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
      bindDeliveryQueue(compileFn, delivery.queue.queue);
      compileFn.addEnvironment('ARCHIVE_BASE_URL', archive.baseUrl);
      if (config.translate) bindTranslate(compileFn, config.translateTerminology);
      const weekly = new WeeklySchedule(this, 'Weekly', {
        expression: config.scheduleExpression,
        timeZone: config.scheduleTimeZone,
        target: compileFn,
      });
      this.monitoring.watchDlq('Schedule', weekly.dlq);
    }

    const deliverFn = this.makeFunction('deliver');
    if (deliverFn) {
      bindBucket(deliverFn, storage.bucket, { read: ['bulletins/'] });
      bindTable(deliverFn, storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
      // Each concurrent copy paces itself, so the account's rate is shared out between them.
      bindMail(deliverFn, mailFor(config.sesMaxSendRate / DELIVERY_CONCURRENCY));
      bindLinkSecret(deliverFn, linkSecret);
      deliverFn.addEnvironment('ARCHIVE_BASE_URL', archive.baseUrl);
      delivery.attach(deliverFn);
    }

    if (subscriptions) {
      // The shared config requires a bucket name; this function gets no S3 permission.
      bindBucket(subscriptions, storage.bucket, {});
      bindTable(subscriptions, storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query']);
      bindMail(subscriptions, mailFor(config.sesMaxSendRate));
      bindLinkSecret(subscriptions, linkSecret);
      subscriptions.addEnvironment('ARCHIVE_BASE_URL', archive.baseUrl);
    }

    const feedbackFn = this.makeFunction('feedback');
    if (feedbackFn) {
      bindBucket(feedbackFn, storage.bucket, {});
      bindTable(feedbackFn, storage.table, ['GetItem', 'PutItem', 'UpdateItem', 'Query']);
      mail.attachFeedback(feedbackFn);
    }

    this.acknowledgeStackFindings();
    new CfnOutput(this, 'BucketName', { value: storage.bucket.bucketName, description: 'Drop articles under inbox/' });
    new CfnOutput(this, 'ArchiveUrl', { value: archive.baseUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
  }

  private makeFunction(name: HandlerName): BulletinFunction | undefined {
    const entry = handlerEntry(name, this.props.sourceRoot);
    if (!entry) return undefined;
    const spec = FUNCTION_SPECS[name];
    const id = `${name[0]?.toUpperCase()}${name.slice(1)}Function`;
    const fn = new BulletinFunction(this, id, {
      ...spec,
      handler: name,
      entry,
      config: this.props.config,
      bundling: { ...spec.bundling, ...this.props.bundling?.[name] },
    });
    acknowledge(fn, 'AwsSolutions-L1', 'Node.js 22 is the runtime the project targets and tests (docs/deploy.md); 24 is a deliberate upgrade.');
    this.monitoring.watchFunction(id.replace('Function', ''), fn);
    this.functions[name] = fn;
    return fn;
  }

  private acknowledgeStackFindings(): void {
    acknowledge(
      this,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'The AWS-managed basic execution role only lets a function write its own CloudWatch logs.',
    );
  }
}
