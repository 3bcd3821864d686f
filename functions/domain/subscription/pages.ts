import type { BulletinLanguage } from '../i18n/language.js';
import { escapeHtml, safeUrl } from '../render/escape.js';
import { sitePage, sitePaths } from '../render/site-layout.js';

/** The subscription pages and emails speak the bulletin languages. */
export type PageLanguage = BulletinLanguage;

/** The words of the subscription pages and emails. */
const WORDS = {
  en: {
    title: 'Weekly cooperation bulletin',
    checkMail: 'Almost done: we have sent you an email. Open the link in it to confirm your subscription.',
    confirmed: 'Your subscription is confirmed. The next bulletin will reach you on Monday.',
    confirmAsk: 'One more step: confirm your subscription to the weekly bulletin with this button.',
    confirmButton: 'Confirm my subscription',
    unsubscribeAsk: 'Do you want to stop receiving the bulletin?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribed: 'You have unsubscribed. You will receive no more bulletins.',
    preferences: 'Preferences',
    edition: 'Edition',
    save: 'Save my edition choice',
    saved: 'Your preferences are saved.',
    editions: { az: 'In Azerbaijani', en: 'In English', both: 'In both languages' },
    invalid: 'This link is not valid or has expired. You can subscribe again from the archive.',
    badRequest: 'Please give a valid email address and choose an edition.',
    busy: 'Too many requests just now. Please try again in a minute.',
    invisibleCharacters:
      'This address contains invisible or control characters (a zero-width space, for example), often picked up when copying. Please type the address again by hand.',
    confirmSubject: 'Confirm your subscription to the weekly cooperation bulletin',
    confirmBody: 'Please confirm your subscription to the weekly cooperation bulletin by opening this link:',
    ignore: 'If you did not ask for this, ignore this email: you will not be subscribed.',
    archive: 'Archive',
    email: 'Email address',
    name: 'Your name (optional)',
    subscribeButton: 'Subscribe to the weekly bulletin',
    about:
      'Every Monday, one email on Azerbaijan’s international cooperation in education and science: who met whom, what was signed.',
    latest: 'Read the latest issue',
  },
  az: {
    title: 'Həftəlik əməkdaşlıq bülleteni',
    checkMail: 'Az qaldı: sizə e-poçt göndərdik. Abunəliyinizi təsdiqləmək üçün oradakı keçidi açın.',
    confirmed: 'Abunəliyiniz təsdiqləndi. Növbəti bülleten bazar ertəsi sizə çatacaq.',
    confirmAsk: 'Son addım: həftəlik bülletenə abunəliyinizi bu düymə ilə təsdiqləyin.',
    confirmButton: 'Abunəliyimi təsdiqləyirəm',
    unsubscribeAsk: 'Bülleteni almağı dayandırmaq istəyirsiniz?',
    unsubscribeButton: 'Abunəlikdən çıxın',
    unsubscribed: 'Abunəlikdən çıxdınız. Daha bülleten almayacaqsınız.',
    preferences: 'Seçimlər',
    edition: 'Buraxılış',
    save: 'Buraxılış seçimimi yadda saxla',
    saved: 'Seçimləriniz yadda saxlanıldı.',
    editions: { az: 'Azərbaycan dilində', en: 'İngilis dilində', both: 'Hər iki dildə' },
    invalid: 'Bu keçid etibarsızdır və ya vaxtı bitib. Arxivdən yenidən abunə ola bilərsiniz.',
    badRequest: 'Düzgün e-poçt ünvanı yazın və buraxılışı seçin.',
    busy: 'Hazırda çoxlu sorğu var. Bir dəqiqədən sonra yenidən cəhd edin.',
    invisibleCharacters:
      'Bu ünvanda görünməyən və ya idarəetmə simvolları var (məsələn, sıfır enli boşluq); belə simvollar adətən kopyalayanda düşür. Zəhmət olmasa, ünvanı əl ilə yenidən yazın.',
    confirmSubject: 'Həftəlik əməkdaşlıq bülleteninə abunəliyinizi təsdiqləyin',
    confirmBody: 'Həftəlik əməkdaşlıq bülleteninə abunəliyinizi təsdiqləmək üçün bu keçidi açın:',
    ignore: 'Bunu siz istəməmisinizsə, bu məktubu nəzərə almayın: abunə olmayacaqsınız.',
    archive: 'Arxiv',
    email: 'E-poçt ünvanı',
    name: 'Adınız (istəyə bağlı)',
    subscribeButton: 'Həftəlik bülletenə abunə olun',
    about:
      'Hər bazar ertəsi Azərbaycanın təhsil və elm sahəsində beynəlxalq əməkdaşlığı haqqında bir məktub: kim kimlə görüşüb, nə imzalanıb.',
    latest: 'Son buraxılışı oxuyun',
  },
} as const;

export type PageWords = (typeof WORDS)[PageLanguage];
export const pageWords = (language: PageLanguage): PageWords => WORDS[language];

/**
 * A page of the subscription flow in the reader's language, with the archive's look and navigation (no
 * scripts); `body` must already be escaped HTML. `otherLanguageUrl` is the same page in the other language.
 */
export function page(
  language: PageLanguage,
  heading: string,
  body: string,
  otherLanguageUrl?: string,
): string {
  const other = language === 'az' ? 'en' : 'az';
  return sitePage({
    language,
    title: `${heading} · ${WORDS[language].title}`,
    otherLanguageUrl: otherLanguageUrl ?? sitePaths.subscribe(other),
    body: `<h1>${escapeHtml(heading)}</h1>${body}`,
  });
}

/** The subscribe form: what the bulletin is, a link to the latest issue, email, optional name, edition. */
export function subscribeFormHtml(language: PageLanguage): string {
  const w = WORDS[language];
  const about = `<p>${escapeHtml(w.about)} <a href="${safeUrl(`${sitePaths.home(language)}#latest`)}">${escapeHtml(w.latest)}</a></p>`;
  const fields = [
    `<input type="hidden" name="lang" value="${language}">`,
    `<label for="email">${escapeHtml(w.email)}</label><input type="email" id="email" name="email" required maxlength="254" autocomplete="email">`,
    `<label for="name">${escapeHtml(w.name)}</label><input type="text" id="name" name="name" maxlength="100" autocomplete="name">`,
    editionChoice(language, language),
  ].join('');
  return about + form('/subscribe', fields, w.subscribeButton);
}

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** A form that posts back to the same URL (token included), so the state change needs a deliberate click. */
export function form(action: string, fields: string, button: string): string {
  return `<form method="post" action="${escapeHtml(action)}">${fields}<p><button type="submit">${escapeHtml(button)}</button></p></form>`;
}

export function editionChoice(language: PageLanguage, current: string): string {
  const w = WORDS[language];
  const options = (['az', 'en', 'both'] as const)
    .map(
      (e) =>
        `<p><label><input type="radio" name="edition" value="${e}"${e === current ? ' checked' : ''}> ${escapeHtml(w.editions[e])}</label></p>`,
    )
    .join('');
  return `<fieldset><legend>${escapeHtml(w.edition)}</legend>${options}</fieldset>`;
}
