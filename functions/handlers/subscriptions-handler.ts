import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import type { SubscriptionDeps } from '../use-cases/manage-subscription.js';
import { route } from './subscriptions-routes.js';

/** HTTP API (payload v2) -> the subscription routes. Unexpected errors become a plain 500 page, never a trace. */
export function createSubscriptionsHandler(deps: () => Promise<SubscriptionDeps>) {
  return middy(async (event: APIGatewayProxyEventV2) => {
    try {
      return await route(await deps(), event);
    } catch (error) {
      logger.error('subscription request failed', { path: event.rawPath, error: (error as Error).name });
      return {
        statusCode: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Something went wrong.',
      };
    }
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: APIGatewayProxyEventV2Schema }));
}
