import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** The services that publish to our topics: SES (bounces, complaints) and CloudWatch (alarms). */
export const TOPIC_PUBLISHERS = ['ses.amazonaws.com', 'cloudwatch.amazonaws.com'] as const;

export interface TopicKeyProps {
  retain: boolean;
}

/**
 * A customer managed key for the SNS topics: SES feedback carries subscribers' addresses, and the alarm
 * topic's subscription is an operator's address. An AWS managed key would not do: its policy cannot
 * let SES or CloudWatch encrypt with it, so their messages would be dropped.
 */
export class TopicKey extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string, props: TopicKeyProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Cooperation Bulletin: encrypts the SNS topics (SES feedback, alarms)',
      enableKeyRotation: true,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // As AWS documents it for SES event destinations and CloudWatch alarm actions: the two data-key
    // actions SNS needs on the publisher's behalf. The topics' own policies say who may publish.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'PublishersEncryptTopicMessages',
        principals: TOPIC_PUBLISHERS.map((service) => new ServicePrincipal(service)),
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
      }),
    );
  }
}
