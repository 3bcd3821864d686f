import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const keptMessageSchema = z.object({
  id: z.string().min(1),
  body: z.string(),
  receiveCount: z.number().int().min(0),
  sentAt: z.number(),
});
export type KeptMessage = z.infer<typeof keptMessageSchema>;

/**
 * A local queue's messages on disk, one JSON file each, written to a temporary name and renamed, so a crash
 * (SIGKILL) at any moment leaves either the whole message or none of it.
 */
export class MessageFolder {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  write(message: KeptMessage): void {
    const file = join(this.dir, `${message.id}.json`);
    writeFileSync(`${file}.tmp`, JSON.stringify(message));
    renameSync(`${file}.tmp`, file);
  }

  remove(id: string): void {
    rmSync(join(this.dir, `${id}.json`), { force: true });
  }

  /** Every kept message, oldest first; unreadable files are moved aside (reported), temporary ones dropped. */
  readAll(onCorrupt: (file: string) => void): KeptMessage[] {
    const messages: KeptMessage[] = [];
    for (const name of readdirSync(this.dir)) {
      const file = join(this.dir, name);
      if (name.endsWith('.tmp')) rmSync(file, { force: true });
      if (!name.endsWith('.json')) continue;
      try {
        messages.push(keptMessageSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
      } catch {
        renameSync(file, `${file}.corrupt`);
        onCorrupt(file);
      }
    }
    return messages.sort((a, b) => a.sentAt - b.sentAt);
  }
}
