import {
  TranslateClient,
  TranslateTextCommand,
  type TranslateTextCommandInput,
} from '@aws-sdk/client-translate';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AmazonTranslator,
  MAX_REQUEST_BYTES,
  terminologyFor,
} from '../../../functions/adapters/amazon-translator.js';
import { chunkText, utf8Bytes } from '../../../functions/adapters/text-chunks.js';
import type { TranslationCache, TranslationText } from '../../../functions/ports/translator.js';
import { type CompileDeps, compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { cachedTranslator } from '../../../functions/use-cases/translate-summaries.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import {
  fixedClock,
  MemoryArticles,
  MemoryBulletins,
  MemoryStore,
  MemorySubscribers,
} from '../../helpers/fakes.js';
import { makeArticle } from '../bulletin/article-factory.js';

const translate = mockClient(TranslateClient);
const inputs = () =>
  translate.commandCalls(TranslateTextCommand).map((c) => c.args[0].input as TranslateTextCommandInput);

beforeEach(() => {
  translate.reset();
  // An echo service: "[az] <text>", so every request's text can be followed into the answer.
  translate.on(TranslateTextCommand).callsFake(async (input: TranslateTextCommandInput) => ({
    TranslatedText: `[${input.TargetLanguageCode}] ${input.Text}`,
  }));
});
afterEach(() => translate.reset());

const client = () => new TranslateClient({ region: 'eu-central-1' });

describe('AmazonTranslator', () => {
  it('sends one TranslateText per text with our language codes and the terminology for the direction', async () => {
    const translator = new AmazonTranslator(client(), {
      terminologyNames: ['bulletin-terms', 'bulletin-ru-en'],
    });
    const out = await translator.translate([
      { from: 'en', to: 'az', text: 'The minister met the rector.' },
      { from: 'ru', to: 'en', text: 'Министр встретился с ректором.' },
      { from: 'az', to: 'en', text: 'Nazir rektorla görüşüb.' },
    ]);
    expect(out).toEqual([
      '[az] The minister met the rector.',
      '[en] Министр встретился с ректором.',
      '[en] Nazir rektorla görüşüb.',
    ]);
    expect(inputs()).toEqual([
      {
        Text: 'The minister met the rector.',
        SourceLanguageCode: 'en',
        TargetLanguageCode: 'az',
        TerminologyNames: ['bulletin-terms'],
      },
      {
        Text: 'Министр встретился с ректором.',
        SourceLanguageCode: 'ru',
        TargetLanguageCode: 'en',
        TerminologyNames: ['bulletin-ru-en'],
      },
      {
        Text: 'Nazir rektorla görüşüb.',
        SourceLanguageCode: 'az',
        TargetLanguageCode: 'en',
        TerminologyNames: ['bulletin-terms'],
      },
    ]);
  });

  it('leaves TerminologyNames out when none is configured', async () => {
    await new AmazonTranslator(client()).translate([{ from: 'en', to: 'az', text: 'Hello.' }]);
    expect(inputs()).toEqual([{ Text: 'Hello.', SourceLanguageCode: 'en', TargetLanguageCode: 'az' }]);
  });

  it('splits a text over 10,000 bytes between sentences and joins the answers in order', async () => {
    // 2 bytes per "ə": 300 sentences of ~66 bytes, about 20 KB in all.
    const sentence = (i: number) => `Cümlə ${i}: Azərbaycan və tərəfdaş ölkələr əməkdaşlığı genişləndirir.`;
    const text = Array.from({ length: 300 }, (_, i) => sentence(i)).join(' ');
    expect(utf8Bytes(text)).toBeGreaterThan(2 * MAX_REQUEST_BYTES);
    const [out] = await new AmazonTranslator(client()).translate([{ from: 'az', to: 'en', text }]);
    const sent = inputs();
    expect(sent).toHaveLength(3);
    for (const input of sent) {
      expect(utf8Bytes(input.Text ?? '')).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
      expect(input.Text).toMatch(/^Cümlə \d+:.*genişləndirir\.$/); // whole sentences, trimmed
    }
    expect(sent.map((i) => i.Text).join(' ')).toBe(text);
    expect(out).toBe(sent.map((i) => `[en] ${i.Text}`).join(' '));
  });

  it('shows the original (null) when the service refuses a text, and translates the others', async () => {
    translate
      .on(TranslateTextCommand, { Text: 'bad' })
      .rejects(Object.assign(new Error('no'), { name: 'UnsupportedLanguagePairException' }));
    const out = await new AmazonTranslator(client()).translate([
      { from: 'en', to: 'az', text: 'bad' },
      { from: 'en', to: 'az', text: 'good' },
    ]);
    expect(out).toEqual([null, '[az] good']);
  });

  it('picks one terminology per request: the direction-specific one, else a general one', () => {
    expect(terminologyFor(['general', 'terms-az-en'], 'az', 'en')).toEqual(['terms-az-en']);
    expect(terminologyFor(['general', 'terms-az-en'], 'en', 'az')).toEqual(['general']);
    expect(terminologyFor(['terms-az-en'], 'ru', 'en')).toEqual([]);
    expect(terminologyFor([], 'ru', 'en')).toEqual([]);
  });
});

