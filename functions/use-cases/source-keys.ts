/** S3 quotes ETags in API responses but not in event notifications. */
export function bareEtag(etag: string | undefined): string | undefined {
  return etag?.replace(/^"|"$/g, '') || undefined;
}

/**
 * Names starting with a dot (in any folder) are editor and system files (.DS_Store, .~lock, .swp): recorded as
 * `ignored` with this reason, never read as articles.
 */
export function hiddenNameReason(key: string): string | null {
  const parts = key.split('/');
  // '..' and '..txt' are odd but ordinary names (S3 keys have no path navigation); '.DS_Store' is hidden.
  const hidden = parts.find((part) => /^\.[^.]/.test(part));
  return hidden
    ? `hidden: '${hidden}' starts with a dot (editor or system file), not read as an article`
    : null;
}
