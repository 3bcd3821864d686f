import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { htmlToText, isoDay } from '../../../functions/domain/normalize/html/html-document.js';
import { tokenizeHtml } from '../../../functions/domain/normalize/html/tokenizer.js';
import { normalizeDocument } from '../../../functions/domain/normalize/normalize-document.js';
import { artifactsIn, fixture, hasCleanParagraphs } from './artifacts.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('HTML documents', () => {
  it('keeps the article body and drops nav, header, footer, aside, share, cookie, form, script, style', async () => {
    const doc = await normalizeDocument(fixture('en-news-page.html'), 'inbox/kaist.html');
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('Azerbaijan and Korea open a joint AI lab');
    expect(doc.dateHint).toBe('2025-04-16');
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(hasCleanParagraphs(doc.text)).toBe(true);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(
      /^On 15 April, Azerbaijan’s Ministry of Science and Education and the Korea/,
    );
    expect(paragraphs[1]).toContain('40 researchers a year & host summer schools');
    expect(paragraphs[2]).toContain('said that the partnership builds on a memorandum');
    for (const chrome of [
      'Home',
      'Facebook',
      'Related',
      'Georgia',
      'cookies',
      'newsletter',
      'rights',
      'dataLayer',
      'font-family',
      'Photo',
    ]) {
      expect(doc.text).not.toContain(chrome);
    }
  });

  it('reads an old-style Azerbaijani page without <article>: title from <title>, unclosed <p>, no date', async () => {
    const doc = await normalizeDocument(fixture('az-news-page.htm'), 'inbox/macar.htm');
    expect(doc.title).toBe('Bakıda Azərbaycan-Macarıstan təhsil forumu keçirilib');
    expect(doc.dateHint).toBeNull();
    expect(artifactsIn(doc.text)).toEqual([]);
    expect(doc.text).toMatch(/^10\.10\.2024\n\nOktyabrın 9-da Bakıda/);
    expect(doc.text).toContain('protokol imzalanıb.');
    expect(doc.text).not.toMatch(/Paylaş|Telegram|Ana səhifə|hüquqlar/);
  });

  it('takes the date from <time datetime> when no meta states it', () => {
    const html = `<article><h1>Head</h1><time datetime="2024-11-06T10:00">6 Nov</time><p>${'Text. '.repeat(30)}</p></article>`;
    expect(htmlToText(html)).toMatchObject({ title: 'Head', dateHint: '2024-11-06' });
  });

  it('decodes a Windows-1251 page by its declared charset', async () => {
    const html =
      '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>' +
      '<h1>Азербайджан и Узбекистан расширяют сотрудничество</h1><p>Стороны подписали 5 меморандумов о ' +
      'взаимопонимании в области высшего образования и науки.</p></article></body></html>';
    const doc = await normalizeDocument(new Uint8Array(iconv.encode(html, 'win1251')), 'ru.html');
    expect(doc.title).toBe('Азербайджан и Узбекистан расширяют сотрудничество');
    expect(doc.text).toBe(
      'Стороны подписали 5 меморандумов о взаимопонимании в области высшего образования и науки.',
    );
  });

  it('detects HTML by content whatever the extension says', async () => {
    const doc = await normalizeDocument(
      utf8('<!doctype html><p>Body of a page saved as text.</p>'),
      'page.txt',
    );
    expect(doc.format).toBe('html');
  });

  it('tolerates broken markup: stray <, unclosed tags and comments, unknown entities', () => {
    const tokens = tokenizeHtml('<p>a < b &bogus; &#x4B;<!-- never closed');
    expect(tokens).toEqual([
      { type: 'open', name: 'p', attrs: {} },
      { type: 'text', text: 'a < b &bogus; K' },
    ]);
    expect(htmlToText('<div><p>Unclosed <b>bold <i>text</div>').text).toBe('Unclosed bold text');
  });

  it('validates calendar dates', () => {
    expect(isoDay('2025-02-30')).toBeNull();
    expect(isoDay('2024-02-29T00:00:00Z')).toBe('2024-02-29');
  });
});
