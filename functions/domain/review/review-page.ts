import { escapeHtml as e } from '../render/escape.js';
import { AGREEMENT_HINT, formatAgreements, formatOrganizations } from './correction-form.js';
import type { Correction } from './corrections.js';
import type { ExtractedFacts, ReviewArticle, ReviewEntry, WeekReview } from './review-model.js';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#222;line-height:1.45}
h1{font-size:24px}h2{font-size:19px;margin-top:28px;border-bottom:1px solid #ccc}h3{font-size:16px;margin:0 0 4px}
.item{border:1px solid #ccc;border-radius:6px;padding:12px;margin:12px 0}.article{background:#f6f6f6;padding:8px;margin:8px 0}
.was{color:#8a1f11;text-decoration:line-through}.now{color:#0b5d1e;font-weight:bold}.notice{background:#e7f3e7;padding:8px}
.status{background:#fff4d6;padding:8px}label{display:block;margin:4px 0}input[type=text],textarea{width:100%;box-sizing:border-box}
button{background:#1f4e79;color:#fff;border:0;padding:8px 14px;font-size:15px;border-radius:4px}
.approve button{background:#0b5d1e;font-size:17px;padding:10px 20px}table{border-collapse:collapse;width:100%;table-layout:fixed}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
td,th,p,li,code{overflow-wrap:anywhere}`;

/** A self-contained page (no scripts) for editors; `body` is escaped HTML. */
export function editorPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const STATUS_TEXT: Record<string, string> = {
  compiled: 'Draft: not sent to subscribers yet · Layihə: abunəçilərə hələ göndərilməyib',
  sending: 'Approved: being sent · Təsdiqlənib: göndərilir',
  sent: 'Approved and sent · Təsdiqlənib və göndərilib',
  empty: 'No events this week: nothing to send · Bu həftə heç bir tədbir qeydə alınmayıb',
  none: 'Not compiled yet',
};

/** Extracted value, and the corrected one beside it when an editor changed it. */
function fact(label: string, extracted: string, corrected: string | undefined): string {
  const now =
    corrected === undefined || corrected === extracted
      ? ''
      : ` → <span class="now">${e(corrected || '—')}</span>`;
  const was = now ? `<span class="was">${e(extracted || '—')}</span>` : e(extracted || '—');
  return `<li>${e(label)}: ${was}${now}</li>`;
}

function facts(x: ExtractedFacts, c: Correction | null): string {
  const orgs = (list: ExtractedFacts['organizations']) => list.map((o) => o.en).join('; ');
  return `<ul>${[
    fact('Event date', x.eventDate ?? '', c?.eventDate),
    fact('Countries', x.countries.join(', '), c?.countries?.join(', ')),
    fact('Organizations', orgs(x.organizations), c?.organizations && orgs(c.organizations)),
    fact('Agreements', formatAgreements(x.agreements), c?.agreements && formatAgreements(c.agreements)),
    c?.headline
      ? `<li>Headline (edited): <span class="now">${e([c.headline.en, c.headline.az].filter(Boolean).join(' / '))}</span></li>`
      : '',
    c?.lead
      ? `<li>Lead (edited): <span class="now">${e([c.lead.en, c.lead.az].filter(Boolean).join(' / '))}</span></li>`
      : '',
    c?.mergeWith ? `<li>Merged with <code>${e(c.mergeWith)}</code></li>` : '',
    c?.split ? '<li>Split: its own item</li>' : '',
  ].join('')}</ul>`;
}

const input = (name: string, label: string, value: string, type = 'text') =>
  `<label>${e(label)} <input type="${type}" name="${name}" value="${e(value)}"></label>`;
const area = (name: string, label: string, value: string) =>
  `<label>${e(label)} <textarea name="${name}" rows="2">${e(value)}</textarea></label>`;
const check = (name: string, label: string, on: boolean) =>
  `<label><input type="checkbox" name="${name}"${on ? ' checked' : ''}> ${e(label)}</label>`;

/** Articles an editor may merge with, by id, labelled with their title so they can be told apart. */
type Choice = { id: string; title: string };
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function correctionForm(a: ReviewArticle, action: string, others: Choice[]): string {
  const x = a.extracted;
  const c = a.correction;
  const merge = [{ id: '', title: '— not merged —' }, ...others.filter((o) => o.id !== x.id)]
    .map(
      (o) =>
        `<option value="${e(o.id)}"${c?.mergeWith === o.id && o.id ? ' selected' : ''}>${e(o.id ? `${short(o.title)} (${o.id})` : o.title)}</option>`,
    )
    .join('');
  return `<details><summary>Correct this article · Düzəliş</summary><form method="post" action="${e(action)}">
<input type="hidden" name="articleId" value="${e(x.id)}">
${check('exclude', 'Exclude from this bulletin · Bülletendən çıxarın', Boolean(c?.exclude))}
${input('eventDate', 'Event date', c?.eventDate ?? x.eventDate ?? '', 'date')}
${input('countries', 'Partner countries (ISO codes, comma-separated)', (c?.countries ?? x.countries).join(', '))}
${area('organizations', 'Organizations, one per line: English | Azərbaycanca | country code', formatOrganizations(c?.organizations ?? x.organizations))}
${input('agreements', `Agreements (type:count; types: ${AGREEMENT_HINT})`, formatAgreements(c?.agreements ?? x.agreements))}
${input('headlineEn', 'Headline (English; empty: built from the facts)', c?.headline?.en ?? '')}
${input('headlineAz', 'Başlıq (Azərbaycanca; boş: faktlardan qurulur)', c?.headline?.az ?? '')}
${area('leadEn', 'Lead (English; empty: the report’s summary)', c?.lead?.en ?? '')}
${area('leadAz', 'Giriş (Azərbaycanca; boş: xəbərin xülasəsi)', c?.lead?.az ?? '')}
<label>Merge with (one event) <select name="mergeWith">${merge}</select></label>
${check('split', 'Split: this article is an event of its own', Boolean(c?.split))}
<p><button type="submit">Save correction · Yadda saxla</button></p></form></details>`;
}

function article(a: ReviewArticle, action: string, others: Choice[]): string {
  const x = a.extracted;
  return `<div class="article" id="a-${e(x.id)}"><p><code>${e(x.id)}</code> · ${e(x.language)} · ${e(x.source.key)}<br><b>${e(x.title)}</b></p>
${facts(x, a.correction)}${correctionForm(a, action, others)}</div>`;
}

function trail(actions: ReviewEntry[]): string {
  if (actions.length === 0) return '<p>No actions yet.</p>';
  const rows = actions
    .map(
      (a) =>
        `<tr><td>${e(a.at)}</td><td>${e(a.actor)}</td><td>${e(a.action)}</td><td>${e(a.detail)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>When</th><th>Who</th><th>What</th><th>Detail</th></tr>${rows}</table>`;
}

/** The review page: status, approve and test-send forms, every item with its facts and form, the audit trail. */
export function reviewPage(
  review: WeekReview,
  links: { self: string; query: string; previewUrl: string },
  notice?: string,
): string {
  const correct = `/review/correct?${links.query}`;
  const ids = [...review.items.flatMap((i) => i.articles), ...review.excluded].map((a) => ({
    id: a.extracted.id,
    title: a.extracted.title,
  }));
  const items = review.items
    .map(
      (
        i,
      ) => `<div class="item" id="i-${e(i.id)}"><h3>${e(i.headline.en)}</h3><h3>${e(i.headline.az)}</h3><p>${e(i.date)}</p>
${i.articles.map((a) => article(a, correct, ids)).join('')}</div>`,
    )
    .join('');
  const excluded = review.excluded.map((a) => article(a, correct, ids)).join('') || '<p>None.</p>';
  const open = review.status === 'compiled';
  const approve = open
    ? `<form class="approve" method="post" action="/review/approve?${e(links.query)}"><button type="submit">Approve and send · Təsdiqləyin və göndərin</button></form>`
    : '';
  const test = `<form method="post" action="/review/test?${e(links.query)}"><label>Send a test copy to · Sınaq nüsxəsi <input type="email" name="address" required maxlength="254"></label><button type="submit">Send test · Sınaq göndərin</button></form>`;
  return editorPage(
    `Review ${review.week}`,
    `<h1>Review · Yoxlama: ${e(review.week)}</h1>
${notice ? `<p class="notice">${e(notice)}</p>` : ''}<p class="status">${e(STATUS_TEXT[review.status] ?? review.status)} · ${review.events} events</p>
<p><a href="${e(links.previewUrl)}">The bulletin as readers see it · Oxucuların gördüyü bülleten</a></p>
${approve}${test}<h2>Items · Xəbərlər</h2>${items || '<p>No items.</p>'}<h2>Excluded · Çıxarılanlar</h2>${excluded}
<h2>Audit trail · Əməliyyatlar</h2>${trail(review.actions)}`,
  );
}
