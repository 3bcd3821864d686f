import { describe, expect, it } from 'vitest';
import { toLines } from '../../../functions/domain/normalize/pdf/pdf-lines.js';

const run = (str: string, x: number, y = 700, width = str.length * 5) => ({
  str,
  transform: [1, 0, 0, 10, x, y],
  width,
  height: 10,
});

describe('PDF runs to lines', () => {
  it('joins runs of one baseline, adding the space a visible gap stands for, and starts a line when the baseline moves', () => {
    const lines = toLines([
      run('Baku', 0),
      run('State', 30),
      run('University ', 60),
      run('signed', 120),
      run('Next', 0, 680),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['Baku State University signed', 'Next']);
  });

  it('keeps a run that opens with a space, and adds none after a run that ends in one', () => {
    const lines = toLines([run('one ', 0), run('two', 40), run(' three', 60)]);
    expect(lines[0]?.text).toBe('one two three');
  });

  it('reads a hostile line of a hundred thousand runs whole (linear: runs are joined once, not re-read)', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => run('abcdefghij', i * 60, 700, 50));
    const [line] = toLines(items);
    expect(line?.text.length).toBe(100_000 * 11 - 1);
    expect(line?.text.startsWith('abcdefghij abcdefghij')).toBe(true);
  });
});
