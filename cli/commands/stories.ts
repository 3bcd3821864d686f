import { z } from 'zod';
import { storyKeyOf } from '../../functions/domain/extract/story-key.js';
import { assignStories, storyDate } from '../../functions/domain/stories/assign-story.js';
import type { StoryArticle } from '../../functions/domain/stories/story-facts.js';
import { printable } from '../../functions/shared/printable.js';
import { type Command, parse, UsageError } from '../usage.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An article line as `bulletin extract --json` prints it; lenient where older outputs differ (plain names). */
const articleLine = z.object({
  id: z.string().min(1),
  status: z.string().optional(),
  title: z.string().optional(),
  publishedAt: z.string().regex(DATE),
  eventDate: z.string().regex(DATE).nullable().optional(),
  countries: z.array(z.string()).default([]),
  organizations: z
    .array(z.union([z.string(), z.object({ name: z.string(), en: z.string().optional() })]))
    .default([]),
  people: z
    .array(
      z.object({
        name: z.string(),
        display: z.object({ en: z.object({ name: z.string() }).optional() }).optional(),
      }),
    )
    .default([]),
  agreements: z.array(z.object({ type: z.string() })).default([]),
  topics: z.array(z.string()).default([]),
});
type ArticleLine = z.infer<typeof articleLine>;

export const stories: Command = {
  summary: 'group article JSON lines (from extract --json) into events, as ingest would; prints story keys',
  usage: `Usage: bulletin stories [--json] < articles.jsonl

Reads article JSON lines on standard input (what \`bulletin extract --json\` prints) and gives each the story
key ingest would: the key of an earlier report of the same event, in any language, else its own
(docs/extraction.md, "Same event across languages"). Articles are taken in date order (event date, else
publication date, then id), each matched against those before it in its ISO week and the weeks around it,
so the result does not depend on the input order. Prints one line per input line, in input order: with
--json {"id", "storyKey"}, otherwise the story key, the id and the title. Rejected articles keep a key
of their own.`,
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, true);
    if (positionals.length > 0) throw new UsageError('articles are read from standard input, not from files');
    if (process.stdin.isTTY) throw new UsageError('pipe article JSON lines into standard input');
    const { articles, failures } = readLines(await readStdin());
    const ok = articles.filter((a) => a.line.status === undefined || a.line.status === 'ok');
    const keys = assignStories(ok.map((a) => a.story));
    for (const { line, story } of articles) {
      const storyKey = keys.get(line.id) ?? story.storyKey;
      process.stdout.write(
        values.json
          ? `${JSON.stringify({ id: line.id, storyKey })}\n`
          : `${printable(`${storyKey}  ${line.id}  ${line.title ?? ''}`)}\n`,
      );
    }
    return failures > 0 ? 1 : 0;
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function readLines(text: string): {
  articles: { line: ArticleLine; story: StoryArticle }[];
  failures: number;
} {
  const articles: { line: ArticleLine; story: StoryArticle }[] = [];
  let failures = 0;
  for (const [index, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    const line = parseLine(raw);
    if (typeof line === 'string') {
      process.stderr.write(`line ${index + 1}: not an article: ${printable(line)}\n`);
      failures++;
    } else articles.push({ line, story: toStory(line) });
  }
  return { articles, failures };
}

function parseLine(raw: string): ArticleLine | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return (error as Error).message;
  }
  const parsed = articleLine.safeParse(json);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

/** The matcher's view of a line, with its own key (unique to the article) computed here. */
function toStory(line: ArticleLine): StoryArticle {
  const organizations = line.organizations.map((o) => (typeof o === 'string' ? { name: o } : o));
  const eventDate = line.eventDate ?? null;
  const date = storyDate({ eventDate, publishedAt: line.publishedAt });
  return {
    id: line.id,
    storyKey: storyKeyOf(date, line.countries, organizations, line.id),
    eventDate,
    publishedAt: line.publishedAt,
    countries: line.countries,
    organizations,
    people: line.people,
    agreements: line.agreements,
    topics: line.topics,
  };
}
