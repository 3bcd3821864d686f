// What news sites print after the article: lists of related stories, tags, a link to the other-language
// version, the source or photo credit, "follow us" lines. Each marker opens a paragraph (a colon, a dash or
// a space after it). A related-stories list runs to the end of the page, so everything from it goes; a
// label (tags, source, photo credit) is one paragraph of its own.
const RELATED =
  /^(?:read more|read also|also read|related(?: news| articles| stories| posts)?|see also|more on this|latest news|most read|other news|bənzər yazılar|oxşar xəbərlər|digər xəbərlər|son xəbərlər|ən çox oxunanlar|həmçinin oxuyun|читайте также|похожие новости|другие новости|последние новости|самое читаемое|по теме)(?=$|[\s:»›.–—-])/iu;
const LABEL =
  /^(?:tags?|keywords|teqlər|teq|açar sözlər|теги|тэги|метки|ключевые слова|(?:az|en|ru|eng|rus)\s+version|(?:rus|ingilis|azərbaycan) versiyası|версия на \p{L}+|source|mənbə|источник|photo|photos|foto|фото|disclaimer|qeyd|примечание)\s*[:|]/iu;
const FOLLOW = /^(?:follow|subscribe to|bizi izləyin|подписывайтесь на)\b.{0,60}\b(?:on|в|on our)\b/iu;
const MAX_LABEL = 300;

/** Paragraphs without the page's trailer. The lead (first two paragraphs) is never dropped. */
export function dropTrailer(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const t = paragraph.trim();
    if (i >= 2 && RELATED.test(t)) break;
    if (t.length <= MAX_LABEL && (LABEL.test(t) || FOLLOW.test(t))) continue;
    kept.push(paragraph);
  }
  return kept;
}
