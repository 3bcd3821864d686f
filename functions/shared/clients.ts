import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config.js';
import { SERVICE_NAME } from './service.js';

/**
 * Every SDK call becomes an X-Ray subsegment (service, operation, latency, error) when the function runs
 * with active tracing. Outside Lambda (tests, `bulletin dev`) and with POWERTOOLS_TRACE_ENABLED=false the
 * tracer is off and hands the clients back untouched: no daemon, no segments, no cost.
 */
export const tracer = new Tracer({ serviceName: SERVICE_NAME });

/**
 * SDK clients with endpoints from config. In AWS no endpoint is set and the default credential chain applies;
 * locally the emulators accept any static credentials.
 */
function local(endpoint: string | undefined) {
  if (!endpoint) return {};
  return { endpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
}

export function makeS3Client(config: Config): S3Client {
  const client = new S3Client({
    region: config.AWS_REGION,
    ...local(config.S3_ENDPOINT),
    forcePathStyle: Boolean(config.S3_ENDPOINT),
    // s3rver stores aws-chunked framing verbatim when the SDK adds flexible checksums (on by default since 3.729).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return tracer.captureAWSv3Client(client);
}

export function makeDocumentClient(config: Config): DynamoDBDocumentClient {
  const client = tracer.captureAWSv3Client(
    new DynamoDBClient({ region: config.AWS_REGION, ...local(config.DYNAMODB_ENDPOINT) }),
  );
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

export function makeSesClient(config: Config): SESv2Client {
  return tracer.captureAWSv3Client(
    new SESv2Client({ region: config.AWS_REGION, ...local(config.SES_ENDPOINT) }),
  );
}

export function makeSqsClient(config: Config): SQSClient {
  return tracer.captureAWSv3Client(
    new SQSClient({ region: config.AWS_REGION, ...local(config.SQS_ENDPOINT) }),
  );
}
