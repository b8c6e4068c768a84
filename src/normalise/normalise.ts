/**
 * Normalisation of decoded text, with an exact offset map back to the source.
 *
 * Guarantees (each has a test in tests/normalise/normalise.test.ts):
 *  G1  `text` and `display` contain no bidi controls (U+200E, U+200F, U+061C, U+202A–202E,
 *      U+2066–2069), zero-width characters (U+200B–200D, U+2060), BOM (U+FEFF), soft hyphen
 *      (U+00AD) or tatweel (U+0640).
 *  G2  Every Arabic presentation form (U+FB50–FDFF, U+FE70–FEFC) that has a compatibility
 *      decomposition is folded to it (lam-alef U+FEFB → لا), without the tatweel or leading space
 *      that some decompositions carry (U+FE71, U+FC5E); the few code points of those blocks
 *      without one (U+FD3E, U+FDFD, U+FE73) stay as they are.
 *  G3  In `text`, Arabic-Indic (U+0660–0669), Extended Arabic-Indic (U+06F0–06F9) and
 *      full-width (U+FF10–FF19) digits are ASCII 0–9. `display` keeps every digit as printed and
 *      is otherwise identical: both strings have the same length and the same map.
 *  G4  Line breaks are "\n" only: CR LF, CR, U+2028, U+2029, U+0085 and form feed become "\n".
 *  G5  Odd spaces (U+00A0, U+1680, U+2000–200A, U+202F, U+205F, U+3000) become U+0020. Tabs
 *      stay: they separate table columns.
 *  G6  `starts[i]` / `ends[i]` give the source range of normalised character i; a span [s, e) of
 *      normalised text maps through `toSourceSpan` to a source span that covers whole source
 *      characters and never runs backwards (an empty span stays empty).
 *  G7  Idempotent: normalising `display` again changes nothing.
 *  G8  The hyphen and the non-breaking hyphen (U+2010, U+2011), which word processors put in
 *      ordinals, ranges and symbols ("Forty‑seventh", "4‑22 October", "…/6‑7"), become "-".
 *
 * Nothing here reorders text; reversed runs are repaired where they are recognised (time ranges,
 * PDF lines), so offsets stay monotonic.
 */

export interface NormalisedText {
  /** For matching: ASCII digits. */
  readonly text: string;
  /** For output text fields: digits as printed. Same length and map as `text`. */
  readonly display: string;
  readonly sourceLength: number;
  /** Source offset where the source of normalised character i starts. */
  readonly starts: Int32Array;
  /** Source offset just after the source of normalised character i. */
  readonly ends: Int32Array;
}

const enum Action {
  Keep = 0,
  Drop = 1,
  Space = 2,
  Newline = 3,
  Digit = 4,
  PresentationForm = 5,
  CarriageReturn = 6,
  Hyphen = 7,
}

/** What normalisation does with a code unit (0, Action.Keep: nothing). Exported for a test. */
export function classify(code: number): Action {
  if (code < 0x80) {
    if (code === 0x0d) return Action.CarriageReturn;
    if (code === 0x0c) return Action.Newline;
    return Action.Keep;
  }
  if (code === 0x00a0 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000) {
    return Action.Space;
  }
  if (code >= 0x2000 && code <= 0x200a) return Action.Space;
  if (code === 0x2010 || code === 0x2011) return Action.Hyphen;
  if (code === 0x00ad || code === 0x0640 || code === 0x061c || code === 0xfeff || code === 0x2060) {
    return Action.Drop;
  }
  if (code >= 0x200b && code <= 0x200f) return Action.Drop;
  if (code >= 0x202a && code <= 0x202e) return Action.Drop;
  if (code >= 0x2066 && code <= 0x2069) return Action.Drop;
  if (code === 0x2028 || code === 0x2029 || code === 0x0085) return Action.Newline;
  if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) return Action.Digit;
  if (code >= 0xff10 && code <= 0xff19) return Action.Digit;
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
    return Action.PresentationForm;
  }
  return Action.Keep;
}

function asciiDigit(code: number): number {
  if (code >= 0x0660 && code <= 0x0669) return 0x30 + code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x30 + code - 0x06f0;
  return 0x30 + code - 0xff10;
}

const presentationCache = new Map<number, string>();

function foldPresentationForm(code: number): string {
  let folded = presentationCache.get(code);
  if (folded === undefined) {
    folded = String.fromCharCode(code).normalize('NFKC');
    // Spacing harakat (U+FE70–FE7F, U+FC5E–FC63) decompose to SPACE + marks; the space is an
    // artefact of the spacing form, not a word break.
    folded = folded.replace(/^ (?=\p{M})/u, '');
    // Some forms are a harakah on tatweel (U+FE71, U+FCF2): the tatweel goes, as everywhere.
    folded = folded.replace(/\u0640/g, '');
    // An unassigned code point in the block stays as it is rather than vanish.
    if (folded.length === 0) folded = String.fromCharCode(code);
    presentationCache.set(code, folded);
  }
  return folded;
}

