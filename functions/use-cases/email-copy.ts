import { z } from 'zod';

/** Stands in the stored email copy where each subscriber's own unsubscribe link goes. */
export const UNSUBSCRIBE_PLACEHOLDER = 'https://unsubscribe.invalid/__UNSUBSCRIBE__';
/** Likewise for each subscriber's signed preferences link. */
export const PREFERENCES_PLACEHOLDER = 'https://preferences.invalid/__PREFERENCES__';

/** bulletins/<week>/email/<edition>.json: what the email copy needs beside its HTML and text. */
export const emailMetaSchema = z.object({ subject: z.string().min(1) });
