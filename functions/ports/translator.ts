import type { Language } from '../domain/article/article.js';
import type { BulletinLanguage } from '../domain/i18n/language.js';

/** One free text (a summary) to put into a reader language. */
export interface TranslationText {
  from: Language;
  to: BulletinLanguage;
  text: string;
}

export interface Translator {
  /**
   * One answer per text, in order: the translation, or null where there is none (the bulletin then shows
   * the original, marked with its language). Never throws for one text the service refuses.
   */
  translate(texts: readonly TranslationText[]): Promise<(string | null)[]>;
}

/** Translations already paid for, keyed by (from, to, text): a recompile makes no new service call. */
export interface TranslationCache {
  get(texts: readonly TranslationText[]): Promise<(string | null)[]>;
  put(entries: readonly { source: TranslationText; translated: string }[]): Promise<void>;
}

/** Local mode without AWS credentials: every summary stays in its original language. */
export const noTranslator: Translator = {
  translate: async (texts) => texts.map(() => null),
};
