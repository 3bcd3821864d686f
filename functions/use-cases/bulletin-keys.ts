import type { Edition } from '../ports/repositories.js';

export const EDITIONS: readonly Edition[] = ['az', 'en', 'both'];

/** Stands in the stored email copy where each subscriber's own unsubscribe link goes. */
export const UNSUBSCRIBE_PLACEHOLDER = 'https://unsubscribe.invalid/__UNSUBSCRIBE__';
/** Likewise for each subscriber's signed preferences link. */
export const PREFERENCES_PLACEHOLDER = 'https://preferences.invalid/__PREFERENCES__';

/** Public archive copies (served on the web). */
export const webKeys = (week: string, edition: Edition) => ({
  html: `bulletins/${week}/${edition}.html`,
  text: `bulletins/${week}/${edition}.txt`,
});

/** Email copies, with the unsubscribe placeholder; not linked from the archive. */
export const emailKeys = (week: string, edition: Edition) => ({
  html: `bulletins/${week}/email/${edition}.html`,
  text: `bulletins/${week}/email/${edition}.txt`,
  meta: `bulletins/${week}/email/${edition}.json`,
});

export const bulletinJsonKey = (week: string) => `bulletins/${week}/bulletin.json`;
export const ARCHIVE_INDEX_KEY = 'archive/index.html';
export const feedKey = (language: 'az' | 'en') => `feeds/${language}.xml`;
