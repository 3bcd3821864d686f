import type { Router } from '@aws-lambda-powertools/event-handler/http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { escapeHtml } from '../domain/render/escape.js';
import { changeFromForm } from '../domain/review/correction-form.js';
import { EditorAccessError, type EditorClaims, verifyEditorToken } from '../domain/review/editor-token.js';
import { editorPage, reviewPage } from '../domain/review/review-page.js';
import { InvalidTokenError } from '../domain/subscription/link-token.js';
import { normalizeEmail } from '../domain/subscription/subscriber-id.js';
import { approveWeek, testSend } from '../use-cases/review-approve.js';
import { correctArticle, InvalidCorrectionError, UnknownArticleError } from '../use-cases/review-correct.js';
import type { REVIEW_PATHS, ReviewDeps } from '../use-cases/review-deps.js';
import { reviewWeek } from '../use-cases/review-view.js';
import { type Response, readFields, respond } from './http-io.js';
import {
  answerUnexpectedErrors,
  type RequestStore,
  type RouteSpec,
  resolveWith,
  routerFor,
} from './http-router.js';
import { refusal } from './review-refusal.js';

interface Request {
  deps: ReviewDeps;
  event: APIGatewayProxyEventV2;
  claims: EditorClaims;
  /** `token=...`, to keep the editor's link on every form and redirect. */
  query: string;
}

const message = (text: string) => editorPage('Review', `<p>${escapeHtml(text)}</p>`);

async function showReview(
  { deps, claims, query }: Request,
  notice?: string,
  status = 200,
): Promise<Response> {
  const review = await reviewWeek(deps, claims.week);
  // Relative: the review page is served on the archive's own domain (CloudFront, the local server).
  const previewUrl = `/bulletins/${claims.week}/both.html`;
  return respond(status, reviewPage(review, { self: `/review?${query}`, query, previewUrl }, notice));
}

/** A GET never changes anything: the link in the email opens this page, whose button POSTs. */
async function confirmApproval({ deps, claims, query }: Request): Promise<Response> {
  const record = await deps.bulletins.get(claims.week);
  if (record?.status !== 'compiled')
    return respond(
      200,
      message(`${claims.week} is not awaiting approval (${record?.status ?? 'not compiled'}).`),
    );
  const form = `<form class="approve" method="post" action="/review/approve?${escapeHtml(query)}"><button type="submit">Approve and send · Təsdiqləyin və göndərin</button></form>`;
  const body = `<h1>${escapeHtml(claims.week)}</h1><p>${record.events} events. Subscribers get it as soon as you approve.</p>${form}<p><a href="/review?${escapeHtml(query)}">Review first · Əvvəlcə yoxlayın</a></p>`;
  return respond(200, editorPage(`Approve ${claims.week}`, body));
}

async function approve({ deps, claims }: Request): Promise<Response> {
  const outcome = await approveWeek(deps, claims.week, claims.editor.email);
  const text =
    outcome.status === 'approved'
      ? `Approved: ${claims.week} is being sent to ${outcome.queuedSubscribers} subscribers. · Təsdiqləndi: göndərilir.`
      : outcome.status === 'empty'
        ? `Nothing to send: ${outcome.reason}.`
        : `${claims.week} was already approved and sent: nothing was sent again.`;
  return respond(outcome.status === 'approved' ? 200 : 409, message(text));
}

async function correct(request: Request): Promise<Response> {
  const fields = readFields(request.event);
  const articleId = typeof fields.articleId === 'string' ? fields.articleId : '';
  const extracted = articleId ? await request.deps.articles.get(articleId) : null;
  if (!extracted) return showReview(request, 'No such article in this week.', 400);
  // A refused correction throws InvalidCorrectionError / UnknownArticleError: shown in mapReviewErrors.
  await correctArticle(
    request.deps,
    articleId,
    changeFromForm(fields, extracted),
    request.claims.editor.email,
  );
  // Post/redirect/get: a reload does not post the correction again.
  const response = respond(303, '');
  return {
    ...response,
    headers: { ...response.headers, location: `/review?${request.query}#a-${articleId}` },
  };
}

async function test(request: Request): Promise<Response> {
  const raw = readFields(request.event).address;
  const address = typeof raw === 'string' ? normalizeEmail(raw) : null;
  if (!address) return showReview(request, 'Give a valid address for the test copy.', 400);
  const sent = await testSend(request.deps, request.claims.week, address, request.claims.editor.email);
  return showReview(
    request,
    sent === 'sent' ? 'Test copy sent (marked [TEST]; not the real send).' : 'Nothing to send this week.',
  );
}

/** The editor named by the link, or a typed refusal (InvalidTokenError, EditorAccessError). */
async function authorize(
  deps: ReviewDeps,
  event: APIGatewayProxyEventV2,
  store: RequestStore,
): Promise<Request> {
  const token = event.queryStringParameters?.token ?? '';
  const nowSeconds = Math.floor(deps.clock.now().getTime() / 1000);
  const claims = verifyEditorToken(await deps.secret(), token, deps.editors, nowSeconds);
  const request = { deps, event, claims, query: `token=${encodeURIComponent(token)}` };
  // Kept for the error map: a refused correction is answered on the review page itself.
  store.set(REQUEST_KEY, request);
  return request;
}

const REQUEST_KEY = 'review-request';

type ReviewPath = (typeof REVIEW_PATHS)[number];

/**
 * The editors' routes, the same behind API Gateway and on the `bulletin dev` server. A GET never changes
 * anything: the links in the email open pages whose buttons POST.
 */
export function reviewRouter(deps: ReviewDeps): Router {
  const on = (
    method: 'GET' | 'POST',
    path: ReviewPath,
    action: (request: Request) => Promise<Response>,
  ): RouteSpec => ({
    method,
    path,
    handler: async (event, store) => action(await authorize(deps, event, store)),
  });
  const router = routerFor(
    [
      on('GET', '/review', (r) => showReview(r)),
      on('GET', '/review/approve', confirmApproval),
      on('POST', '/review/approve', approve),
      on('POST', '/review/correct', correct),
      on('POST', '/review/test', test),
    ],
    () => respond(404, message('Not found.')),
  );
  mapReviewErrors(router);
  return router;
}

/** Every error of the review routes and its answer, in one place. */
function mapReviewErrors(router: Router) {
  router.errorHandler<InvalidTokenError | EditorAccessError>(
    [InvalidTokenError, EditorAccessError],
    async (error) => refusal(error),
  );
  router.errorHandler<InvalidCorrectionError | UnknownArticleError>(
    [InvalidCorrectionError, UnknownArticleError],
    async (error, reqCtx) => {
      const request = reqCtx.get(REQUEST_KEY) as Request;
      return showReview(request, `Not saved: ${error.message}`, 400);
    },
  );
  answerUnexpectedErrors(router, 'review');
}

/** One request through a router built for it (tests). */
export async function reviewRoute(deps: ReviewDeps, event: APIGatewayProxyEventV2, context?: Context) {
  return resolveWith(reviewRouter(deps), event, context);
}
