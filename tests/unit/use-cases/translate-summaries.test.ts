import { TranslateTextCommand } from '@aws-sdk/client-translate';
import { describe, expect, it } from 'vitest';
import { AmazonTranslator } from '../../../functions/adapters/amazon-translator.js';
import type { TranslationCache, TranslationText } from '../../../functions/ports/translator.js';
import { type CompileDeps, compileBulletin } from '../../../functions/use-cases/compile-bulletin.js';
import { cachedTranslator } from '../../../functions/use-cases/translate-summaries.js';
import { makeArticle } from '../../helpers/article-factory.js';
import { storeArticle } from '../../helpers/compile-articles.js';
import { useEchoTranslate } from '../../helpers/echo-translate.js';
import {
  fixedClock,
  MemoryArticles,
  MemoryBulletins,
  MemoryLedger,
  MemoryStore,
  MemorySubscribers,
} from '../../helpers/fakes.js';

const { translate, inputs, client } = useEchoTranslate();

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
      ledger: new MemoryLedger(),
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

  it('shows the lead built from the facts, in the reader language, without a translator', async () => {
    const { az } = await compileWith(undefined);
    expect(az).toContain('  Noyabrın 17-də Azərbaycan və İtaliya əməkdaşlığı müzakirə edib.\n');
    expect(az).not.toContain('The rectors signed');
  });
});
