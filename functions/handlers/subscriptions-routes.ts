import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { InvalidTokenError } from '../domain/subscription/link-token.js';
import {
  editionChoice,
  form,
  type PageLanguage,
  page,
  pageWords,
  paragraph,
  subscribeFormHtml,
} from '../domain/subscription/pages.js';
import { editionSchema } from '../domain/subscription/subscriber.js';
import { subscriberLanguage } from '../use-cases/confirmation-email.js';
import {
  confirm,
  InvalidSubscriptionError,
  readPreferences,
  readUnsubscribe,
  type SubscriptionDeps,
  subscribe,
  unsubscribe,
  updatePreferences,
} from '../use-cases/manage-subscription.js';
import { type Response, readerLanguage, readFields, respond, wantsJson } from './http-io.js';

const subscribeSchema = z.object({
  email: z.string().min(3).max(254),
  edition: editionSchema.default('both'),
  // An empty optional field arrives as "" from a form: no name.
  name: z
    .string()
    .max(100)
    .optional()
    .transform((name) => name?.trim() || undefined),
});

async function postSubscribe(deps: SubscriptionDeps, event: APIGatewayProxyEventV2): Promise<Response> {
  const fields = readFields(event);
  const parsed = subscribeSchema.safeParse(fields);
  const language = readerLanguage(event, fields);
  const w = pageWords(language);
  try {
    if (!parsed.success) throw new InvalidSubscriptionError('bad input');
    await subscribe(deps, parsed.data);
  } catch (error) {
    if (!(error instanceof InvalidSubscriptionError)) throw error;
    if (wantsJson(event))
      return respond(400, JSON.stringify({ error: 'invalid email or edition' }), 'application/json');
    return respond(400, page(language, w.title, paragraph(w.badRequest) + subscribeFormHtml(language)));
  }
  // The same answer whether or not the address was known: the endpoint does not reveal who subscribes.
  if (wantsJson(event)) return respond(202, JSON.stringify({ status: 'pending' }), 'application/json');
  return respond(202, page(language, w.title, paragraph(w.checkMail)));
}

async function withToken(
  event: APIGatewayProxyEventV2,
  action: (token: string) => Promise<Response>,
): Promise<Response> {
  const token = event.queryStringParameters?.token ?? '';
  try {
    return await action(token);
  } catch (error) {
    if (!(error instanceof InvalidTokenError)) throw error;
    const w = pageWords(readerLanguage(event));
    return respond(400, page(readerLanguage(event), w.title, paragraph(w.invalid)));
  }
}

/** Routes of the subscription API: the same paths behind API Gateway and on the `bulletin dev` server. */
export async function route(deps: SubscriptionDeps, event: APIGatewayProxyEventV2): Promise<Response> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.replace(/\/+$/, '') || '/';
  const self = `${path}?token=${encodeURIComponent(event.queryStringParameters?.token ?? '')}`;
  if (path === '/subscribe' && method === 'POST') return postSubscribe(deps, event);
  if (path === '/subscribe' && method === 'GET') return subscribeForm(readerLanguage(event));
  if (path === '/confirm' && method === 'GET') {
    return withToken(event, async (token) => {
      const { w, html } = tokenPage(event, await confirm(deps, token), self);
      return respond(200, html(w.title, paragraph(w.confirmed)));
    });
  }
  if (path === '/unsubscribe' && method === 'GET') {
    return withToken(event, async (token) => {
      const { w, html } = tokenPage(event, await readUnsubscribe(deps, token), self);
      return respond(200, html(w.title, paragraph(w.unsubscribeAsk) + form(self, '', w.unsubscribeButton)));
    });
  }
  if (path === '/unsubscribe' && method === 'POST') {
    return withToken(event, async (token) => {
      const { w, html } = tokenPage(event, await unsubscribe(deps, token), self);
      return respond(200, html(w.title, paragraph(w.unsubscribed)));
    });
  }
  if (path === '/preferences' && (method === 'GET' || method === 'POST')) {
    return withToken(event, async (token) => preferences(deps, event, token, self));
  }
  return respond(404, page(readerLanguage(event), 'Not found', ''));
}

async function preferences(
  deps: SubscriptionDeps,
  event: APIGatewayProxyEventV2,
  token: string,
  self: string,
) {
  let s = await readPreferences(deps, token);
  let saved = false;
  if (event.requestContext.http.method.toUpperCase() === 'POST') {
    const edition = editionSchema.safeParse(readFields(event).edition);
    if (edition.success) {
      s = await updatePreferences(deps, token, edition.data);
      saved = true;
    }
  }
  const { l, w, html } = tokenPage(event, s, self);
  const body = (saved ? paragraph(w.saved) : '') + form(self, editionChoice(l, s.edition), w.save);
  return respond(200, html(w.preferences, body));
}

/** A token page speaks the subscriber's language unless the reader switched (?lang=); the switch keeps the token. */
function tokenPage(
  event: APIGatewayProxyEventV2,
  subscriber: Parameters<typeof subscriberLanguage>[0],
  self: string,
) {
  const l = event.queryStringParameters?.lang ? readerLanguage(event) : subscriberLanguage(subscriber);
  const other = l === 'az' ? 'en' : 'az';
  const html = (heading: string, body: string) => page(l, heading, body, `${self}&lang=${other}`);
  return { l, w: pageWords(l), html };
}

function subscribeForm(language: PageLanguage): Response {
  return respond(200, page(language, pageWords(language).title, subscribeFormHtml(language)));
}
