import { loadConfig } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import { makeDeliverDeps } from '../use-cases/make-deps.js';
import { createDeliverHandler } from './deliver-handler.js';

const config = loadConfig();
// The secret is fetched on the first invocation, once per container.
const deps = linkSecret(config).then((secret) => makeDeliverDeps(config, secret));
// Observed here so a missing secret fails each invocation with its message, not the process at import.
deps.catch(() => undefined);
export const handler = createDeliverHandler(() => deps);
