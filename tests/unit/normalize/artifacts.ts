import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The artifact checks the shared scorer applies to an article's text: none of them may match. */
export const ARTIFACT_PATTERNS: Record<string, RegExp> = {
  'doubled run': /(.{25,})\1/su,
  'doubled word': /\b(the|a|an|of|in|and|to|with)\s+\1\b/i,
  'split word': /\p{L}-[ \n]+\p{Ll}/u,
  separator: /^\s*-{3,}\s*$/m,
};

export function artifactsIn(text: string): string[] {
  return Object.entries(ARTIFACT_PATTERNS)
    .filter(([, re]) => re.test(text))
    .map(([name]) => name);
}

/** Paragraphs are separated by exactly one blank line, with no stray blank or padded lines. */
export function hasCleanParagraphs(text: string): boolean {
  return !/\n{3,}/.test(text) && !/^\s|\s$/.test(text) && !/[ \t]\n|\n[ \t]/.test(text);
}

const fixtureDir = fileURLToPath(new URL('../../fixtures/normalize/', import.meta.url));

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fixtureDir + name));
export const fixtureText = (name: string): string => readFileSync(fixtureDir + name, 'utf8');
