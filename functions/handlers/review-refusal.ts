import { escapeHtml } from '../domain/render/escape.js';
import type { EditorAccessError } from '../domain/review/editor-token.js';
import { editorPage } from '../domain/review/review-page.js';
import type { InvalidTokenError } from '../domain/subscription/link-token.js';
import { type Response, respond } from './http-io.js';

const REASONS: Record<InvalidTokenError['reason'] | EditorAccessError['reason'], string> = {
  expired:
    'This review link has expired. Ask for a fresh review copy (an operator runs `bulletin send --week <week>`). · Bu keçidin vaxtı bitib.',
  'wrong-purpose':
    'This is not a review link: a subscriber’s link cannot open the review page. · Bu, yoxlama keçidi deyil.',
  revoked: 'This link was withdrawn. · Bu keçid ləğv edilib.',
  'bad-signature': 'This review link is not valid. · Bu keçid etibarsızdır.',
  malformed: 'This review link is not valid. · Bu keçid etibarsızdır.',
  'not-an-editor':
    'This link belongs to an address that is no longer on the editors’ list. · Bu ünvan redaktorlar siyahısında deyil.',
};

/** A clear refusal, never a stack trace; 403 whatever the reason, so probing learns little. */
export function refusal(error: InvalidTokenError | EditorAccessError): Response {
  return respond(
    403,
    editorPage(
      'Link refused',
      `<h1>Link refused · Keçid qəbul edilmədi</h1><p>${escapeHtml(REASONS[error.reason])}</p>`,
    ),
  );
}
