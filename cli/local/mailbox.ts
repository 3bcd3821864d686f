import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const storedEmailSchema = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: z.array(z.string()) }),
  subject: z.string(),
  body: z.object({ html: z.string().optional(), text: z.string().optional() }),
  headers: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  at: z.number(),
});
export type StoredEmail = z.infer<typeof storedEmailSchema>;

/** Reads what the local SES captured (aws-ses-v2-local's GET /store). */
export async function capturedEmails(sesEndpoint: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  const body = (await response.json()) as { emails: unknown[] };
  return z.array(storedEmailSchema.loose()).parse(body.emails);
}

/** Writes captured emails out as one JSON file each, e.g. after `bulletin demo` (the local SES keeps its own copy in .bulletin/ses/mail.jsonl). */
export function saveEmails(dir: string, emails: StoredEmail[]): void {
  mkdirSync(dir, { recursive: true });
  emails.forEach((email, i) => {
    writeFileSync(join(dir, `${String(i + 1).padStart(3, '0')}.json`), `${JSON.stringify(email, null, 2)}\n`);
  });
}
