// Which HTML elements hold article text and which hold page furniture.

const set = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** Dropped with everything inside: never visible text. */
export const HIDDEN = set(
  'script style noscript template svg iframe object canvas select button textarea video audio map',
);
/** Page chrome by element: navigation, site header and footer, side boxes, forms. */
export const CHROME_TAGS = set('nav header footer aside form menu dialog figure');
export const MAIN_TAGS = set('article main');
/** Elements that start and end a block of text. */
export const BLOCK_TAGS = set(
  'p div section article main li ul ol dl dt dd blockquote pre table tr td th h1 h2 h3 h4 h5 h6 figcaption address hr header footer nav aside form body caption center details summary fieldset hgroup',
);
// Page chrome by class or id, as site templates name it.
export const CHROME_CLASS =
  /(^|[\s_-])(share|sharing|social|cookies?|consent|gdpr|breadcrumbs?|nav|navbar|navigation|menu|related|comments?|subscribe|newsletter|advert|adv|ads|banner|sidebar|widget|tags|popup|modal|footer|header|masthead|print|toolbar|pagination|pager|promo|copyright|byline-share|author-bio)([\s_-]|$)/i;
export const MAIN_CLASS =
  /(^|[\s_-])(article-body|article-content|articlebody|post-content|entry-content|news-text|news-content|story-body|content-text|news-detail|article-text)([\s_-]|$)/i;
export const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);
