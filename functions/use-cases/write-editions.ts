import { createHash } from 'node:crypto';
import type { Bulletin } from '../domain/bulletin/bulletin.js';
import { EDITIONS } from '../domain/i18n/language.js';
import { editionSubject, renderEdition, renderWebPage } from '../domain/render/render-edition.js';
import type { ObjectStore } from '../ports/object-store.js';
import { bulletinJsonKey, emailKeys, webKeys } from '../shared/storage-keys.js';
import { PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER } from './email-copy.js';

export interface WrittenEditions {
  contentHash: string;
  titleEn: string;
  titleAz: string;
}

const HTML = 'text/html; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

/**
 * Renders every edition of a bulletin to the bucket: the public web copies and bulletin.json always, the
 * email copies only when asked. A week already sent keeps the email copies its subscribers got (and that
 * deliver retries read), while its archive page follows the articles that arrived later.
 */
export async function writeEditions(
  deps: { store: ObjectStore; archiveBaseUrl: string },
  bulletin: Bulletin,
  options: { emails: boolean },
): Promise<WrittenEditions> {
  const base = deps.archiveBaseUrl.replace(/\/$/, '');
  const json = `${JSON.stringify(bulletin, null, 2)}\n`;
  await Promise.all(
    EDITIONS.map(async (edition) => {
      const w = webKeys(bulletin.week, edition);
      const webUrl = `${base}/${w.html}`;
      const links = {
        archiveUrl: `${base}/`,
        webUrl,
        unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
        preferencesUrl: PREFERENCES_PLACEHOLDER,
      };
      const [email, web] = await Promise.all([
        renderEdition(bulletin, edition, links),
        renderWebPage(bulletin, edition, { archiveUrl: `${base}/`, webUrl }),
      ]);
      await deps.store.put(w.html, web, HTML);
      await deps.store.put(
        w.text,
        email.text
          .replaceAll(UNSUBSCRIBE_PLACEHOLDER, `${base}/`)
          .replaceAll(PREFERENCES_PLACEHOLDER, `${base}/`),
        TEXT,
      );
      if (!options.emails) return;
      const e = emailKeys(bulletin.week, edition);
      await deps.store.put(e.html, email.html, HTML);
      await deps.store.put(e.text, email.text, TEXT);
      await deps.store.put(e.meta, JSON.stringify({ subject: email.subject }), 'application/json');
    }),
  );
  await deps.store.put(bulletinJsonKey(bulletin.week), json, 'application/json; charset=utf-8');
  return {
    contentHash: createHash('sha256').update(json).digest('hex'),
    titleEn: editionSubject(bulletin, 'en'),
    titleAz: editionSubject(bulletin, 'az'),
  };
}
