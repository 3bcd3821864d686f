import { buildBulletin } from './functions/domain/bulletin/build-bulletin.js';
import { renderEdition } from './functions/domain/render/render-edition.js';
import { largeWeek } from './tests/unit/render/large-week.js';
const links = { archiveUrl: 'https://bulletin.example/', webUrl: 'https://bulletin.example/bulletins/2025-W10/both.html', unsubscribeUrl: 'https://bulletin.example/unsubscribe?token=0123456789abcdef0123456789abcdef' };
for (const n of [20, 40, 60, 100, 300]) {
  const b = buildBulletin({ week: '2025-W10', articles: largeWeek(n) });
  const sizes = [];
  for (const e of ['az','en','both'] as const) sizes.push(Math.round(new TextEncoder().encode((await renderEdition(b, e, links)).html).length/1024));
  console.log(n, 'articles', b.figures.events, 'events', sizes.join('/'), 'KiB');
}
