import type { Command } from '../usage.js';

/**
 * Commands load on demand: `bulletin extract` (run once per file by the scorer) should not pay for the AWS
 * SDK and the emulators it never uses.
 */
export const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  dev: {
    summary: 'run the whole system locally: emulators, inbox watcher, archive server (npm start)',
    load: async () => (await import('./dev.js')).dev,
  },
  demo: {
    summary: 'one-shot: fresh state, ingest examples/, compile every week, email demo subscribers',
    load: async () => (await import('./demo.js')).demo,
  },
  extract: {
    summary: 'normalize and extract files without storing them; prints the article JSON',
    load: async () => (await import('./extract.js')).extract,
  },
  stories: {
    summary: 'group article JSON lines (from extract --json) into events, as ingest would; prints story keys',
    load: async () => (await import('./stories.js')).stories,
  },
  ingest: {
    summary: 'upload files to the local bucket under inbox/ and wait for the ingest handler',
    load: async () => (await import('./ingest.js')).ingest,
  },
  status: {
    summary: 'list every dropped file with its status and reason, and every bulletin',
    load: async () => (await import('./status.js')).status,
  },
  compile: {
    summary: 'compile one ISO week into the bulletin (archive, feeds); --send also emails the review copy',
    load: async () => (await import('./compile.js')).compile,
  },
  send: {
    summary:
      'compile one ISO week as a draft and email the review copy to the editors (--test ADDRESS: one test copy)',
    load: async () => (await import('./compile.js')).send,
  },
  review: {
    summary: "print a week's draft: items, article ids, extracted and corrected facts, audit trail",
    load: async () => (await import('./review.js')).review,
  },
  correct: {
    summary:
      'correct one article: date, countries, organizations, agreements, headline, lead, exclude, merge, split',
    load: async () => (await import('./correct.js')).correct,
  },
  approve: {
    summary: "approve a week's draft and send it to every active subscriber (once)",
    load: async () => (await import('./review.js')).approve,
  },
  subscribers: {
    summary: 'add, import, list or remove subscribers',
    load: async () => (await import('./subscribers.js')).subscribers,
  },
  knowledge: {
    summary: 'add organizations, people, places or words to the extraction knowledge base (no deploy)',
    load: async () => (await import('./knowledge.js')).knowledge,
  },
  replay: {
    summary: 'send messages parked in the dead-letter queues back to their queues',
    load: async () => (await import('./replay.js')).replay,
  },
  reprocess: {
    summary: 'run every file under inbox/ through ingestion again, idempotently',
    load: async () => (await import('./reprocess.js')).reprocess,
  },
};
