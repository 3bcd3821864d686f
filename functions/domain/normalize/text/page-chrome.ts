// Lines that belong to the page around an article, never to the article: separators, page numbers,
// share/print bars, cookie notices, "read more" links. Each pattern matches a whole line.
const SEPARATOR = /^([-_*=~•·–—]\s*){3,}$/u;
const PAGE_NUMBER = [
  /^(page|p\.|səhifə|səh\.|страница|стр\.)\s*\d+(\s*(of|из|\/)\s*\d+)?$/iu,
  /^\d+\s*(of|из|\/)\s*\d+$/iu,
  /^[-–—([ ]*\d{1,3}[-–—)\] ]*$/u,
  // A running header that ends in the page count: "Press release   Page 1 of 2" (its spacing is gone by now).
  /^[^.!?]{0,60}\s(page|səhifə|страница|стр\.)\s*\d+\s*(of|из|\/)\s*\d+$/iu,
];
const isPageMark = (line: string): boolean => PAGE_NUMBER.some((re) => re.test(line.trim()));
const SHARE_WORDS =
  'share|print|tweet|email|e-mail|facebook|twitter|x|linkedin|whatsapp|telegram|vk|ok|copy link|' +
  'paylaş|çap et|çap|поделиться|печать|распечатать|версия для печати|send|save|comments?|like';
const SHARE_BAR = new RegExp(
  `^((${SHARE_WORDS})(\\s+this)?(\\s+(article|page|story|news))?[\\s:|•·/,]*)+$`,
  'iu',
);
const CHROME_LINE = [
  /^(read more|related( news| articles)?|see also|back to top|top|home|menu|search|advertisement|ad)$/iu,
  /^(oxşar xəbərlər|digər xəbərlər|daha çox|ətraflı|читайте также|похожие новости|подробнее|реклама)$/iu,
  /^(all rights reserved|©|\(c\) ).{0,120}$/iu,
  /(all rights reserved|bütün hüquqlar qorunur|все права защищены)/iu,
  /^(subscribe|sign up)( to)?( our)? (newsletter|channel).{0,60}$/iu,
  /^[←<«]?\s*(back( to (news|top|the list|all news))?|all news|more news|next|previous|next article|previous article)\s*[→>»]?$/iu,
  /^[←<«]?\s*(xəbərlərə qayıt|bütün xəbərlər|geri qayıt|növbəti xəbər|əvvəlki xəbər)\s*[→>»]?$/iu,
  /^[←<«]?\s*(назад( к новостям)?|все новости|вернуться( к списку| к новостям)?|следующая новость|предыдущая новость)\s*[→>»]?$/iu,
];
// Breadcrumbs: three or more short labels joined by / > » | and no digits (a dated line is kept).
const BREADCRUMB = /^[^\d/>»|.!?]{1,40}(\s[/>»|]\s[^\d/>»|.!?]{1,40}){2,}$/u;
// "1 204 views" after a date: the counter goes, the date stays.
const VIEW_COUNTER = /\s*[·•|,]?\s*\d[\d\s.,]*\s*(views?|baxış|просмотр(ов|а)?)\s*$/iu;
// Cookie notices are sentences, so they are recognised by their words, not their exact shape.
const COOKIE = /(cookie|kuki|куки)/iu;
const COOKIE_CONTEXT =
  /(accept|agree|consent|policy|use|qəbul|razı|siyasət|принять|соглас|использ|политик)/iu;

/** True for a line that is page chrome or a separator and should be dropped. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (SEPARATOR.test(t)) return true;
  // Page furniture is short; only a cookie notice runs to a sentence or two.
  if (t.length > 160) return t.length < 400 && COOKIE.test(t) && COOKIE_CONTEXT.test(t);
  if (isPageMark(t)) return true;
  if (SHARE_BAR.test(t) || BREADCRUMB.test(t)) return true;
  if (CHROME_LINE.some((re) => re.test(t))) return true;
  return COOKIE.test(t) && COOKIE_CONTEXT.test(t);
}

/** Normalises digits so that "Page 3" and "Page 4" count as one repeated running header. */
const shapeOf = (line: string): string => line.trim().toLowerCase().replace(/\d+/g, '#');

/**
 * How often each short line recurs, by shape: running headers and footers are the short lines that recur.
 * A real sentence repeated that often is itself an artifact, so length is the only other guard.
 */
function shortLineCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const t = line.trim();
    if (t.length === 0 || t.length > 100) continue;
    const shape = shapeOf(t);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return counts;
}

const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/**
 * Drops chrome lines, and running headers/footers. A recurring line is only dropped where it stands
 * alone between blank lines: a short wrapped fragment ("of the two countries.") may recur in the body.
 */
export function dropChrome(input: readonly string[], minRepeats = 3): string[] {
  const lines = input.map((line) => (line.length < 120 ? line.replace(VIEW_COUNTER, '') : line));
  const counts = shortLineCounts(lines);
  const chrome = lines.map(isChromeLine);
  const pageMark = lines.map((line) => line.trim() !== '' && isPageMark(line));
  const gone = (i: number) => blank(lines[i]) || chrome[i] === true;
  return lines.filter((line, i) => {
    if (chrome[i] || (line === '' && input[i] !== '')) return false;
    const alone = gone(i - 1) && gone(i + 1);
    if (!alone) return true;
    const n = counts.get(shapeOf(line)) ?? 0;
    // A line that recurs beside a page number is part of that page's header or footer, even on two pages.
    return !(n >= minRepeats || (n >= 2 && (pageMark[i - 1] || pageMark[i + 1])));
  });
}
