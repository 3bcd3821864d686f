import type { Bulletin } from '../domain/bulletin/bulletin.js';
import {
  applyTranslations,
  type TranslationResult,
  translationRequests,
} from '../domain/bulletin/translations.js';
import type { TranslationCache, TranslationText, Translator } from '../ports/translator.js';

/**
 * A translator that asks the cache first and the service only for misses, then stores what it got. Equal
 * texts in one call are translated once. A miss the service cannot fill is not cached, so it is tried again
 * at the next compile.
 */
export function cachedTranslator(translator: Translator, cache: TranslationCache): Translator {
  return {
    async translate(texts) {
      const cached = await cache.get(texts);
      const missing = new Map<string, TranslationText>();
      texts.forEach((t, i) => {
        if (cached[i] === null) missing.set(JSON.stringify([t.from, t.to, t.text]), t);
      });
      if (missing.size === 0) return cached;
      const sources = [...missing.values()];
      const fresh = await translator.translate(sources);
      const got = new Map<string, string>();
      const entries: { source: TranslationText; translated: string }[] = [];
      sources.forEach((source, i) => {
        const translated = fresh[i];
        if (typeof translated !== 'string') return;
        got.set(JSON.stringify([source.from, source.to, source.text]), translated);
        entries.push({ source, translated });
      });
      if (entries.length > 0) await cache.put(entries);
      return texts.map((t, i) => cached[i] ?? got.get(JSON.stringify([t.from, t.to, t.text])) ?? null);
    },
  };
}

/**
 * Fills each summary no report gives in a reader language (domain: translationRequests). A summary with
 * no translation keeps its original, which the renderers mark "(original in English)".
 */
export async function translateBulletin(bulletin: Bulletin, translator: Translator | undefined) {
  if (!translator) return bulletin;
  const requests = translationRequests(bulletin);
  if (requests.length === 0) return bulletin;
  const answers = await translator.translate(requests);
  const results: TranslationResult[] = requests.flatMap((request, i) => {
    const summary = answers[i];
    return summary ? [{ itemId: request.itemId, from: request.from, to: request.to, summary }] : [];
  });
  return applyTranslations(bulletin, results);
}
