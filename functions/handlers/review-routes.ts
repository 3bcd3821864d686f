import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { escapeHtml } from '../domain/render/escape.js';
import { changeFromForm } from '../domain/review/correction-form.js';
import { EditorAccessError, type EditorClaims, verifyEditorToken } from '../domain/review/editor-token.js';
import { editorPage, reviewPage } from '../domain/review/review-page.js';
import { InvalidTokenError } from '../domain/subscription/link-token.js';
import { normalizeEmail } from '../domain/subscription/subscriber-id.js';
import { approveWeek, testSend } from '../use-cases/review-approve.js';
import { correctArticle, InvalidCorrectionError, UnknownArticleError } from '../use-cases/review-correct.js';
import { REVIEW_PATHS, type ReviewDeps } from '../use-cases/review-deps.js';
import { reviewWeek } from '../use-cases/review-view.js';
import { type Response, readFields, respond } from './http-io.js';
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
  try {
    await correctArticle(
      request.deps,
      articleId,
      changeFromForm(fields, extracted),
      request.claims.editor.email,
    );
  } catch (error) {
    if (error instanceof InvalidCorrectionError || error instanceof UnknownArticleError)
      return showReview(request, `Not saved: ${error.message}`, 400);
    throw error;
  }
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

/** The editor's routes, the same behind API Gateway and on the `bulletin dev` server. */
export async function reviewRoute(deps: ReviewDeps, event: APIGatewayProxyEventV2): Promise<Response> {
  const method = event.requestContext.http.method.toUpperCase();
  const path = event.rawPath.replace(/\/+$/, '') || '/';
  if (!(REVIEW_PATHS as readonly string[]).includes(path)) return respond(404, message('Not found.'));
  const token = event.queryStringParameters?.token ?? '';
  let claims: EditorClaims;
  try {
    claims = verifyEditorToken(
      await deps.secret(),
      token,
      deps.editors,
      Math.floor(deps.clock.now().getTime() / 1000),
    );
  } catch (error) {
    if (error instanceof InvalidTokenError || error instanceof EditorAccessError) return refusal(error);
    throw error;
  }
  const request = { deps, event, claims, query: `token=${encodeURIComponent(token)}` };
  if (method === 'GET' && path === '/review') return showReview(request);
  if (method === 'GET' && path === '/review/approve') return confirmApproval(request);
  if (method !== 'POST') return respond(405, message('Method not allowed.'));
  if (path === '/review/approve') return approve(request);
  if (path === '/review/correct') return correct(request);
  if (path === '/review/test') return test(request);
  return respond(405, message('Method not allowed.'));
}
