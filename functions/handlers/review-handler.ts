import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import type { ReviewDeps } from '../use-cases/review-deps.js';
import { reviewRouter } from './review-routes.js';

/** HTTP API (payload v2) -> the editors' review router (errors are mapped to pages in the routes). */
export function createReviewHandler(deps: ReviewDeps) {
  const router = reviewRouter(deps);
  return middy(async (event: APIGatewayProxyEventV2, context: Context) => router.resolve(event, context))
    .use(injectLambdaContext(logger))
    .use(parser({ schema: APIGatewayProxyEventV2Schema }));
}
