const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// C0 controls other than tab/newline/CR are invalid in XML 1.0 and useless in mail: they are dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const INVALID_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const SPACE_AND_CONTROLS = /[\u0000-\u0020]/g;

/**
 * Escapes text for HTML content and quoted attributes, and for XML. Everything that comes from an
 * article goes through here: articles are dropped by staff but copied from anywhere.
 */
export function escapeHtml(text: string): string {
  return text.replace(INVALID_CONTROLS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export const escapeXml = escapeHtml;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** A URL safe for href: http(s), mailto or relative; anything else (javascript:, data:) becomes "#". */
export function safeUrl(url: string): string {
  const compact = url.replace(SPACE_AND_CONTROLS, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) return '#';
  return escapeHtml(url.trim());
}

/** Plain text (paragraphs split by a blank line) as escaped HTML paragraphs. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
