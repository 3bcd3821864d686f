import type { Article } from '../article/article.js';
import type { NormalizeDocument } from '../normalize/contract.js';
import { RejectedInputError } from '../normalize/contract.js';
import { normalizeDocument } from '../normalize/normalize-document.js';
import type { ExtractArticle, ExtractInput } from './contract.js';
import { detectLanguage } from './detect-language.js';
import { extractMetadata } from './extract-metadata.js';
import { contentId, storyKeyOf } from './story-key.js';

function rejected(input: ExtractInput, error: RejectedInputError, text = ''): Article {
  return {
    id: contentId(text || input.key),
    source: { key: input.key, format: null, bytes: input.bytes.length },
    status: 'rejected',
    error: `${error.code}: ${error.message}`,
    language: null,
    title: '',
    publishedAt: input.publishedAt,
    eventDate: null,
    countries: [],
    organizations: [],
    people: [],
    agreements: [],
    topics: [],
    places: [],
    numbers: [],
    summary: '',
    text,
    storyKey: '',
  };
}

/** Builds the extraction engine around a normalizer (injected so tests can feed clean text). */
export function createExtractArticle(normalize: NormalizeDocument): ExtractArticle {
  return async (input) => {
    let doc: Awaited<ReturnType<NormalizeDocument>>;
    try {
      doc = await normalize(input.bytes, input.key);
    } catch (error) {
      // A parser failing on a damaged file is bad input too: the caller gets a refusal, never a throw.
      const refusal =
        error instanceof RejectedInputError
          ? error
          : new RejectedInputError('corrupt', String((error as Error)?.message ?? error));
      return rejected(input, refusal);
    }
    const language = detectLanguage(doc.text);
    if (!language) {
      const error = new RejectedInputError(
        'unsupported-language',
        'The text is not in English, Azerbaijani or Russian.',
      );
      return {
        ...rejected(input, error, doc.text),
        source: { key: input.key, format: doc.format, bytes: input.bytes.length },
      };
    }
    const meta = extractMetadata({
      text: doc.text,
      title: doc.title,
      dateHint: doc.dateHint,
      language,
      publishedAt: input.publishedAt,
    });
    return {
      id: contentId(doc.text),
      source: { key: input.key, format: doc.format, bytes: input.bytes.length },
      status: 'ok',
      error: null,
      language,
      publishedAt: input.publishedAt,
      text: doc.text,
      ...meta,
      // The article's own key, unique to it (the id is known only here); ingest and `bulletin stories` give
      // it the key of a stored report of the same event instead (functions/domain/stories/).
      storyKey: storyKeyOf(
        meta.eventDate ?? input.publishedAt,
        meta.countries,
        meta.organizations,
        contentId(doc.text),
      ),
    };
  };
}

/** The engine with the real normalizer: what the ingest use case and `bulletin extract` call. */
export const extractArticle: ExtractArticle = createExtractArticle(normalizeDocument);
