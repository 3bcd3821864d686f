// Markdown to plain text: the markup goes, the words stay. Only what news copy uses is handled;
// anything else passes through as text, which is harmless.

export interface MarkdownText {
  text: string;
  title: string | null;
}

// YAML front matter: only key/value, list or indented lines between the fences, so a '---' separator
// at the top of a note is not mistaken for it.
const FRONT_MATTER = /^---\n(?:[\w-]+:.*\n|[ -].*\n|\n)*?---\n/;
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT_RULE = /^ {0,3}(=+|-+)\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images keep their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their label
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** The first level-1 heading is the title; other headings stay as paragraphs of their own. */
export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, '\n').replace(FRONT_MATTER, '').split('\n');
  const out: string[] = [];
  let title: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (FENCE.test(line) || /^\[[^\]]+\]:\s*\S+/.test(line)) continue; // fences and link definitions
    const next = lines[i + 1] ?? '';
    const heading = ATX_HEADING.exec(line);
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
