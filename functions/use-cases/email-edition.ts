import { BulletinError } from '../domain/errors.js';
import type { Edition } from '../domain/i18n/language.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import type { ObjectStore } from '../ports/object-store.js';
import { emailKeys } from '../shared/storage-keys.js';
import { parseStoredJson, s3Object } from '../shared/stored-data.js';
import { emailMetaSchema, PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER } from './email-copy.js';

/** One edition's email copy as compile stored it, with the link placeholders deliver fills per subscriber. */
export interface EmailEdition {
  subject: string;
  html: string;
  text: string;
}

/** Each edition is read once per job, even when several sends ask for it at the same moment. */
export function loadEdition(
  deps: { store: ObjectStore },
  cache: Map<Edition, Promise<EmailEdition>>,
  week: string,
  edition: Edition,
) {
  let loading = cache.get(edition);
  if (!loading) {
    loading = readEdition(deps, week, edition);
    cache.set(edition, loading);
  }
  return loading;
}

async function readEdition(
  deps: { store: ObjectStore },
  week: string,
  edition: Edition,
): Promise<EmailEdition> {
  const k = emailKeys(week, edition);
  const [html, text, meta] = await Promise.all([
    deps.store.getText(k.html),
    deps.store.getText(k.text),
    deps.store.getText(k.meta),
  ]);
  if (html === null || text === null || meta === null) throw new BulletinNotFoundError(week);
  const { subject } = parseStoredJson(emailMetaSchema, meta, s3Object(k.meta));
  return { subject, html, text };
}

export function personalize(
  edition: EmailEdition,
  subscriber: Subscriber,
  unsubscribeUrl: string,
  preferencesUrl: string,
) {
  // The links are URL-safe by construction (base64url tokens), so they need no HTML escaping.
  const fill = (body: string) =>
    body
      .replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl)
      .replaceAll(PREFERENCES_PLACEHOLDER, preferencesUrl);
  return {
    to: subscriber.email,
    subject: edition.subject,
    html: fill(edition.html),
    text: fill(edition.text),
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

export class BulletinNotFoundError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'BulletinNotFoundError';
  constructor(readonly week: string) {
    super(`bulletin ${week} has not been compiled`);
  }
}
