import { readFile } from 'node:fs/promises';
import type { Article } from '../../functions/domain/article/article.js';
import { localDate } from '../../functions/domain/bulletin/iso-week.js';
import { extractArticle } from '../../functions/domain/extract/extract-article.js';
import { printable, printableJson, printableLines } from '../../functions/shared/printable.js';
import { type Command, DATE, parse, UsageError } from '../usage.js';

export const extract: Command = {
  summary: 'normalize and extract files without storing them; prints the article JSON',
  usage: `Usage: bulletin extract [--published YYYY-MM-DD] [--json] FILE...

Reads each file as the ingest Lambda would and prints its article (docs/formats.md): with --json one JSON
object per line, otherwise a short summary. --published is the reference date for dates stated without a
year (default: today in Asia/Baku). Nothing is stored.`,
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { published: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    if (positionals.length === 0) throw new UsageError('name at least one FILE');
    if (values.published && !DATE.test(values.published))
      throw new UsageError('--published takes YYYY-MM-DD');
    const publishedAt = values.published ?? localDate(new Date(), 'Asia/Baku');
    let failures = 0;
    for (const file of positionals) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        process.stderr.write(`${printable(file)}: cannot read: ${(error as Error).message}\n`);
        failures++;
        continue;
      }
      const article = await extractArticle({ bytes, key: file, publishedAt });
      process.stdout.write(values.json ? `${printableJson(article)}\n` : printableLines(describe(article)));
    }
    return failures > 0 ? 1 : 0;
  },
};

function describe(a: Article): string {
  if (a.status !== 'ok') return `${a.source.key}: rejected: ${a.error}\n\n`;
  const lines = [
    `${a.source.key} (${a.source.format}, ${a.language})`,
    `  title:      ${a.title}`,
    `  event date: ${a.eventDate ?? '-'}`,
    `  partners:   ${[...a.countries, ...a.organizations].join(', ') || '-'}`,
    `  people:     ${a.people.map((p) => `${p.name} (${p.role})`).join('; ') || '-'}`,
    `  agreements: ${a.agreements.map((g) => `${g.count} ${g.type}`).join(', ') || '-'}`,
    `  topics:     ${a.topics.join(', ') || '-'}`,
    `  summary:    ${a.summary}`,
  ];
  return `${lines.join('\n')}\n\n`;
}
