import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SnsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { BulletinFunction } from './bulletin-function.js';
import { acknowledge } from './nag.js';

export interface MailProps {
  senderAddress: string;
  /** Create the sender's domain identity here (DKIM records then go into DNS by hand). */
  createIdentity: boolean;
  /** Encrypts the feedback topic: bounce and complaint notifications carry subscribers' addresses. */
  masterKey?: IKey;
}

/** SES v2 configuration set whose bounces and complaints reach the feedback function through SNS. */
export class Mail extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly feedbackTopic: Topic;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      // The account-level list keeps working alongside our own suppression records.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.feedbackTopic = new Topic(this, 'FeedbackTopic', {
      displayName: 'Cooperation Bulletin SES feedback',
      enforceSSL: true,
      masterKey: props.masterKey,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    if (props.createIdentity) {
      const domain = props.senderAddress.split('@')[1] ?? props.senderAddress;
      new EmailIdentity(this, 'Identity', {
        identity: Identity.domain(domain),
        configurationSet: this.configurationSet,
      });
    }
  }

  /**
   * SNS invokes the function asynchronously: after Lambda's retries a failed notification lands in the
   * returned queue, because a lost bounce means mailing a dead address again and hurting our reputation.
   */
  attachFeedback(fn: BulletinFunction): Queue {
    const failed = new Queue(this, 'FeedbackFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(failed, 'AwsSolutions-SQS3', "This queue is the feedback function's on-failure destination.");
    fn.configureAsyncInvoke({ onFailure: new SqsDestination(failed), retryAttempts: 2 });
    fn.addEventSource(new SnsEventSource(this.feedbackTopic));
    return failed;
  }
}
