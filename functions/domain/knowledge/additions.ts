import { z } from 'zod';
import { lexiconWordSchema, organizationSchema, personSchema, placeSchema } from './schema.js';

/**
 * A file an editor or operator drops under knowledge/ in the bucket (`bulletin knowledge add FILE` locally):
 * organizations, people, places and lexicon words in the built-in files' own shapes (docs/knowledge-base.md),
 * merged over the built-in data without a deploy. The publisher's ministry cannot be redefined.
 */
export const knowledgeAdditionSchema = z
  .strictObject({
    $comment: z.string().optional(),
    organizations: z.array(organizationSchema.omit({ host: true }).strict()).optional(),
    people: z.array(personSchema).optional(),
    places: z.array(placeSchema).optional(),
    words: z.array(lexiconWordSchema).optional(),
  })
  .refine(
    (f) =>
      (f.organizations?.length ?? 0) +
        (f.people?.length ?? 0) +
        (f.places?.length ?? 0) +
        (f.words?.length ?? 0) >
      0,
    'the file adds nothing: give organizations, people, places or words',
  );
export type KnowledgeAddition = z.infer<typeof knowledgeAdditionSchema>;

export type AdditionCheck =
  | { ok: true; addition: KnowledgeAddition; summary: string }
  | { ok: false; reason: string };

const count = (n: number, one: string, many: string) => (n > 0 ? [`${n} ${n === 1 ? one : many}`] : []);

/** Parses and validates one file's text; the reason names the JSON path of every problem. */
export function checkKnowledgeFile(text: string): AdditionCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `invalid-knowledge: not JSON (${(error as Error).message})` };
  }
  const parsed = knowledgeAdditionSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
    return { ok: false, reason: `invalid-knowledge: ${problems.slice(0, 5).join('; ')}` };
  }
  const a = parsed.data;
  const summary = [
    ...count(a.organizations?.length ?? 0, 'organization', 'organizations'),
    ...count(a.people?.length ?? 0, 'person', 'people'),
    ...count(a.places?.length ?? 0, 'place', 'places'),
    ...count(a.words?.length ?? 0, 'word', 'words'),
  ].join(', ');
  return { ok: true, addition: a, summary };
}
