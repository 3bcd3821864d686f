// Markdown to plain text: the markup goes, the words stay. Only what news copy uses is handled;
// anything else passes through as text, which is harmless.

export interface MarkdownText {
  text: string;
  title: string | null;
}

// YAML front matter: only key/value, list or indented lines between the fences, so a '---' separator
// at the top of a note is not mistaken for it. Read line by line: as one regex, a line that fits two of the
// alternatives ("-a: b") doubled the backtracking per line, and 30 such lines with no closing fence took
// minutes.
const FRONT_MATTER_LINE = /^(?:[\w-]+:.*|[ -].*|)$/;
const MAX_FRONT_MATTER_LINES = 200;

function withoutFrontMatter(lines: readonly string[]): readonly string[] {
  if (lines[0] !== '---') return lines;
  const last = Math.min(lines.length, MAX_FRONT_MATTER_LINES + 1);
  for (let i = 1; i < last; i += 1) {
    const line = lines[i] ?? '';
    if (line === '---') return lines.slice(i + 1);
    if (!FRONT_MATTER_LINE.test(line)) return lines;
  }
  return lines;
}
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT_RULE = /^ {0,3}(=+|-+)\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const MAX_HEADING_CHARS = 1000;

// Every span below is bounded (a link label, a bold run, a tag): unbounded, a line of unclosed markers is
// rescanned to its end from each marker, quadratic in the line. A longer span keeps its markers, harmlessly.
function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1') // images keep their alt text
    .replace(/\[([^\]]{1,500})\]\([^)]{0,2000}\)/g, '$1') // links keep their label
    .replace(/\[([^\]]{1,500})\]\[[^\]]{0,500}\]/g, '$1')
    .replace(/<\/?[a-z][^>]{0,500}>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(?=\S)(.{1,300}?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]{1,500})`/g, '$1')
    .replace(/~~(.{1,300}?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** The first level-1 heading is the title; other headings stay as paragraphs of their own. */
export function markdownToText(source: string): MarkdownText {
  const lines = withoutFrontMatter(source.replace(/\r\n?/g, '\n').split('\n'));
  const out: string[] = [];
  let title: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (FENCE.test(line) || /^\[[^\]]+\]:\s*\S+/.test(line)) continue; // fences and link definitions
    const next = lines[i + 1] ?? '';
    // A heading is a short line; the pattern's lazy middle is quadratic over a long one.
    const heading = line.length <= MAX_HEADING_CHARS ? ATX_HEADING.exec(line) : null;
    const setext = line.trim() !== '' && SETEXT_RULE.test(next) && (out.at(-1) ?? '') === '';
    if (heading || setext) {
      const level = heading ? (heading[1]?.length ?? 1) : next.trim().startsWith('=') ? 1 : 2;
      const text = stripInline(heading ? (heading[2] ?? '') : line.trim());
      if (setext) i += 1;
      if (level === 1 && title === null) title = text;
      else out.push('', text, '');
      continue;
    }
    out.push(stripInline(line.replace(/^ {0,3}>\s?/, '').replace(/^ {0,3}([-*+]|\d{1,2}[.)])\s+/, '- ')));
  }
  return { text: out.join('\n'), title };
}
