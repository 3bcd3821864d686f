import { createHash } from 'node:crypto';
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TranslationCache, TranslationText } from '../ports/translator.js';

/** BatchGetItem takes at most 100 keys, BatchWriteItem 25 items; both refuse a key twice in one call. */
const GET_BATCH = 100;
const WRITE_BATCH = 25;
const MAX_ROUNDS = 8;

/** pk `TRANSLATION#<sha256 of "<from>:<to>:<text>">`, sk `TRANSLATION` (docs/formats.md). */
export function translationKey(source: TranslationText) {
  const hash = createHash('sha256').update(`${source.from}:${source.to}:${source.text}`).digest('hex');
  return { pk: `TRANSLATION#${hash}`, sk: 'TRANSLATION' };
}

const batches = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export class DynamoTranslationCache implements TranslationCache {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(texts: readonly TranslationText[]): Promise<(string | null)[]> {
    const pks = texts.map((t) => translationKey(t).pk);
    const found = new Map<string, string>();
    for (const batch of batches([...new Set(pks)], GET_BATCH)) {
      let keys: Record<string, unknown>[] = batch.map((pk) => ({ pk, sk: 'TRANSLATION' }));
      // Unprocessed keys (throttling) are asked again; after a few rounds the rest count as misses.
      for (let round = 0; keys.length > 0 && round < MAX_ROUNDS; round++) {
        const out = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys } } }),
        );
        for (const item of out.Responses?.[this.table] ?? [])
          if (typeof item.translated === 'string') found.set(String(item.pk), item.translated);
        keys = (out.UnprocessedKeys?.[this.table]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return pks.map((pk) => found.get(pk) ?? null);
  }

  async put(entries: readonly { source: TranslationText; translated: string }[]): Promise<void> {
    const items = new Map<string, Record<string, unknown>>();
    for (const { source, translated } of entries) {
      const key = translationKey(source);
      items.set(key.pk, { ...key, kind: 'TRANSLATION', from: source.from, to: source.to, translated });
    }
    for (const batch of batches([...items.values()], WRITE_BATCH)) {
      let requests: Record<string, unknown>[] = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let round = 0; requests.length > 0 && round < MAX_ROUNDS; round++) {
        const out = await this.doc.send(
          new BatchWriteCommand({ RequestItems: { [this.table]: requests as never } }),
        );
        requests = (out.UnprocessedItems?.[this.table] ?? []) as Record<string, unknown>[];
      }
    }
  }
}
