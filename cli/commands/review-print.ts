import type { Correction } from '../../functions/domain/review/corrections.js';
import type { ReviewArticle, WeekReview } from '../../functions/domain/review/review-model.js';

const STATUS: Record<string, string> = {
  compiled: 'draft, awaiting approval',
  sending: 'approved, being sent',
  sent: 'approved and sent',
  empty: 'no events',
  none: 'not compiled yet',
};

function correctionText(c: Correction): string {
  const parts = [
    c.exclude ? 'excluded' : '',
    c.eventDate ? `date ${c.eventDate}` : '',
    c.countries ? `countries ${c.countries.join(',') || '-'}` : '',
    c.organizations ? `organizations ${c.organizations.map((o) => o.en).join('; ') || '-'}` : '',
    c.agreements ? `agreements ${c.agreements.map((a) => `${a.type}:${a.count}`).join(', ') || '-'}` : '',
    c.headline ? `headline ${[c.headline.en, c.headline.az].filter(Boolean).join(' / ')}` : '',
    c.lead ? 'lead edited' : '',
    c.mergeWith ? `merged with ${c.mergeWith}` : '',
    c.split ? 'split' : '',
  ];
  return `${parts.filter(Boolean).join('; ')} (by ${c.updatedBy}, ${c.updatedAt})`;
}

function articleLines(a: ReviewArticle): string[] {
  const x = a.extracted;
  const facts = [
    `date ${x.eventDate ?? '-'}`,
    `countries ${x.countries.join(',') || '-'}`,
    `organizations ${x.organizations.map((o) => o.en).join('; ') || '-'}`,
    `agreements ${x.agreements.map((g) => `${g.type}:${g.count}`).join(', ') || '-'}`,
  ];
  const lines = [`    ${x.id}  ${x.language}  ${x.source.key}`, `      extracted: ${facts.join('; ')}`];
  if (a.correction) lines.push(`      corrected: ${correctionText(a.correction)}`);
  return lines;
}

/** `bulletin review`'s text: items in bulletin order, their articles, what was excluded, who did what. */
export function reviewLines(view: WeekReview): string[] {
  const lines = [`${view.week}: ${STATUS[view.status] ?? view.status}, ${view.events} events`];
  view.items.forEach((item, i) => {
    lines.push(`[${i + 1}] ${item.date}  ${item.headline.en}`, `      ${item.headline.az}`);
    for (const a of item.articles) lines.push(...articleLines(a));
  });
  if (view.excluded.length > 0) lines.push('Excluded:');
  for (const a of view.excluded) lines.push(...articleLines(a));
  if (view.actions.length > 0) lines.push('Audit trail:');
  for (const a of view.actions) lines.push(`    ${a.at}  ${a.actor}  ${a.action}  ${a.detail}`);
  if (view.status === 'compiled') lines.push(`Approve and send: bulletin approve --week ${view.week}`);
  return lines;
}