/**
 * Every code unit that classify() does not keep as it is. Most of a text is such code units
 * (Latin, Cyrillic, Arabic and Han letters alike), so the scan jumps from one character to change
 * to the next with this class instead of classifying each character in a loop: irregexp's native
 * loop over a character class is several times cheaper per character. (A test checks that it
 * agrees with classify() on every code unit.) The class is written as two classes of at most 16
 * ranges each: irregexp tests a class of more ranges by calling out of its machine code, range by
 * range (IsCharacterInRangeArray), for every character of a two-byte (Arabic, Russian, Chinese)
 * text, and of fewer with inline branches. Scanning the 3,232 corpus texts: 23 → 9 ms; perf of
 * the batch: the call-out was 63 of 7,539 worker samples.
 */
export const SPECIAL_CHARACTER =
  /[\f\r\u0085\u00a0\u00ad\u0640\u061c\u0660-\u0669\u06f0-\u06f9\u1680]|[\u2000-\u2011\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufb50-\ufdff\ufe70-\ufefc\ufeff\uff10-\uff19]/g;

/**
 * 0, 1, 2, …: a run of kept characters maps to consecutive source offsets, copied from here in
 * one block instead of written one by one. Grown on demand, up to texts of IDENTITY_LIMIT
 * characters (4 MB kept for the process); offsets in longer texts are written in a loop.
 */
let identity = new Int32Array(0);
const IDENTITY_LIMIT = 1 << 20;

function identityUpTo(length: number): Int32Array {
  if (identity.length < length) {
    identity = new Int32Array(Math.min(IDENTITY_LIMIT + 1, Math.max(length, identity.length * 2, 16 * 1024)));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity;
}

export function normalise(source: string): NormalisedText {
  const n = source.length;
  // Most characters are kept as they are: copy runs of them as slices and touch only the rest.
  const textParts: string[] = [];
  const displayParts: string[] = [];
  // Presentation forms can expand (U+FDFA becomes 18 letters), so the map grows on demand.
  let capacity = n + 16;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let length = 0;
  let runStart = 0;

  const reserve = (extra: number): void => {
    if (length + extra <= capacity) return;
    while (length + extra > capacity) capacity *= 2;
    const grownStarts = new Int32Array(capacity);
    grownStarts.set(starts);
    starts = grownStarts;
    const grownEnds = new Int32Array(capacity);
    grownEnds.set(ends);
    ends = grownEnds;
  };
  const flushRun = (to: number): void => {
    if (to <= runStart) return;
    const run = source.slice(runStart, to);
    textParts.push(run);
    displayParts.push(run);
    reserve(to - runStart);
    if (to < IDENTITY_LIMIT) {
      const identity = identityUpTo(to + 1);
      starts.set(identity.subarray(runStart, to), length);
      ends.set(identity.subarray(runStart + 1, to + 1), length);
      length += to - runStart;
      return;
    }
    for (let i = runStart; i < to; i++) {
      starts[length] = i;
      ends[length] = i + 1;
      length++;
    }
  };
  const emit = (textChars: string, displayChars: string, from: number, to: number): void => {
    textParts.push(textChars);
    displayParts.push(displayChars);
    reserve(textChars.length);
    for (let k = 0; k < textChars.length; k++) {
      starts[length] = from;
      ends[length] = to;
      length++;
    }
  };

  const special = SPECIAL_CHARACTER;
  special.lastIndex = 0;
  while (special.test(source)) {
    let i = special.lastIndex - 1;
    const code = source.charCodeAt(i);
    flushRun(i);
    switch (classify(code)) {
      case Action.Drop:
        break;
      case Action.Space:
        emit(' ', ' ', i, i + 1);
        break;
      case Action.Newline:
        emit('\n', '\n', i, i + 1);
        break;
      case Action.Hyphen:
        emit('-', '-', i, i + 1);
        break;
      case Action.CarriageReturn:
        if (source.charCodeAt(i + 1) === 0x0a) {
          emit('\n', '\n', i, i + 2);
          i++;
          special.lastIndex = i + 1;
        } else {
          emit('\n', '\n', i, i + 1);
        }
        break;
      case Action.Digit:
        emit(String.fromCharCode(asciiDigit(code)), source[i]!, i, i + 1);
        break;
      case Action.PresentationForm: {
        const folded = foldPresentationForm(code);
        emit(folded, folded, i, i + 1);
        break;
      }
    }
    runStart = i + 1;
  }
  flushRun(n);

  return {
    text: textParts.join(''),
    display: displayParts.join(''),
    sourceLength: n,
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
  };
}

/** A normalised span [start, end) as a source span. */
export function toSourceSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const sourceStart = toSourceStart(norm, start);
  return { start: sourceStart, end: toSourceSpanEnd(norm, start, end, sourceStart) };
}

/**
 * The end of toSourceSpan(norm, start, end), given its start (`sourceStart`): an empty span stays
 * empty, and no span runs backwards. Apart, so that emit maps a span into its own output object
 * without an object in between.
 */
export function toSourceSpanEnd(norm: NormalisedText, start: number, end: number, sourceStart: number): number {
  if (end <= start) return sourceStart;
  return Math.max(sourceStart, toSourceEnd(norm, end));
}

/** Source offset of a span start given in normalised text. */
export function toSourceStart(norm: NormalisedText, offset: number): number {
  if (offset >= norm.starts.length) return norm.sourceLength;
  return norm.starts[offset]!;
}

/** Source offset of a span end given in normalised text. */
export function toSourceEnd(norm: NormalisedText, offset: number): number {
  if (offset <= 0) return 0;
  return norm.ends[Math.min(offset, norm.ends.length) - 1]!;
}
