import { createHash } from 'node:crypto';
import { isIsoWeek } from '../bulletin/iso-week.js';
import { BulletinError } from '../errors.js';
import { InvalidTokenError, signLinkToken, verifyLinkToken } from '../subscription/link-token.js';

/** An editor from the deployment's list (EDITOR_ADDRESSES): no account, just an address and its id. */
export interface Editor {
  id: string;
  email: string;
}

/** Stable per address and opaque: the id travels in links, the address never does. */
export function editorIdFor(email: string): string {
  return createHash('sha256').update(`editor:${email.trim().toLowerCase()}`).digest('hex').slice(0, 20);
}

export const editorsFrom = (addresses: readonly string[]): Editor[] =>
  addresses.map((email) => ({ id: editorIdFor(email), email }));

export interface EditorClaims {
  editor: Editor;
  week: string;
  expiresAt: number;
}

/** A valid link whose editor is no longer on the list (EDITOR_ADDRESSES): removing an address revokes its links. */
export class EditorAccessError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'EditorAccessError';
  constructor(readonly reason: 'not-an-editor') {
    super(`editor link refused: ${reason}`);
  }
}

/** A review link: purpose 'review', subject `<editor id>:<week>`, signed with the link key, expiring. */
export function signEditorToken(secret: string, editor: Editor, week: string, expiresAt: number): string {
  return signLinkToken(secret, { purpose: 'review', subscriberId: `${editor.id}:${week}`, expiresAt });
}

/**
 * Checks signature, purpose and expiry (InvalidTokenError), then that the editor is still on the list
 * (EditorAccessError). The week comes from the token: a link opens only the week it was sent for.
 */
export function verifyEditorToken(
  secret: string,
  token: string,
  editors: readonly Editor[],
  nowSeconds: number,
): EditorClaims {
  const claims = verifyLinkToken(secret, token, 'review', nowSeconds);
  const [id, week, extra] = claims.subscriberId.split(':');
  if (!id || !week || extra !== undefined || !isIsoWeek(week)) throw new InvalidTokenError('malformed');
  const editor = editors.find((e) => e.id === id);
  if (!editor) throw new EditorAccessError('not-an-editor');
  return { editor, week, expiresAt: claims.expiresAt };
}
