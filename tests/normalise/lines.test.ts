import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/normalise/lines.js';

/** Reference: count lines and columns by walking the text. */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return { line, column };
}

describe('LineIndex.position', () => {
  //            0123 4567 8
  const text = 'abc\ndef\n';

  it.each([
    ['start of the text', 0, 1, 1],
    ['middle of line 1', 1, 1, 2],
    ['the newline ending line 1', 3, 1, 4],
    ['start of line 2', 4, 2, 1],
    ['last character of line 2', 6, 2, 3],
    ['the newline ending line 2', 7, 2, 4],
    ['after the last newline', 8, 3, 1],
  ])('%s (offset %i) is line %i, column %i', (_name, offset, line, column) => {
    expect(new LineIndex(text).position(offset)).toEqual({ line, column });
  });

  it('an empty text has one line, offset 0 is 1:1', () => {
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 });
  });

  it.each([
    [0, 1],
    [2, 3],
    [5, 6],
  ])('text with no newline: offset %i is line 1, column %i', (offset, column) => {
    expect(new LineIndex('agenda').position(offset)).toEqual({ line: 1, column });
  });

  it('the end of a text with no newline is one column past its last character', () => {
    expect(new LineIndex('agenda').position(6)).toEqual({ line: 1, column: 7 });
  });

  it.each([
    ['blank lines', '\n\n\n', [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]]],
    ['a text that is one newline', '\n', [[0, 1, 1], [1, 2, 1]]],
    ['Arabic text', 'جدول\nالأعمال', [[4, 1, 5], [5, 2, 1], [12, 2, 8]]],
    // Columns count UTF-16 code units, as vfile-location does: the emoji takes two.
    ['a surrogate pair', '😀x\ny', [[2, 1, 3], [3, 1, 4], [4, 2, 1]]],
  ] as [string, string, [number, number, number][]][])('%s', (_name, source, expected) => {
    const index = new LineIndex(source);
    for (const [offset, line, column] of expected) {
      expect(index.position(offset), `offset ${offset}`).toEqual({ line, column });
    }
  });

  it('agrees with a line-by-line count at every offset of the seed document', () => {
    const seed = readFileSync(new URL('../../fixtures/ar/CTOC_COP_WG.4_2010_1.txt', import.meta.url), 'utf8');
    const index = new LineIndex(seed);
    let line = 1;
    let column = 1;
    for (let offset = 0; offset <= seed.length; offset++) {
      const got = index.position(offset);
      if (got.line !== line || got.column !== column) {
        expect(got, `offset ${offset}`).toEqual({ line, column });
      }
      if (seed[offset] === '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    expect(line).toBe(seed.split('\n').length);
  });

  it('agrees with a line-by-line count on generated text (property)', () => {
    const source = fc.string({ unit: fc.constantFrom('a', 'ب', '\n', ' ', '\r'), maxLength: 40 });
    fc.assert(
      fc.property(source, fc.nat(), (s, n) => {
        const offset = n % (s.length + 1);
        expect(new LineIndex(s).position(offset)).toEqual(naivePosition(s, offset));
      }),
      { numRuns: 1000 },
    );
  });
});
