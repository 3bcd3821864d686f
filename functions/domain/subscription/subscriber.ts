import { z } from 'zod';
import { EDITIONS } from '../i18n/language.js';

export const editionSchema = z.enum(EDITIONS);

export const SUBSCRIBER_STATUSES = ['pending', 'active', 'unsubscribed', 'suppressed'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const subscriberSchema = z.object({
  id: z.string().min(1),
  email: z.string().min(1),
  edition: editionSchema,
  name: z.string().nullable(),
  status: z.enum(SUBSCRIBER_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Changes with every subscribe request: only the newest confirmation link can activate. */
  confirmNonce: z.string().nullable().optional(),
  /** Soft bounces since the last delivered email (SES feedback). */
  softBounces: z.number().int().nonnegative().optional(),
  /**
   * Unsubscribe and preferences links carry the generation they were issued under; unsubscribing bumps it, so
   * every link sent before stops working (domain/subscription/link-subject.ts). Absent = 0.
   */
  linkGeneration: z.number().int().nonnegative().optional(),
  /** When confirmation emails went out in the last day: the cooldown and the daily cap (confirmation-policy.ts). */
  confirmationsSentAt: z.array(z.string()).optional(),
  /** Bumped by every conditional write (putIfUnchanged): two racing requests cannot both act on one state. */
  version: z.number().int().nonnegative().optional(),
});
export type Subscriber = z.infer<typeof subscriberSchema>;
