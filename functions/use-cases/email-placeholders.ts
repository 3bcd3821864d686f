/** Stands in the stored email copy where each subscriber's own unsubscribe link goes. */
export const UNSUBSCRIBE_PLACEHOLDER = 'https://unsubscribe.invalid/__UNSUBSCRIBE__';
/** Likewise for each subscriber's signed preferences link. */
export const PREFERENCES_PLACEHOLDER = 'https://preferences.invalid/__PREFERENCES__';
