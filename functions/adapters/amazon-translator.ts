import { type TranslateClient, TranslateTextCommand } from '@aws-sdk/client-translate';
import type { Language } from '../domain/article/article.js';
import type { TranslationText, Translator } from '../ports/translator.js';
import { logger } from '../shared/logger.js';
import { chunkText, padding, utf8Bytes } from './text-chunks.js';

/** TranslateText accepts at most 10,000 bytes of UTF-8 text per request (Amazon Translate API reference). */
export const MAX_REQUEST_BYTES = 10_000;

/** Our languages and Amazon Translate's codes happen to agree; the table keeps that a decision, not luck. */
const LANGUAGE_CODES: Record<Language, string> = { en: 'en', az: 'az', ru: 'ru' };

export interface AmazonTranslatorOptions {
  /** Custom terminology names (TRANSLATE_TERMINOLOGY); see terminologyFor for the one each request uses. */
  terminologyNames?: readonly string[];
  /** Requests in flight at once: Translate throttles bursts, and the SDK retries what it throttles. */
  concurrency?: number;
  maxRequestBytes?: number;
}

const DIRECTION_SUFFIX = /-(en|az|ru)-(en|az|ru)$/;

/**
 * The service applies one terminology per request. A name ending in "-<from>-<to>" (e.g. "bulletin-ru-en")
 * serves that direction only; otherwise the first name without such a suffix (a multi-directional
 * terminology, docs/translation.md) serves every direction.
 */
export function terminologyFor(names: readonly string[], from: Language, to: Language): string[] {
  const exact = names.find((name) => name.endsWith(`-${from}-${to}`));
  const general = names.find((name) => !DIRECTION_SUFFIX.test(name));
  const chosen = exact ?? general;
  return chosen ? [chosen] : [];
}

export class AmazonTranslator implements Translator {
  constructor(
    private readonly client: TranslateClient,
    private readonly options: AmazonTranslatorOptions = {},
  ) {}

  async translate(texts: readonly TranslationText[]): Promise<(string | null)[]> {
    const results: (string | null)[] = texts.map(() => null);
    let next = 0;
    const worker = async () => {
      while (next < texts.length) {
        const index = next++;
        const text = texts[index];
        if (text) results[index] = await this.one(text);
      }
    };
    const lanes = Math.max(1, Math.min(this.options.concurrency ?? 4, texts.length));
    await Promise.all(Array.from({ length: lanes }, worker));
    return results;
  }

  /** A refused or failed text stays untranslated: the bulletin shows the original, marked, and goes out. */
  private async one(source: TranslationText): Promise<string | null> {
    if (source.from === source.to) return source.text;
    try {
      const chunks = chunkText(source.text, this.options.maxRequestBytes ?? MAX_REQUEST_BYTES);
      const out: string[] = [];
      for (const chunk of chunks) {
        const { lead, core, trail } = padding(chunk);
        out.push(core ? `${lead}${await this.request(core, source)}${trail}` : chunk);
      }
      return out.join('');
    } catch (error) {
      logger.warn('translation failed; the original is shown', {
        from: source.from,
        to: source.to,
        bytes: utf8Bytes(source.text),
        error: (error as Error).name,
      });
      return null;
    }
  }

  private async request(text: string, source: TranslationText): Promise<string> {
    const terminology = terminologyFor(this.options.terminologyNames ?? [], source.from, source.to);
    const out = await this.client.send(
      new TranslateTextCommand({
        Text: text,
        SourceLanguageCode: LANGUAGE_CODES[source.from],
        TargetLanguageCode: LANGUAGE_CODES[source.to],
        ...(terminology.length > 0 ? { TerminologyNames: terminology } : {}),
      }),
    );
    if (out.TranslatedText === undefined) throw new Error('TranslateText returned no text');
    return out.TranslatedText;
  }
}