describe('chunkText', () => {
  it('keeps every byte, cuts at paragraphs first, and splits a word longer than the limit by characters', () => {
    const text = `${'a'.repeat(30)}\n\n${'b'.repeat(30)}\n\n${'ə'.repeat(40)}`;
    const chunks = chunkText(text, 64);
    expect(chunks.join('')).toBe(text);
    expect(chunks[0]).toBe(`${'a'.repeat(30)}\n\n${'b'.repeat(30)}\n\n`);
    for (const chunk of chunks) expect(utf8Bytes(chunk)).toBeLessThanOrEqual(64);
    expect(chunkText('😀😀😀', 8)).toEqual(['😀😀', '😀']);
  });
});

describe('cachedTranslator', () => {
  function memoryCache() {
    const entries = new Map<string, string>();
    const key = (t: TranslationText) => `${t.from}|${t.to}|${t.text}`;
    const cache: TranslationCache = {
      get: async (texts) => texts.map((t) => entries.get(key(t)) ?? null),
      put: async (list) => {
        for (const e of list) entries.set(key(e.source), e.translated);
      },
    };
    return { cache, entries };
  }

  it('asks the service only for misses, once per distinct text, and never caches a failure', async () => {
    const { cache, entries } = memoryCache();
    translate.on(TranslateTextCommand, { Text: 'refused' }).rejects(new Error('throttled'));
    const translator = cachedTranslator(new AmazonTranslator(client()), cache);
    const texts: TranslationText[] = [
      { from: 'en', to: 'az', text: 'one' },
      { from: 'en', to: 'az', text: 'one' },
      { from: 'ru', to: 'az', text: 'refused' },
    ];
    expect(await translator.translate(texts)).toEqual(['[az] one', '[az] one', null]);
    expect(inputs().map((i) => i.Text)).toEqual(['one', 'refused']);
    expect([...entries.keys()]).toEqual(['en|az|one']);
    translate.resetHistory();
    expect(await translator.translate(texts)).toEqual(['[az] one', '[az] one', null]);
    expect(inputs().map((i) => i.Text)).toEqual(['refused']);
  });
});

describe('compileBulletin with a translator', () => {
  async function compileWith(translator: CompileDeps['translator']) {
    const deps: CompileDeps = {
      store: new MemoryStore(),
      articles: new MemoryArticles(),
      bulletins: new MemoryBulletins(),
      subscribers: new MemorySubscribers(),
      queue: { enqueue: async () => undefined },
      clock: fixedClock(),
      archiveBaseUrl: 'http://127.0.0.1:8787',
      ...(translator ? { translator } : {}),
    };
    const summary = 'The rectors signed a memorandum on joint degrees.';
    const article = makeArticle({ id: 'en-only', eventDate: '2026-11-17', countries: ['IT'], summary });
    await storeArticle(deps, article, '2026-11-17T10:00:00Z');
    await compileBulletin(deps, '2026-W47', false);
    return {
      az: await deps.store.getText('bulletins/2026-W47/az.txt'),
      en: await deps.store.getText('bulletins/2026-W47/en.txt'),
    };
  }

  it('shows the machine translation, marked, in the language no report was written in', async () => {
    const { az, en } = await compileWith(new AmazonTranslator(client()));
    expect(az).toContain('[az] The rectors signed a memorandum on joint degrees. (maşın tərcüməsi)');
    expect(en).toContain('  The rectors signed a memorandum on joint degrees.\n');
    expect(inputs()).toEqual([
      {
        Text: 'The rectors signed a memorandum on joint degrees.',
        SourceLanguageCode: 'en',
        TargetLanguageCode: 'az',
      },
    ]);
  });

  it('shows the original, marked with its language, without a translator', async () => {
    const { az } = await compileWith(undefined);
    expect(az).toContain('The rectors signed a memorandum on joint degrees. (orijinal ingilis dilində)');
  });
});
