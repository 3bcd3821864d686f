import type { BulletinLanguage, Edition } from '../i18n/language.js';
import { siteWords } from '../i18n/site-words.js';
import { escapeHtml, safeUrl } from './escape.js';

/** Root-relative paths of the archive: the same on CloudFront and on `bulletin dev`'s server. */
export const sitePaths = {
  home: (l: BulletinLanguage) => `/archive/${l}/index.html`,
  event: (l: BulletinLanguage, id: string) => `/archive/${l}/events/${encodeURIComponent(id)}.html`,
  partner: (l: BulletinLanguage, slug: string) => `/archive/${l}/partners/${slug}.html`,
  search: (l: BulletinLanguage) => `/archive/${l}/search.html`,
  edition: (week: string, edition: Edition) => `/bulletins/${week}/${edition}.html`,
  subscribe: (l: BulletinLanguage) => `/subscribe?lang=${l}`,
};

// One look for the archive and the subscription pages. Long names wrap instead of widening the page.
const STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:0 auto;padding:12px 16px;color:#222;line-height:1.45;overflow-wrap:anywhere}',
  'header nav{display:flex;flex-wrap:wrap;gap:4px 16px;padding:8px 0;border-bottom:1px solid #ccd}',
  'a{color:#1f4e79}h1{font-size:24px;margin:16px 0 8px}h2{font-size:19px;margin:20px 0 8px}',
  'ul{padding-left:20px}li{margin:0 0 10px}.mt{color:#555;font-size:14px}',
  'dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dt{font-weight:bold}dd{margin:0}',
  'form{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}input,button{font-size:16px;padding:6px 8px;max-width:100%}',
  'input[type=search],input[type=email],input[type=text]{flex:1 1 220px;min-width:0}label{display:block;flex-basis:100%;font-weight:bold;margin:8px 0 2px}fieldset label{font-weight:normal}',
  'button{background:#1f4e79;color:#fff;border:0;border-radius:4px;cursor:pointer}footer{margin-top:32px;color:#555;font-size:14px}',
  'table{border-collapse:collapse}td,th{padding:2px 8px 2px 0;text-align:left;vertical-align:top}',
].join('');

export interface PageSpec {
  language: BulletinLanguage;
  title: string;
  /** The same page in the other language. */
  otherLanguageUrl: string;
  body: string;
  scripts?: string[];
}

const link = (href: string, label: string) => `<a href="${safeUrl(href)}">${escapeHtml(label)}</a>`;

/** The page frame every archive and subscription page shares: navigation, language switch, footer. */
export function sitePage(spec: PageSpec): string {
  const words = siteWords(spec.language);
  const other = spec.language === 'az' ? 'en' : 'az';
  const nav = [
    link(sitePaths.home(spec.language), words.home),
    link(sitePaths.search(spec.language), words.search),
    link(sitePaths.subscribe(spec.language), words.subscribe),
    `<a href="${safeUrl(spec.otherLanguageUrl)}" hreflang="${other}" lang="${other}">${escapeHtml(words.otherLanguage)}</a>`,
  ].join('\n');
  const scripts = (spec.scripts ?? []).map((src) => `<script src="${safeUrl(src)}" defer></script>`).join('');
  return `<!doctype html>
<html lang="${spec.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)}</title>
<link rel="alternate" type="application/atom+xml" href="/feeds/${spec.language}.xml">
<link rel="alternate" hreflang="${other}" href="${safeUrl(spec.otherLanguageUrl)}">
<style>${STYLE}</style>${scripts}
</head>
<body>
<header><nav aria-label="${escapeHtml(words.home)}">${nav}</nav></header>
<main>
${spec.body}
</main>
<footer><p>${escapeHtml(words.about)}</p></footer>
</body>
</html>
`;
}

export { link as siteLink };
