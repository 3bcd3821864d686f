import type { Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { z } from 'zod';
import { checkEmail } from '../domain/subscription/email-address.js';
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
  readConfirm,
  readPreferences,
  readUnsubscribe,
  SubscriberContentionError,
  type SubscriptionDeps,
  subscribe,
  unsubscribe,
  updatePreferences,
} from '../use-cases/manage-subscription.js';
import { admissionBudget, SUBSCRIBE_BURST, SUBSCRIBE_PER_SECOND } from '../use-cases/rate-limiter.js';
import { type Response, readerLanguage, readFields, respond, wantsJson } from './http-io.js';
import { answerUnexpectedErrors, resolveWith, routerFor } from './http-router.js';

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

const token = (event: APIGatewayProxyEventV2) => event.queryStringParameters?.token ?? '';
/** The page's own URL with its token: forms post back to it, the language switch keeps it. */
const self = (event: APIGatewayProxyEventV2) =>
  `${event.rawPath.replace(/\/+$/, '')}?token=${encodeURIComponent(token(event))}`;

/** A token page speaks the subscriber's language unless the reader switched (?lang=); the switch keeps the token. */
function tokenPage(event: APIGatewayProxyEventV2, subscriber: Parameters<typeof subscriberLanguage>[0]) {
  const l = event.queryStringParameters?.lang ? readerLanguage(event) : subscriberLanguage(subscriber);
  const other = l === 'az' ? 'en' : 'az';
  const html = (heading: string, body: string) => page(l, heading, body, `${self(event)}&lang=${other}`);
  return { l, w: pageWords(l), html };
}

function subscribeForm(language: PageLanguage): Response {
  return respond(200, page(language, pageWords(language).title, subscribeFormHtml(language)));
}

function answer(event: APIGatewayProxyEventV2, status: number, json: object, text: string): Response {
  if (wantsJson(event)) return respond(status, JSON.stringify(json), 'application/json');
  const language = readerLanguage(event, readFields(event));
  return respond(status, page(language, pageWords(language).title, paragraph(text)));
}

async function preferences(deps: SubscriptionDeps, event: APIGatewayProxyEventV2): Promise<Response> {
  let subscriber = await readPreferences(deps, token(event));
  let saved = false;
  if (event.requestContext.http.method.toUpperCase() === 'POST') {
    const edition = editionSchema.safeParse(readFields(event).edition);
    if (edition.success) {
      subscriber = await updatePreferences(deps, token(event), edition.data);
      saved = true;
    }
  }
  const { l, w, html } = tokenPage(event, subscriber);
  const body =
    (saved ? paragraph(w.saved) : '') + form(self(event), editionChoice(l, subscriber.edition), w.save);
  return respond(200, html(w.preferences, body));
}

/**
 * The subscription API, the same paths behind API Gateway and on the `bulletin dev` server. Every GET only
 * reads (mail scanners follow links): confirming and unsubscribing take the POST of a page's button.
 * `admitSubscribe` is this instance's budget for subscribe POSTs; nothing else draws on it.
 */
