import { editionLanguages } from '../domain/i18n/language.js';
import { escapeHtml } from '../domain/render/escape.js';
import { type PageLanguage, pageWords } from '../domain/subscription/pages.js';
import type { Subscriber } from '../domain/subscription/subscriber.js';
import type { OutgoingEmail } from '../ports/mailer.js';

/** The subscriber's language: Azerbaijani for az and both editions, English for en. */
export const subscriberLanguage = (s: Pick<Subscriber, 'edition'>): PageLanguage =>
  s.edition === 'en' ? 'en' : 'az';

export function confirmationEmail(subscriber: Subscriber, confirmUrl: string): OutgoingEmail {
  const languages: PageLanguage[] =
    subscriber.edition === 'both' ? editionLanguages('both') : [subscriberLanguage(subscriber)];
  const first = pageWords(languages[0] ?? 'az');
  const text = languages
    .map((l) => `${pageWords(l).confirmBody}\n${confirmUrl}\n\n${pageWords(l).ignore}`)
    .join('\n\n---\n\n');
  const html = `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif">${languages
    .map(
      (l) =>
        `<p>${escapeHtml(pageWords(l).confirmBody)}</p><p><a href="${escapeHtml(confirmUrl)}">${escapeHtml(confirmUrl)}</a></p><p style="color:#666">${escapeHtml(pageWords(l).ignore)}</p>`,
    )
    .join('<hr>')}</body></html>`;
  return { to: subscriber.email, subject: first.confirmSubject, html, text };
}
