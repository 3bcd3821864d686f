import { escapeHtml } from '../render/escape.js';

/** An email copy of the bulletin as stored by compile (with link placeholders). */
export interface EmailCopy {
  subject: string;
  html: string;
  text: string;
}

export interface ReviewLinks {
  /** The review page: the items, their facts, the corrections form and the audit trail. */
  page: string;
  /** A page with the "Approve and send" button (a GET there changes nothing). */
  approve: string;
}

const REVIEW_SUBJECT = '[Review · Yoxlama]';
const TEST_SUBJECT = '[TEST]';

/** Puts a block right after <body ...> (or first when the copy has no body tag). */
function prepend(html: string, block: string): string {
  const body = /<body[^>]*>/i.exec(html);
  if (!body) return block + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + block + html.slice(at);
}

function banner(lines: string[], links: { label: string; url: string }[]): string {
  const text = lines.map((l) => `<p style="margin:0 0 8px">${escapeHtml(l)}</p>`).join('');
  const buttons = links
    .map(
      (l) =>
        `<a href="${escapeHtml(l.url)}" style="display:inline-block;margin:4px 8px 4px 0;padding:10px 16px;background:#1f4e79;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(l.label)}</a>`,
    )
    .join('');
  return `<div style="font-family:Arial,Helvetica,sans-serif;background:#fff4d6;border:2px solid #d9a400;padding:16px;margin:0 0 16px">${text}${buttons}</div>`;
}

/**
 * The copy editors get: the bulletin exactly as subscribers would, headed by a bilingual notice with the
 * review page and the "Approve and send" action. Subscriber links in the copy lead to the review page.
 */
export function reviewEmail(
  copy: EmailCopy,
  week: string,
  links: ReviewLinks,
  placeholders: string[],
): EmailCopy {
  const lines = [
    `Draft of ${week}: nothing has been sent to subscribers. Review, correct, then approve.`,
    `${week} layihəsi: abunəçilərə hələ heç nə göndərilməyib. Yoxlayın, düzəldin, sonra təsdiqləyin.`,
  ];
  const actions = [
    { label: 'Review and correct · Yoxlayın və düzəldin', url: links.page },
    { label: 'Approve and send · Təsdiqləyin və göndərin', url: links.approve },
  ];
  const fill = (body: string) => placeholders.reduce((b, p) => b.replaceAll(p, links.page), body);
  const textHead = [...lines, `Review: ${links.page}`, `Approve and send: ${links.approve}`, '', ''].join(
    '\n',
  );
  return {
    subject: `${REVIEW_SUBJECT} ${copy.subject}`,
    html: prepend(fill(copy.html), banner(lines, actions)),
    text: textHead + fill(copy.text),
  };
}

/** One copy for one address, marked as a test: its links lead to the archive, not to anyone's subscription. */
export function testEmail(copy: EmailCopy, archiveUrl: string, placeholders: string[]): EmailCopy {
  const lines = ['Test copy: not the real send. · Sınaq nüsxəsi: əsl göndəriş deyil.'];
  const fill = (body: string) => placeholders.reduce((b, p) => b.replaceAll(p, archiveUrl), body);
  return {
    subject: `${TEST_SUBJECT} ${copy.subject}`,
    html: prepend(fill(copy.html), banner(lines, [])),
    text: `${lines.join('\n')}\n\n${fill(copy.text)}`,
  };
}
