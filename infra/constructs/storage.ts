import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { REJECTED_PREFIX } from '../../functions/shared/storage-keys.js';

export const WEEK_INDEX = 'byWeek';

export interface StorageProps {
  retainData: boolean;
}

/** The content bucket (drops, articles, bulletins, archive), its access-log bucket, and the table. */
export class Storage extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const removalPolicy = props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.logBucket = new Bucket(this, 'LogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs (now off) needed ACLs. Kept: a deployment from before still has
      // CloudFront's log-delivery grant in the bucket ACL, and S3 refuses "enforced" while it is there.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(365) }],
      removalPolicy,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging its own access would log the logging.',
    });

    this.bucket = new Bucket(this, 'ContentBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'content-bucket/',
      lifecycleRules: [
        // A refused file is kept long enough for staff to see why and drop a fixed copy.
        { id: 'expire-rejected', prefix: REJECTED_PREFIX, expiration: Duration.days(90) },
        // Versioning protects against overwrites and deletes; old versions need not live forever.
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'abort-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy,
    });

    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      timeToLiveAttribute: 'expiresAt',
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      globalSecondaryIndexes: [
        {
          indexName: WEEK_INDEX,
          partitionKey: { name: 'weekPk', type: AttributeType.STRING },
          sortKey: { name: 'weekSk', type: AttributeType.STRING },
        },
      ],
      removalPolicy,
    });
  }
}
