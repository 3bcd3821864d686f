import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import type { ReviewDeps } from '../use-cases/review-deps.js';
import { respond } from './http-io.js';
import { reviewRoute } from './review-routes.js';

/** HTTP API (payload v2) -> the editors' review routes. Unexpected errors become a plain 500 page. */
export function createReviewHandler(deps: ReviewDeps) {
  return middy(async (event: APIGatewayProxyEventV2) => {
    try {
      return await reviewRoute(deps, event);
    } catch (error) {
      logger.error('review request failed', { path: event.rawPath, error: (error as Error).name });
      return respond(500, 'Something went wrong.', 'text/plain; charset=utf-8');
    }
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: APIGatewayProxyEventV2Schema }));
}
