import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance, foldForMatch, fuzzLimit } from '../../src/normalise/fold.js';

describe('foldForMatch', () => {
  it.each([
    // Harakat and tatweel go.
    ['harakat', 'مُؤَقَّت', 'موقت'],
    ['tanwin and sukun', 'شُكْرًا', 'شكرا'],
    ['tatweel', 'جـــدول', 'جدول'],
    ['superscript alef', 'هٰذا', 'هذا'],
    // Hamza and madda on alef fold to bare alef; alef wasla too.
    ['alef with hamza above', 'أعمال', 'اعمال'],
    ['alef with hamza below', 'إقرار', 'اقرار'],
    ['alef with madda', 'آخر', 'اخر'],
    ['alef wasla', '\u0671لله', 'الله'],
    ['hamza on waw and yeh', 'مسؤول مسائل', 'مسوول مسايل'],
    // Letter variants.
    ['alef maksura → yeh', 'المعنى', 'المعني'],
    ['teh marbuta → heh', 'الجريمة', 'الجريمه'],
    ['Farsi yeh and keheh', '\u06cc\u06a9', 'يك'],
    // Latin: case, accents, ligature-free letters kept.
    ['case', 'Provisional AGENDA', 'provisional agenda'],
    ['acute accent', 'Café', 'cafe'],
    ['several accents', 'Élection à Genève, Zürich', 'election a geneve zurich'],
    ['dotted capital I', 'İstanbul', 'istanbul'],
    ['Cyrillic case', 'ПОВЕСТКА ДНЯ', 'повестка дня'],
    // Punctuation and spacing: runs become one space, ends are trimmed.
    ['punctuation runs', 'Item 1. -- Opening (of the session)!', 'item 1 opening of the session'],
    ['Arabic punctuation', 'افتتاح الاجتماع؛ إقرار، جدول.', 'افتتاح الاجتماع اقرار جدول'],
    ['slashes and brackets', 'كانون الثاني/يناير [٢٠١٠]', 'كانون الثاني يناير ٢٠١٠'],
    ['leading and trailing junk', '  ...«Agenda»\t\n ', 'agenda'],
    ['tabs and newlines', 'a\tb\nc\r\nd', 'a b c d'],
    ['CJK full stop', '议程。临时', '议程 临时'],
    ['digits are kept', 'E/CN.4/2010/1', 'e cn 4 2010 1'],
    ['only punctuation', ' -.,;: ', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
  });

  it('folds a long heading (past the cache length) the same way', () => {
    const heading = 'إقرار جدول الأعمال وتنظيم الأعمال، '.repeat(5);
    expect(heading.length).toBeGreaterThan(64);
    expect(foldForMatch(heading)).toBe('اقرار جدول الاعمال وتنظيم الاعمال '.repeat(5).trim());
  });

  it('gives the same answer on repeated calls (cache)', () => {
    for (let k = 0; k < 3; k++) expect(foldForMatch('Élection')).toBe('election');
  });

  it('is idempotent on a table of inputs', () => {
    for (const input of ['مُؤَقَّت', 'İstanbul', 'Élection à Genève', '«Agenda»', 'الجريمة المنظمة']) {
      const once = foldForMatch(input);
      expect(foldForMatch(once)).toBe(once);
    }
  });

  it('is idempotent and yields only letters, digits and single inner spaces (property)', () => {
    const piece = fc.oneof(
      fc.integer({ min: 0x0621, max: 0x0652 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u0670', '\u0671', '\u06cc', '\u06a9', '\u0640', '\u0654', '\u0655'),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xc0, max: 0x24f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('İ', 'ẞ', 'Σ', 'ǅ', 'Å', 'Ω', '\u0301', '\u0308', '،', '؛', '\t', '\n', '\u00a0', '٣', '۴'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const once = foldForMatch(parts.join(''));
        expect(foldForMatch(once)).toBe(once);
        expect(once).not.toMatch(/^ | $|  /);
        expect(once).toMatch(/^[\p{L}\p{N} ]*$/u);
        expect(once).not.toMatch(/[\p{M}\u0640\u0649\u0629\u0623\u0625\u0622]/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('boundedEditDistance', () => {
  it.each([
    ['', '', 0, 0],
    ['', 'abc', 5, 3],
    ['abc', 'abc', 0, 0],
    ['abc', 'abd', 1, 1],
    ['abc', 'ab', 1, 1],
    ['ab', 'ba', 2, 2], // no transpositions: two substitutions
    ['kitten', 'sitting', 5, 3],
    ['kitten', 'sitting', 3, 3],
    ['flaw', 'lawn', 3, 2],
    ['saturday', 'sunday', 4, 3],
    ['جدول', 'جدوال', 1, 1],
    ['الاعمال', 'الأعمال', 2, 1],
  ])('distance(%j, %j) with limit %i is %i', (a, b, limit, expected) => {
    expect(boundedEditDistance(a, b, limit)).toBe(expected);
    expect(boundedEditDistance(b, a, limit)).toBe(expected);
  });

  it.each([
    // Cut off by the length difference alone.
    ['a', 'abcdef', 2, 3],
    ['', 'abc', 2, 3],
    // Cut off while filling the table (same lengths).
    ['kitten', 'sitting', 2, 3],
    ['abcdef', 'uvwxyz', 3, 4],
    ['abc', 'abd', 0, 1],
    // Cut off at the end only: the last row still has a small value elsewhere.
    ['abcd', 'abxy', 1, 2],
  ])('distance(%j, %j) with limit %i is cut off at limit + 1 = %i', (a, b, limit, expected) => {
    expect(boundedEditDistance(a, b, limit)).toBe(expected);
    expect(boundedEditDistance(b, a, limit)).toBe(expected);
  });

  /** Plain Levenshtein distance, as the reference. */
  const levenshtein = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j - 1]! + cost, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };

  it('equals min(Levenshtein, limit + 1) and is symmetric (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ج', 'د'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        const expected = Math.min(levenshtein(a, b), limit + 1);
        expect(boundedEditDistance(a, b, limit)).toBe(expected);
        expect(boundedEditDistance(b, a, limit)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fuzzLimit', () => {
  it.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 1],
    [8, 1],
    [11, 1],
    [12, 2],
    [40, 2],
  ])('length %i allows %i edits', (length, limit) => {
    expect(fuzzLimit(length)).toBe(limit);
  });
});

describe('lam-alef written in the wrong order by PDF extraction', () => {
  it.each([
    ['األعمال', 'الأعمال'],
    ['االثنين', 'الاثنين'],
    ['جدول األعمال المؤقت', 'جدول الأعمال المؤقت'],
    ['واألطراف', 'والأطراف'],
  ])('%s reads as %s', (swapped, printed) => {
    expect(foldForMatch(swapped)).toBe(foldForMatch(printed));
  });

  it('leaves a double alef inside a word alone', () => {
    expect(foldForMatch('قراال')).toBe('قراال');
  });
});
