import type { OkArticle } from '../../functions/domain/article/article.js';
import { makeArticle } from './article-factory.js';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  link: 'javascript:alert(document.cookie)',
  entity: 'Tom & Jerry &amp; co',
};

/** Article text fields an attacker (or a careless copy) controls. */
export function hostileArticle(): OkArticle {
  return makeArticle({
    id: 'evil',
    storyKey: 'evil-story',
    title: `${HOSTILE.script} title`,
    summary: `${HOSTILE.attribute} ${HOSTILE.link} ${HOSTILE.entity}`,
    text: `First ${HOSTILE.script}\n\nSecond <a href="${HOSTILE.link}">click</a>`,
    organizations: [`${HOSTILE.attribute} Org`],
    topics: [HOSTILE.script],
  });
}