export function subscriptionRouter(
  deps: SubscriptionDeps,
  admitSubscribe: () => boolean = admissionBudget(SUBSCRIBE_BURST, SUBSCRIBE_PER_SECOND),
): Router {
  const router = routerFor(
    [
      { method: 'GET', path: '/subscribe', handler: async (event) => subscribeForm(readerLanguage(event)) },
      {
        method: 'POST',
        path: '/subscribe',
        handler: async (event) => {
          const parsed = subscribeSchema.safeParse(readFields(event));
          if (!parsed.success) throw new InvalidSubscriptionError('bad-input');
          const address = checkEmail(parsed.data.email);
          if (!address.ok) throw new InvalidSubscriptionError(address.problem);
          // Refused input is answered before the budget: only requests that could send an email draw on it.
          if (!admitSubscribe()) {
            const language = readerLanguage(event, readFields(event));
            const busy = answer(event, 429, { error: 'too-many-requests' }, pageWords(language).busy);
            return { ...busy, headers: { ...busy.headers, 'retry-after': '60' } };
          }
          await subscribe(deps, parsed.data);
          // The same answer whether or not the address was known (or an email went out): nothing reveals who subscribes.
          const w = pageWords(readerLanguage(event, readFields(event)));
          return answer(event, 202, { status: 'pending' }, w.checkMail);
        },
      },
      {
        method: 'GET',
        path: '/confirm',
        handler: async (event) => {
          const { subscriber, state } = await readConfirm(deps, token(event));
          const { w, html } = tokenPage(event, subscriber);
          if (state === 'confirmed') return respond(200, html(w.title, paragraph(w.confirmed)));
          return respond(
            200,
            html(w.title, paragraph(w.confirmAsk) + form(self(event), '', w.confirmButton)),
          );
        },
      },
      {
        method: 'POST',
        path: '/confirm',
        handler: async (event) => {
          const { w, html } = tokenPage(event, await confirm(deps, token(event)));
          return respond(200, html(w.title, paragraph(w.confirmed)));
        },
      },
      {
        method: 'GET',
        path: '/unsubscribe',
        handler: async (event) => {
          const { w, html } = tokenPage(event, await readUnsubscribe(deps, token(event)));
          return respond(
            200,
            html(w.title, paragraph(w.unsubscribeAsk) + form(self(event), '', w.unsubscribeButton)),
          );
        },
      },
      {
        method: 'POST',
        path: '/unsubscribe',
        handler: async (event) => {
          const { w, html } = tokenPage(event, await unsubscribe(deps, token(event)));
          return respond(200, html(w.title, paragraph(w.unsubscribed)));
        },
      },
      { method: 'GET', path: '/preferences', handler: (event) => preferences(deps, event) },
      { method: 'POST', path: '/preferences', handler: (event) => preferences(deps, event) },
    ],
    (event) => respond(404, page(readerLanguage(event), 'Not found', '')),
  );
  mapSubscriptionErrors(router);
  return router;
}

/** Every error of the subscription API and its answer, in one place. */
function mapSubscriptionErrors(router: Router) {
  router.errorHandler(InvalidTokenError, async (_error, reqCtx) => {
    const event = reqCtx.event as APIGatewayProxyEventV2;
    const w = pageWords(readerLanguage(event));
    return respond(400, page(readerLanguage(event), w.title, paragraph(w.invalid)));
  });
  router.errorHandler(InvalidSubscriptionError, async (error, reqCtx) => {
    const event = reqCtx.event as APIGatewayProxyEventV2;
    const language = readerLanguage(event, readFields(event));
    const w = pageWords(language);
    const invisible = error.problem === 'invisible-characters';
    if (wantsJson(event)) {
      const message = invisible
        ? { az: pageWords('az').invisibleCharacters, en: pageWords('en').invisibleCharacters }
        : 'invalid email or edition';
      return respond(400, JSON.stringify({ error: error.problem, message }), 'application/json');
    }
    const text = invisible ? w.invisibleCharacters : w.badRequest;
    return respond(400, page(language, w.title, paragraph(text) + subscribeFormHtml(language)));
  });
  // Retryable: another request kept changing the same subscriber; the reader may simply send the form again.
  router.errorHandler(SubscriberContentionError, async (_error, reqCtx) => {
    const event = reqCtx.event as APIGatewayProxyEventV2;
    const busy = answer(
      event,
      503,
      { error: 'busy' },
      pageWords(readerLanguage(event, readFields(event))).busy,
    );
    return { ...busy, headers: { ...busy.headers, 'retry-after': '5' } };
  });
  answerUnexpectedErrors(router, 'subscription');
}

/** One request through a router built for it (tests, callers without a long-lived router). */
export async function route(deps: SubscriptionDeps, event: APIGatewayProxyEventV2, context?: Context) {
  return resolveWith(subscriptionRouter(deps), event, context);
}
