export interface StoredObject {
  bytes: Uint8Array;
  size: number;
  lastModified: Date;
  contentType: string | undefined;
  /** User metadata (x-amz-meta-*), lower-case keys. */
  metadata: Record<string, string>;
  etag: string | undefined;
}

export interface ObjectHead {
  size: number;
  lastModified: Date;
  etag: string | undefined;
  metadata: Record<string, string>;
}

/** The bucket, seen by the use cases. Keys are plain (decoded) S3 keys. */
export interface ObjectStore {
  head(key: string): Promise<ObjectHead | null>;
  get(key: string): Promise<StoredObject | null>;
  getText(key: string): Promise<string | null>;
  put(
    key: string,
    body: string | Uint8Array,
    contentType: string,
    metadata?: Record<string, string>,
  ): Promise<void>;
  copy(fromKey: string, toKey: string): Promise<void>;
  list(prefix: string): Promise<string[]>;
}
