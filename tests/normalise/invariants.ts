// Shared checks of the guarantees G1–G8 stated in src/normalise/normalise.ts. Each check is
// written from the guarantee text, not from the implementation, and throws (via expect) with
// the offending input in the message.
import { expect } from 'vitest';
import {
  normalise,
  toSourceEnd,
  toSourceSpan,
  toSourceStart,
  type NormalisedText,
} from '../../src/normalise/normalise.js';

export const BIDI_CONTROLS = [
  0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
] as const;
export const ZERO_WIDTH = [0x200b, 0x200c, 0x200d, 0x2060] as const;
export const BOM = 0xfeff;
export const SOFT_HYPHEN = 0x00ad;
export const TATWEEL = 0x0640;
/** Everything G1 says never survives. */
export const G1_DROPPED: readonly number[] = [...BIDI_CONTROLS, ...ZERO_WIDTH, BOM, SOFT_HYPHEN, TATWEEL];

/** G4: each of these (CR LF as a pair) becomes "\n". */
export const LINE_BREAKS = ['\r\n', '\r', '\u2028', '\u2029', '\u0085', '\f'] as const;
/** G5: each of these becomes U+0020. */
export const ODD_SPACES: readonly number[] = [
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x202f, 0x205f, 0x3000,
];

export const isPresentationForm = (code: number): boolean =>
  (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);

/** A presentation form that has a compatibility decomposition, i.e. one G2 can fold. */
export const isFoldablePresentationForm = (code: number): boolean => {
  if (!isPresentationForm(code)) return false;
  const c = String.fromCharCode(code);
  return c.normalize('NFKC') !== c;
};

/** Value 0–9 of a digit of any of the three G3 kinds (or ASCII), else -1. */
export const digitValue = (code: number): number => {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
};
const isNonAsciiDigit = (code: number): boolean => digitValue(code) >= 0 && code > 0x39;

/** Source code units that no guarantee allows normalise to touch. */
export const isUnchangedBySpec = (code: number): boolean =>
  !G1_DROPPED.includes(code) &&
  !isFoldablePresentationForm(code) &&
  !isNonAsciiDigit(code) &&
  code !== 0x0d &&
  code !== 0x2028 &&
  code !== 0x2029 &&
  code !== 0x0085 &&
  code !== 0x0c &&
  code !== 0x2010 && // G8: hyphens become "-"
  code !== 0x2011 &&
  !ODD_SPACES.includes(code);

const codes = (s: string): number[] => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const hex = (s: string): string => codes(s).map((c) => c.toString(16).padStart(4, '0')).join(' ');

export function expectG1(out: string, source: string): void {
  const bad = codes(out).filter((c) => G1_DROPPED.includes(c));
  expect(bad.map((c) => c.toString(16)), `G1 for source [${hex(source)}]`).toEqual([]);
}

export function expectG2(out: string, source: string): void {
  const bad = codes(out).filter(isFoldablePresentationForm);
  expect(bad.map((c) => c.toString(16)), `G2 for source [${hex(source)}]`).toEqual([]);
}

export function expectG3(n: NormalisedText, source: string): void {
  const ctx = `G3 for source [${hex(source)}]`;
  expect(n.display.length, ctx).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    const t = n.text.charCodeAt(i);
    const d = n.display.charCodeAt(i);
    expect(isNonAsciiDigit(t), `${ctx}: text[${i}] is a non-ASCII digit`).toBe(false);
    if (t === d) continue;
    // The only allowed difference: an ASCII digit in text, the same digit as printed in display.
    expect(digitValue(t), `${ctx}: text[${i}]`).toBeGreaterThanOrEqual(0);
    expect(digitValue(d), `${ctx}: display[${i}] vs text[${i}]`).toBe(digitValue(t));
    expect(n.display[i], `${ctx}: display[${i}] is the printed digit`).toBe(source[n.starts[i]!]);
  }
}

export function expectG4(out: string, source: string): void {
  expect(out, `G4 for source [${hex(source)}]`).not.toMatch(/[\r\u2028\u2029\u0085\f]/);
}

export function expectG5(out: string, source: string): void {
  const bad = codes(out).filter((c) => ODD_SPACES.includes(c));
  expect(bad.map((c) => c.toString(16)), `G5 for source [${hex(source)}]`).toEqual([]);
  const tabs = (s: string) => s.split('\t').length - 1;
  expect(tabs(out), `G5 tabs for source [${hex(source)}]`).toBe(tabs(source));
}

/**
 * G6. `allSpans` checks every span [s, e), empty ones included (quadratic: short inputs);
 * otherwise monotonicity plus every one-character span, which together imply the same for
 * non-empty spans.
 */
