import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { PageLanguage } from '../domain/subscription/pages.js';

/** Reading requests and writing responses of the HTTP API (payload 2.0), the same behind API Gateway and locally. */
export interface Response {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export function respond(status: number, body: string, type = 'text/html; charset=utf-8'): Response {
  return {
    statusCode: status,
    headers: {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // No framing: the review page's buttons must not be clickable through another site's frame.
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    },
    body,
  };
}

/** The page language from the `lang` switch (query or form field); Azerbaijani by default. */
export function readerLanguage(
  event: APIGatewayProxyEventV2,
  fields: Record<string, unknown> = {},
): PageLanguage {
  const chosen = event.queryStringParameters?.lang ?? fields.lang;
  return chosen === 'en' ? 'en' : 'az';
}

/** Form or JSON bodies, base64 or not, as API Gateway hands them over. */
export function readFields(event: APIGatewayProxyEventV2): Record<string, unknown> {
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  const type = event.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export const wantsJson = (event: APIGatewayProxyEventV2) =>
  (event.headers['content-type'] ?? '').includes('application/json') ||
  (event.headers.accept ?? '').includes('application/json');
