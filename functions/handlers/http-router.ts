import { Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { logger } from '../shared/logger.js';
import { printable } from '../shared/printable.js';
import { type Response, respond } from './http-io.js';

/**
 * One line of a route table. The handler gets the HTTP API (payload 2.0) event itself: the pages read form
 * bodies and the `token` query as API Gateway hands them over, the same behind API Gateway and locally.
 */
export interface RouteSpec {
  method: 'GET' | 'POST';
  path: `/${string}`;
  handler: (event: APIGatewayProxyEventV2, request: RequestStore) => Promise<Response>;
}

/** The per-request store of the Powertools router, for what an error handler needs to render its page. */
export interface RequestStore {
  set(key: string, value: unknown): void;
  get(key: string): unknown;
}

/**
 * Declares a route table on a Powertools HTTP router. Every GET also answers HEAD (the router drops nothing
 * itself, so the body is emptied here); a known path asked with another method answers 405 with an Allow
 * header; anything else is `notFound`. Errors are mapped by the caller with router.errorHandler, in one place.
 */
export function routerFor(
  routes: RouteSpec[],
  notFound: (event: APIGatewayProxyEventV2) => Response,
): Router {
  const router = new Router({ logger });
  for (const route of routes) {
    router.route(async (reqCtx) => route.handler(reqCtx.event as APIGatewayProxyEventV2, reqCtx), {
      method: route.method,
      path: route.path,
    });
    if (route.method === 'GET') {
      router.route(
        async (reqCtx) => ({
          ...(await route.handler(reqCtx.event as APIGatewayProxyEventV2, reqCtx)),
          body: '',
        }),
        { method: 'HEAD', path: route.path },
      );
    }
  }
  router.notFound(async (_error, reqCtx) => {
    const event = reqCtx.event as APIGatewayProxyEventV2;
    const path = event.rawPath.replace(/\/+$/, '') || '/';
    const methods = routes.filter((r) => r.path === path).map((r) => r.method);
    if (methods.length === 0) return notFound(event);
    const allow = [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
    const response = respond(405, 'Method not allowed.', 'text/plain; charset=utf-8');
    return { ...response, headers: { ...response.headers, allow } };
  });
  return router;
}

/**
 * Anything not mapped before is ours, not the client's: a plain 500 page, never a trace; the log gets the
 * error's name and the path (escaped: whoever sends the request writes it), never the body or the token.
 */
export function answerUnexpectedErrors(router: Router, what: string): void {
  router.errorHandler(Error, async (error, reqCtx) => {
    const event = reqCtx.event as APIGatewayProxyEventV2;
    logger.error(`${what} request failed`, { path: printable(event.rawPath), error: error.name });
    return respond(500, 'Something went wrong.', 'text/plain; charset=utf-8');
  });
}

/** Context for callers that have no Lambda context (unit tests of the routes); the routes never read it. */
export const NO_CONTEXT = {} as Context;

/** The router's answer, as API Gateway expects it from the Lambda. */
export async function resolveWith(
  router: Router,
  event: APIGatewayProxyEventV2,
  context: Context = NO_CONTEXT,
): Promise<APIGatewayProxyStructuredResultV2> {
  return router.resolve(event, context);
}
