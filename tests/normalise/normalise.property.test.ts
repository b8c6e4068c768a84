import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, toSourceEnd, toSourceStart } from '../../src/normalise/normalise.js';
import {
  G1_DROPPED,
  ODD_SPACES,
  expectG1,
  expectG2,
  expectG3,
  expectG4,
  expectG5,
  expectG6,
  expectG7,
  expectTextGuarantees,
} from './invariants.js';

const range = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .integer({ min, max })
    .map((c) => String.fromCharCode(c));

/** One "character" of the generated text: mostly single code units, some pairs. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: range(0x0621, 0x064a), weight: 6 }, // Arabic letters (and tatweel at U+0640)
  { arbitrary: range(0x064b, 0x0652), weight: 3 }, // harakat
  { arbitrary: range(0xfe70, 0xfe7f), weight: 2 }, // spacing harakat
  { arbitrary: range(0xfe80, 0xfefc), weight: 3 }, // positional forms, lam-alef
  { arbitrary: range(0xfb50, 0xfdff), weight: 3 }, // Presentation Forms-A (incl. U+FDFA)
  { arbitrary: fc.constantFrom('\ufefb', '\ufef5', '\ufdfa', '\ufdf2'), weight: 1 },
  { arbitrary: range(0x0660, 0x0669), weight: 2 }, // Arabic-Indic digits
  { arbitrary: range(0x06f0, 0x06f9), weight: 2 }, // Extended Arabic-Indic digits
  { arbitrary: range(0xff10, 0xff19), weight: 1 }, // full-width digits
  { arbitrary: range(0x30, 0x39), weight: 2 }, // ASCII digits
  { arbitrary: fc.constantFrom(...G1_DROPPED.map((c) => String.fromCharCode(c))), weight: 3 },
  { arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\f'), weight: 3 },
  { arbitrary: fc.constantFrom(' ', '\t', ...ODD_SPACES.map((c) => String.fromCharCode(c))), weight: 3 },
  { arbitrary: fc.constantFrom('😀', '\ud835\udc00', '\ud83c\udf0d', '\ud800', '\udc00'), weight: 1 },
  { arbitrary: fc.constantFrom('\u2010', '\u2011', '-', '\u2013'), weight: 1 }, // hyphens and dashes
  { arbitrary: range(0x20, 0x7e), weight: 4 }, // printable ASCII
  { arbitrary: range(0x00a0, 0x06ff), weight: 1 }, // Latin-1 … Arabic, anything
);

const text: fc.Arbitrary<string> = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const RUNS = { numRuns: 1500 };

describe('normalise on generated text', () => {
  it('never throws; all four arrays have one entry per normalised character', () => {
    fc.assert(
      fc.property(text, (source) => {
        const n = normalise(source);
        expect(n.display.length).toBe(n.text.length);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        expect(n.sourceLength).toBe(source.length);
      }),
      RUNS,
    );
  });

  it('starts and ends are non-decreasing and within [0, source.length]', () => {
    fc.assert(
      fc.property(text, (source) => {
        const n = normalise(source);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : n.starts[i - 1]!);
          expect(n.ends[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : n.ends[i - 1]!);
          expect(n.ends[i]).toBeLessThanOrEqual(source.length);
          expect(n.starts[i]).toBeLessThan(n.ends[i]!);
        }
      }),
      RUNS,
    );
  });

  it('G1–G5 hold on text and display', () => {
    fc.assert(
      fc.property(text, (source) => {
        expectTextGuarantees(normalise(source), source);
      }),
      RUNS,
    );
  });

  it('G6: every non-empty span maps forwards, kept characters map to themselves', () => {
    fc.assert(
      fc.property(text, (source) => expectG6(normalise(source), source)),
      RUNS,
    );
  });

  it('G6: a span [s, e) of text maps to source that normalises back to that span', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const n = normalise(source);
        const len = n.text.length;
        fc.pre(len > 0);
        let s = a % len;
        let e = (b % len) + 1;
        if (s >= e) [s, e] = [e - 1, s + 1];
        const piece = source.slice(toSourceStart(n, s), toSourceEnd(n, e));
        const again = normalise(piece).text;
        // The source of a span renormalises to the span, widened only to whole source
        // characters (an expansion cut in the middle comes back whole).
        const widenedStart = n.starts.indexOf(n.starts[s]!);
        const widenedEnd = n.ends.lastIndexOf(n.ends[e - 1]!) + 1;
        expect(again).toBe(n.text.slice(widenedStart, widenedEnd));
      }),
      RUNS,
    );
  });

  it('G8: no hyphen or non-breaking hyphen is left; every other dash stays', () => {
    fc.assert(
      fc.property(text, (source) => {
        const n = normalise(source);
        for (const out of [n.text, n.display]) {
          expect(out).not.toMatch(/[\u2010\u2011]/);
          expect(out.split('-').length).toBe(source.split(/[-\u2010\u2011]/).length);
          expect(out.split('\u2013').length).toBe(source.split('\u2013').length);
        }
      }),
      RUNS,
    );
  });

  it('G7: normalising display again changes nothing', () => {
    fc.assert(
      fc.property(text, (source) => expectG7(normalise(source), source)),
      RUNS,
    );
  });
});

describe('the invariant checks themselves', () => {
  // Guard against checks that can never fail: feed them hand-made broken results.
  const fake = (text: string, starts: number[], ends: number[], sourceLength: number) => ({
    text,
    display: text,
    sourceLength,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
  });

  it('G6 rejects a map that runs backwards, overlaps, or loses a kept character', () => {
    expect(() => expectG6(fake('ab', [1, 0], [2, 1], 2), 'ab')).toThrow();
    expect(() => expectG6(fake('ab', [0, 0], [2, 2], 2), 'ab')).toThrow();
    expect(() => expectG6(fake('a', [0], [1], 2), 'ab')).toThrow();
    expect(() => expectG6(fake('ab', [0, 1], [1, 2], 2), 'ab')).not.toThrow();
  });

  it('G1–G5 and G7 reject outputs that break them', () => {
    expect(() => expectG1('a\u200eb', 'x')).toThrow();
    expect(() => expectG2('\ufefb', 'x')).toThrow();
    expect(() => expectG3(fake('١', [0], [1], 1), '١')).toThrow();
    expect(() => expectG4('a\r\nb', 'x')).toThrow();
    expect(() => expectG5('a\u00a0b', 'a\u00a0b')).toThrow();
    expect(() => expectG5('a b', 'a\tb')).toThrow();
    expect(() => expectG7(fake('a\u200e', [0, 1], [1, 2], 2), 'x')).toThrow();
  });
});
