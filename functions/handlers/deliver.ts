import { makeDeliverDeps } from '../composition/deliver.js';
import { loadConfig } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import { createDeliverHandler } from './deliver-handler.js';

const config = loadConfig();
// Built once per container; the secret is fetched on the first invocation.
const deps = linkSecret(config).then((secret) => makeDeliverDeps(config, secret));
// Observed here so a missing secret fails each invocation with its message, not the process at import.
deps.catch(() => undefined);
export const handler = createDeliverHandler(() => deps);
