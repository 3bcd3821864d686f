import { escapeHtml } from '../render/escape.js';

export type PageLanguage = 'az' | 'en';

/** The words of the subscription pages and emails (LANGUAGE.md). */
const WORDS = {
  en: {
    title: 'Weekly cooperation bulletin',
    checkMail: 'Almost done: we have sent you an email. Open the link in it to confirm your subscription.',
    confirmed: 'Your subscription is confirmed. The next bulletin will reach you on Monday.',
    unsubscribeAsk: 'Do you want to stop receiving the bulletin?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribed: 'You have unsubscribed. You will receive no more bulletins.',
    preferences: 'Preferences',
    edition: 'Edition',
    save: 'Save',
    saved: 'Your preferences are saved.',
    editions: { az: 'In Azerbaijani', en: 'In English', both: 'In both languages' },
    invalid: 'This link is not valid or has expired. You can subscribe again from the archive.',
    badRequest: 'Please give a valid email address and choose an edition.',
    confirmSubject: 'Confirm your subscription to the weekly cooperation bulletin',
    confirmBody: 'Please confirm your subscription to the weekly cooperation bulletin by opening this link:',
    ignore: 'If you did not ask for this, ignore this email: you will not be subscribed.',
    archive: 'Archive',
  },
  az: {
    title: 'Həftəlik əməkdaşlıq bülleteni',
    checkMail: 'Az qaldı: sizə e-poçt göndərdik. Abunəliyinizi təsdiqləmək üçün oradakı keçidi açın.',
    confirmed: 'Abunəliyiniz təsdiqləndi. Növbəti bülleten bazar ertəsi sizə çatacaq.',
    unsubscribeAsk: 'Bülleteni almağı dayandırmaq istəyirsiniz?',
    unsubscribeButton: 'Abunəlikdən çıxın',
    unsubscribed: 'Abunəlikdən çıxdınız. Daha bülleten almayacaqsınız.',
    preferences: 'Seçimlər',
    edition: 'Buraxılış',
    save: 'Yadda saxla',
    saved: 'Seçimləriniz yadda saxlanıldı.',
    editions: { az: 'Azərbaycan dilində', en: 'İngilis dilində', both: 'Hər iki dildə' },
    invalid: 'Bu keçid etibarsızdır və ya vaxtı bitib. Arxivdən yenidən abunə ola bilərsiniz.',
    badRequest: 'Düzgün e-poçt ünvanı yazın və buraxılışı seçin.',
    confirmSubject: 'Həftəlik əməkdaşlıq bülleteninə abunəliyinizi təsdiqləyin',
    confirmBody: 'Həftəlik əməkdaşlıq bülleteninə abunəliyinizi təsdiqləmək üçün bu keçidi açın:',
    ignore: 'Bunu siz istəməmisinizsə, bu məktubu nəzərə almayın: abunə olmayacaqsınız.',
    archive: 'Arxiv',
  },
} as const;

export type PageWords = (typeof WORDS)[PageLanguage];
export const pageWords = (language: PageLanguage): PageWords => WORDS[language];

/** A small, self-contained page (no scripts) in the reader's language; `body` must already be escaped HTML. */
export function page(language: PageLanguage, heading: string, body: string): string {
  const w = WORDS[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<style>body{font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#222;line-height:1.5}
button{background:#1f4e79;color:#fff;border:0;padding:10px 18px;font-size:16px;border-radius:4px}a{color:#1f4e79}</style>
</head><body><h1>${escapeHtml(heading)}</h1>${body}<p><a href="/">${escapeHtml(w.archive)}</a></p></body></html>`;
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
