import type { Command } from '../usage.js';
import { compile, send } from './compile.js';
import { demo } from './demo.js';
import { dev } from './dev.js';
import { extract } from './extract.js';
import { ingest } from './ingest.js';
import { status } from './status.js';
import { subscribers } from './subscribers.js';

export const commands: Record<string, Command> = {
  dev,
  demo,
  extract,
  ingest,
  compile,
  send,
  status,
  subscribers,
};
