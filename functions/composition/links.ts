import { type Editor, signEditorToken } from '../domain/review/editor-token.js';
import type { ReviewLinks } from '../domain/review/review-email.js';
import { type LinkPurpose, signLinkToken } from '../domain/subscription/link-token.js';
import type { Clock } from '../ports/clock.js';
import type { Config } from '../shared/config.js';

/** Links in emails stay valid this long: long enough to unsubscribe from an old bulletin. */
const LINK_TTL_SECONDS = 400 * 24 * 3600;
const CONFIRM_TTL_SECONDS = 7 * 24 * 3600;

/** Where links in emails point: the API's own domain, or the archive's when CloudFront fronts both. */
const linkBase = (config: Config) => (config.API_BASE_URL ?? config.ARCHIVE_BASE_URL).replace(/\/$/, '');

/** Signed absolute links to the subscription pages, valid for LINK_TTL_SECONDS (confirm links for a week). */
export function subscriberLinks(config: Config, secret: string) {
  const base = linkBase(config);
  return (purpose: LinkPurpose, subject: string) => {
    const ttl = purpose === 'confirm' ? CONFIRM_TTL_SECONDS : LINK_TTL_SECONDS;
    const expiresAt = Math.floor(Date.now() / 1000) + ttl;
    return `${base}/${purpose}?token=${signLinkToken(secret, { purpose, subscriberId: subject, expiresAt })}`;
  };
}

/** Signed, expiring links for one editor and one week (REVIEW_LINK_TTL_HOURS). */
export function editorLinks(config: Config, secret: () => Promise<string>, clock: Clock) {
  const base = linkBase(config);
  return async (editor: Editor, week: string): Promise<ReviewLinks> => {
    const expiresAt = Math.floor(clock.now().getTime() / 1000) + config.REVIEW_LINK_TTL_HOURS * 3600;
    const token = signEditorToken(await secret(), editor, week, expiresAt);
    return { page: `${base}/review?token=${token}`, approve: `${base}/review/approve?token=${token}` };
  };
}
