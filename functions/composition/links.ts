import { type Editor, signEditorToken } from '../domain/review/editor-token.js';
import type { ReviewLinks } from '../domain/review/review-email.js';
import { LINK_LIFETIME_SECONDS } from '../domain/subscription/link-subject.js';
import { type SubscriberLinkPurpose, signLinkToken } from '../domain/subscription/link-token.js';
import type { Clock } from '../ports/clock.js';
import type { Config } from '../shared/config.js';

/** Where links in emails point: the API's own domain, or the archive's when CloudFront fronts both. */
const linkBase = (config: Config) => (config.API_BASE_URL ?? config.ARCHIVE_BASE_URL).replace(/\/$/, '');

/** Signed absolute links to the subscription pages, each kind valid for its LINK_LIFETIME_SECONDS. */
export function subscriberLinks(config: Config, secret: string) {
  const base = linkBase(config);
  return (purpose: SubscriberLinkPurpose, subject: string) => {
    const expiresAt = Math.floor(Date.now() / 1000) + LINK_LIFETIME_SECONDS[purpose];
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
