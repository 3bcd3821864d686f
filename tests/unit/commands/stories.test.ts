import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MINISTERS, NATIONAL_UNIVERSITY } from '../../helpers/story-reports.js';

/** Runs `bulletin stories` as the scorer does: JSON lines in, JSON lines out. */
function stories(
  input: string,
  args = ['--json'],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/bulletin.mjs', 'stories', ...args],
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

const line = (article: object) => JSON.stringify({ status: 'ok', ...article });

describe('bulletin stories --json', () => {
  it('prints one {id, storyKey} per input line, in input order, grouping reports of one event', async () => {
    const input = [...NATIONAL_UNIVERSITY, ...MINISTERS].reverse();
    const { code, stdout } = await stories(input.map(line).join('\n'));
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; storyKey: string });
    expect(out.map((o) => o.id)).toEqual(input.map((a) => a.id));
    const keyOf = new Map(out.map((o) => [o.id, o.storyKey]));
    expect(new Set(NATIONAL_UNIVERSITY.map((a) => keyOf.get(a.id))).size).toBe(1);
    expect(new Set(MINISTERS.map((a) => keyOf.get(a.id))).size).toBe(1);
    expect(keyOf.get('nuu-en')).not.toBe(keyOf.get('min-en'));
    // Own keys are made here, unique to an article: date, partners, the start of the id.
    expect(keyOf.get('min-en')).toBe('2026-03-10:UZ:min-az');
  }, 20_000);

  it('reads organizations given as plain names, and reports a line that is not an article', async () => {
    const plain = { ...MINISTERS[0], organizations: ['Ministry of Higher Education of Uzbekistan'] };
    const { code, stdout, stderr } = await stories([line(plain), '{"id": 3}'].join('\n'));
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^line 2: not an article/);
  }, 20_000);
});
