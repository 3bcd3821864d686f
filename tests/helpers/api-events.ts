import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An HTTP API (payload 2.0) event for a path like "/confirm?token=..." with an optional form body. */
export function apiEvent(
  method: string,
  pathAndQuery: string,
  form?: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const url = new URL(pathAndQuery, 'http://127.0.0.1');
  const query = Object.fromEntries(url.searchParams);
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.searchParams.toString(),
    headers: { ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...headers },
    queryStringParameters: Object.keys(query).length ? query : undefined,
    requestContext: {
      accountId: '1',
      apiId: 'test',
      domainName: 'test',
      domainPrefix: 'test',
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
  return event;
}
