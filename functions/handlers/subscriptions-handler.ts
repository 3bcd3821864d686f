import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { APIGatewayProxyEventV2Schema } from '@aws-lambda-powertools/parser/schemas/api-gatewayv2';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import type { SubscriptionDeps } from '../use-cases/manage-subscription.js';
import { respond } from './http-io.js';
import { subscriptionRouter } from './subscriptions-routes.js';

/** HTTP API (payload v2) -> the subscription router (built once per instance; errors mapped in the routes). */
export function createSubscriptionsHandler(deps: () => Promise<SubscriptionDeps>) {
  let router: Promise<ReturnType<typeof subscriptionRouter>> | undefined;
  const routerOnce = () => {
    // A failed start (the link key unreadable) is tried again by the next request, not cached.
    router ??= deps()
      .then((d) => subscriptionRouter(d))
      .catch((error) => {
        router = undefined;
        throw error;
      });
    return router;
  };
  return middy(async (event: APIGatewayProxyEventV2, context: Context) => {
    try {
      return await (await routerOnce()).resolve(event, context);
    } catch (error) {
      // The router maps its own errors; this is a failed start or an event it cannot read. A page, never a trace.
      logger.error('subscription request failed', { path: event.rawPath, error: (error as Error).name });
      return respond(500, 'Something went wrong.', 'text/plain; charset=utf-8');
    }
  })
    .use(injectLambdaContext(logger))
    .use(parser({ schema: APIGatewayProxyEventV2Schema }));
}