export function expectG6(n: NormalisedText, source: string, allSpans = source.length <= 80): void {
  const ctx = `G6 for source [${hex(source)}]`;
  const len = n.text.length;
  expect(n.sourceLength, ctx).toBe(source.length);
  expect(n.starts.length, ctx).toBe(len);
  expect(n.ends.length, ctx).toBe(len);

  for (let i = 0; i < len; i++) {
    const s = n.starts[i]!;
    const e = n.ends[i]!;
    // Every output character comes from at least one whole source code unit.
    expect(s, `${ctx}: starts[${i}]`).toBeGreaterThanOrEqual(0);
    expect(e, `${ctx}: ends[${i}]`).toBeLessThanOrEqual(source.length);
    expect(s, `${ctx}: starts[${i}] < ends[${i}]`).toBeLessThan(e);
    if (i > 0) {
      const ps = n.starts[i - 1]!;
      const pe = n.ends[i - 1]!;
      // Either the same source character (an expansion) or a later, disjoint one.
      const sameSource = ps === s && pe === e;
      expect(sameSource || s >= pe, `${ctx}: char ${i} overlaps or precedes char ${i - 1}`).toBe(true);
    }
  }

  expect(toSourceStart(n, len), ctx).toBe(source.length);
  expect(toSourceEnd(n, 0), ctx).toBe(0);
  for (let k = 1; k <= len; k++) {
    expect(toSourceStart(n, k), `${ctx}: toSourceStart monotonic at ${k}`).toBeGreaterThanOrEqual(toSourceStart(n, k - 1));
    expect(toSourceEnd(n, k), `${ctx}: toSourceEnd monotonic at ${k}`).toBeGreaterThanOrEqual(toSourceEnd(n, k - 1));
  }
  for (let s = 0; s < len; s++) {
    const ends = allSpans ? Array.from({ length: len - s }, (_, k) => s + 1 + k) : [s + 1, len];
    for (const e of ends) {
      const a = toSourceStart(n, s);
      const b = toSourceEnd(n, e);
      if (!(a <= b)) expect.fail(`${ctx}: span [${s}, ${e}) maps backwards to [${a}, ${b})`);
      // toSourceSpan agrees with the two ends for a non-empty span.
      const span = toSourceSpan(n, s, e);
      if (span.start !== a || span.end !== b) {
        expect(span, `${ctx}: toSourceSpan(${s}, ${e})`).toEqual({ start: a, end: b });
      }
    }
  }
  // An empty span stays empty (and in place), wherever it sits.
  for (let k = 0; k <= len; k++) {
    const span = toSourceSpan(n, k, k);
    if (span.start !== span.end || span.start !== toSourceStart(n, k)) {
      expect(span, `${ctx}: toSourceSpan(${k}, ${k})`).toEqual({ start: toSourceStart(n, k), end: toSourceStart(n, k) });
    }
  }

  // Characters no guarantee touches are kept one-for-one, in order, and map to themselves.
  const keptSource = codes(source)
    .map((c, j) => (isUnchangedBySpec(c) && !(c === 0x0a && source.charCodeAt(j - 1) === 0x0d) ? j : -1))
    .filter((j) => j >= 0);
  const keptOutput: number[] = [];
  for (let i = 0; i < len; i++) {
    const j = n.starts[i]!;
    if (n.ends[i] === j + 1 && isUnchangedBySpec(source.charCodeAt(j))) {
      keptOutput.push(j);
      expect(n.text[i], `${ctx}: kept char ${i}`).toBe(source[j]);
      expect(source.slice(toSourceStart(n, i), toSourceEnd(n, i + 1)), `${ctx}: kept char ${i}`).toBe(n.text[i]);
    }
  }
  expect(keptOutput, `${ctx}: kept source characters`).toEqual(keptSource);
}

/** G7: normalising `display` (or `text`) again changes nothing, and the second map is identity. */
export function expectG7(n: NormalisedText, source: string): void {
  const ctx = `G7 for source [${hex(source)}]`;
  const again = normalise(n.display);
  expect(again.display, ctx).toBe(n.display);
  expect(again.text, ctx).toBe(n.text);
  expect(Array.from(again.starts), ctx).toEqual(Array.from({ length: n.text.length }, (_, i) => i));
  expect(Array.from(again.ends), ctx).toEqual(Array.from({ length: n.text.length }, (_, i) => i + 1));
  const ofText = normalise(n.text);
  expect(ofText.text, ctx).toBe(n.text);
  expect(ofText.display, ctx).toBe(n.text);
}

/** G1–G5 on both strings of a result. */
export function expectTextGuarantees(n: NormalisedText, source: string): void {
  for (const out of [n.text, n.display]) {
    expectG1(out, source);
    expectG2(out, source);
    expectG4(out, source);
    expectG5(out, source);
  }
  expectG3(n, source);
}

/** Normalise and check every guarantee; returns the result for further assertions. */
export function expectAllGuarantees(source: string): NormalisedText {
  const n = normalise(source);
  expectTextGuarantees(n, source);
  expectG6(n, source);
  expectG7(n, source);
  return n;
}
