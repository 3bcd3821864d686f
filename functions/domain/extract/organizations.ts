/** Partner organizations named in the text (first version: acronyms in parentheses). */
export function extractOrganizations(text: string): string[] {
  return [...new Set([...text.matchAll(/\(([A-Z]{3,8})\)/g)].map((m) => m[1] ?? ''))];
}
