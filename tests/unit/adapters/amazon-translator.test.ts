import { TranslateTextCommand } from '@aws-sdk/client-translate';
import { describe, expect, it } from 'vitest';
import {
  AmazonTranslator,
  MAX_REQUEST_BYTES,
  terminologyFor,
} from '../../../functions/adapters/amazon-translator.js';
import { chunkText, utf8Bytes } from '../../../functions/adapters/text-chunks.js';
import { useEchoTranslate } from '../../helpers/echo-translate.js';

const { translate, inputs, client } = useEchoTranslate();

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
