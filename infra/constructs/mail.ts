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
import { Construct } from 'constructs';
import type { BulletinFunction } from './bulletin-function.js';

export interface MailProps {
  senderAddress: string;
  /** Create the sender's domain identity here (DKIM records then go into DNS by hand). */
  createIdentity: boolean;
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

  attachFeedback(fn: BulletinFunction): void {
    fn.addEventSource(new SnsEventSource(this.feedbackTopic));
  }
}
