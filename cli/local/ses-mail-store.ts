import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The parts of aws-ses-v2-local's in-memory store that keeping mail on disk needs (dist/store.js). */
interface SesStore {
  saveEmail: (email: unknown) => void;
  clearStore: () => void;
  getStoreReadonly: () => { emails: unknown[] };
}

let file: string | null = null;
let installed = false;

/**
 * aws-ses-v2-local keeps captured mail in memory, so a restart forgot what was sent. Every email it saves is
 * also appended as one JSON line to <state>/ses/mail.jsonl, and the file is loaded into the store at start:
 * the mail viewer and GET /store show mail across restarts. A line cut short by a crash is skipped.
 */
export function keepSesMail(stateDir: string): { loaded: number; skipped: number } {
  const store = sesStore();
  file = join(stateDir, 'ses', 'mail.jsonl');
  mkdirSync(dirname(file), { recursive: true });
  const loaded = readMail(file);
  // In place, not through clearStore (which, once wrapped below, empties the file).
  const emails = store.getStoreReadonly().emails;
  emails.length = 0;
  emails.push(...loaded.emails);
  if (!installed) {
    installed = true;
    const save = store.saveEmail;
    const clear = store.clearStore;
    // The emulator calls these through its exports object, so replacing them here takes effect.
    store.saveEmail = (email) => {
      if (file) appendFileSync(file, `${JSON.stringify(email)}\n`);
      save(email);
    };
    store.clearStore = () => {
      if (file) writeFileSync(file, '');
      clear();
    };
  }
  return { loaded: loaded.emails.length, skipped: loaded.skipped };
}

function readMail(path: string): { emails: unknown[]; skipped: number } {
  if (!existsSync(path)) return { emails: [], skipped: 0 };
  const emails: unknown[] = [];
  let skipped = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      emails.push(JSON.parse(line));
    } catch {
      skipped++;
    }
  }
  return { emails, skipped };
}

function sesStore(): SesStore {
  const require = createRequire(import.meta.url);
  const main = require.resolve('aws-ses-v2-local');
  return require(join(dirname(main), 'store.js')) as SesStore;
}
