import { makeSubscriptionDeps } from '../composition/subscriptions.js';
import { loadConfig } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import { createSubscriptionsHandler } from './subscriptions-handler.js';

const config = loadConfig();
// Built once per container; the secret is fetched on the first invocation.
const deps = linkSecret(config).then((secret) => makeSubscriptionDeps(config, secret));
// Observed here so a missing secret fails each invocation with its message, not the process at import.
deps.catch(() => undefined);
export const handler = createSubscriptionsHandler(() => deps);
