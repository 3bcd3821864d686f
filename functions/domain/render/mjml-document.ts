import mjml2html from 'mjml';
import { BulletinError } from '../errors.js';
import { type BulletinLanguage, type Edition, editionLanguages } from '../i18n/language.js';
import { escapeHtml } from './escape.js';

/** One row of the layout: the same block in each language of the edition, side by side in 'both'. */
export interface Row {
  html: Partial<Record<BulletinLanguage, string>>;
  /** Section padding-top in px: more before headings. */
  gap?: number;
  background?: string;
}

export interface DocumentSpec {
  edition: Edition;
  title: string;
  preview: string;
  rows: Row[];
}

// Item styles are classes, not inline: repeated per item they cost kilobytes in heavy weeks.
const HEAD = `<mj-attributes>
<mj-all font-family="Arial, Helvetica, sans-serif" />
<mj-text font-size="15px" line-height="1.5" color="#222222" padding="4px 16px" />
<mj-section padding="8px 0" />
</mj-attributes>
<mj-style>a { color: #1f4e79; } h1, h2, h3 { line-height: 1.3; }
.gh { margin: 0; font-size: 18px; border-bottom: 2px solid #1f4e79; padding-bottom: 4px; }
.hl { margin: 0 0 2px; font-size: 16px; } .mt { margin: 0; color: #777777; font-size: 13px; }
.sm { margin: 6px 0; } .nt { color: #777777; } .tp { margin: 0; font-size: 13px; } .ft { margin: 4px 0 0; }
.it { margin: 14px 0 0; }
dl.facts { margin: 8px 0; font-size: 14px; } dl.facts dt { font-weight: bold; float: left; clear: left; margin-right: 6px; }
dl.facts dt::after { content: ":"; } dl.facts dd { margin: 0 0 2px; }</mj-style>`;

function section(row: Row, languages: BulletinLanguage[]): string {
  const columns = languages.map((language) => {
    const html = row.html[language] ?? '';
    // lang per column lets screen readers and hyphenation pick the right language in 'both'.
    return `<mj-column><mj-text><div lang="${language}">${html}</div></mj-text></mj-column>`;
  });
  const bg = row.background ? ` background-color="${row.background}"` : '';
  return `<mj-section padding="${row.gap ?? 8}px 0 8px"${bg}>${columns.join('')}</mj-section>`;
}

/** The MJML source: responsive by construction (columns stack below 480px). */
export function toMjml(spec: DocumentSpec): string {
  const languages = editionLanguages(spec.edition);
  const lang = languages[0] ?? 'en';
  return [
    `<mjml lang="${lang}">`,
    `<mj-head><mj-title>${escapeHtml(spec.title)}</mj-title><mj-preview>${escapeHtml(spec.preview)}</mj-preview>${HEAD}</mj-head>`,
    '<mj-body width="680px" background-color="#f4f4f4"><mj-wrapper background-color="#ffffff" padding="8px 0">',
    ...spec.rows.map((row) => section(row, languages)),
    '</mj-wrapper></mj-body></mjml>',
  ].join('\n');
}

export class MjmlRenderError extends BulletinError {
  readonly kind = 'permanent';
  override readonly name = 'MjmlRenderError';
}

/** Renders MJML; 'strict' refuses a document with any validation error instead of mailing a broken one. */
export async function mjmlToHtml(source: string, validationLevel: 'strict' | 'soft' | 'skip' = 'strict') {
  try {
    const result = await mjml2html(source, { validationLevel, keepComments: false });
    return result.html;
  } catch (error) {
    throw new MjmlRenderError(`MJML rendering failed: ${(error as Error).message}`, { cause: error });
  }
}
