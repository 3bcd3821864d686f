import { z } from 'zod';

const storedEmailSchema = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: z.array(z.string()) }),
  subject: z.string(),
  body: z.object({ html: z.string().optional(), text: z.string().optional() }),
  at: z.number(),
});
export type StoredEmail = z.infer<typeof storedEmailSchema>;

/** Reads what the local SES captured (aws-ses-v2-local's GET /store). */
export async function capturedEmails(sesEndpoint: string): Promise<StoredEmail[]> {
  const response = await fetch(`${sesEndpoint}/store`);
  const body = (await response.json()) as { emails: unknown[] };
  return z.array(storedEmailSchema.loose()).parse(body.emails);
}
