import { loadConfig } from '../shared/config.js';
import { linkSecret } from '../shared/link-secret.js';
import { makeSubscriptionDeps } from '../use-cases/make-deps.js';
import { createSubscriptionsHandler } from './subscriptions-handler.js';

const config = loadConfig();
const deps = linkSecret(config).then((secret) => makeSubscriptionDeps(config, secret));
deps.catch(() => undefined);
export const handler = createSubscriptionsHandler(() => deps);
