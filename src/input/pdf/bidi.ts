// Display order ↔ logical order, with the Unicode Bidirectional Algorithm (bidi-js).
//
// A PDF draws glyphs where they are seen: a line of Arabic with a symbol in it is stored
// right-to-left letters and left-to-right Latin, all in display order. Reordering a display-order
// line with the bidi algorithm gives back its logical order, because for the text of agendas
// (right-to-left letters, left-to-right runs of Latin letters and digits, Arabic-Indic numbers
// such as ١٠/٠٠, neutral punctuation between them) the algorithm's reordering is its own inverse.
// Brackets are not mirrored: producers such as LibreOffice map a mirrored glyph to the character
// typed, so "(" stays "(" wherever it is drawn. Where a producer maps glyphs to the mirrored
// character instead, the line's brackets come out closing-before-opening, and `toLogical` then
// mirrors them back.
import bidiModule from 'bidi-js';
import type { Bidi } from 'bidi-js';
import type { Direction } from './types.js';

let engine: Bidi | null = null;

function bidi(): Bidi {
  if (!engine) {
    // bidi-js is CommonJS: its module.exports is the factory (some loaders put it on .default).
    const factory = (typeof bidiModule === 'function' ? bidiModule : (bidiModule as { default: () => Bidi }).default) as () => Bidi;
    engine = factory();
  }
  return engine;
}

/** Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko …, and their presentation forms. */
function isRtlCode(c: number): boolean {
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

const LETTER = /\p{L}/u;

/** Whether each UTF-16 code unit is a letter (\p{L}), learnt on first sight: 0 not yet seen,
 * 1 a letter, 2 not. Counting letters is the inner loop of the bidi stage, and a regular
 * expression per accented character cost more than the rest of the count. */
const letterCodes = new Uint8Array(0x10000);

function isLetterCode(c: number): boolean {
  let known = letterCodes[c]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterCodes[c] = known;
  }
  return known === 1;
}

/** Strong left-to-right and right-to-left letters, as the algorithm's L and R/AL count them. */
export function strongCounts(text: string): { ltr: number; rtl: number } {
  let ltr = 0;
  let rtl = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) ltr++;
    } else if (isRtlCode(c)) {
      // Letters only: Arabic-Indic digits, harakat and punctuation are not strong.
      if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x05d0 && c <= 0x05ea) || c >= 0xfb1d || (c >= 0x06fa && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08c9)) rtl++;
    } else if (isLetterCode(c)) {
      ltr++;
    }
  }
  return { ltr, rtl };
}

function hasRtl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRtlCode(text.charCodeAt(i))) return true;
  return false;
}

/** The direction most of the text's letters read in; `fallback` when it has none, or a tie. */
export function dominantDirection(text: string, fallback: Direction): Direction {
  const { ltr, rtl } = strongCounts(text);
  if (rtl > ltr) return 'rtl';
  if (ltr > rtl) return 'ltr';
  return fallback;
}

/** Reorder `text` for display in a paragraph of direction `base` (rules L1–L2, no mirroring). */
export function reorder(text: string, base: Direction): string {
  if (base === 'ltr' && !hasRtl(text)) return text; // nothing right to left: nothing moves
  // Right-to-left letters, marks and punctuation only (no Latin, no digits): the whole reverses.
  if (base === 'rtl' && !/[\p{Nd}A-Za-z\u00c0-\u024f]/u.test(text) && strongCounts(text).ltr === 0) {
    return reversed(text);
  }
  const engine = bidi();
  const levels = engine.getEmbeddingLevels(text, base);
  const chars = text.split('');
  for (const [start, end] of engine.getReorderSegments(text, levels)) {
    let i = start!;
    let j = end!;
    while (i < j) {
      const t = chars[i]!;
      chars[i++] = chars[j]!;
      chars[j--] = t;
    }
  }
  return repairSurrogates(chars).join('');
}

/** `text` backwards, an astral character's two halves kept in order: what reversing the code
 * units and then `repairSurrogates` gives, without the arrays (most runs of an Arabic PDF come
 * this way). */
function reversed(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) {
        out += text.slice(i - 1, i + 1);
        i--;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/** Reversal swaps the halves of astral characters; put each pair back in order. */
function repairSurrogates(chars: string[]): string[] {
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!.charCodeAt(0);
    const b = chars[i + 1]!.charCodeAt(0);
    if (a >= 0xdc00 && a <= 0xdfff && b >= 0xd800 && b <= 0xdbff) {
      chars[i] = chars[i + 1]!;
      chars[i + 1] = String.fromCharCode(a);
      i++;
    }
  }
  return chars;
}

const OPEN = '([{';
const CLOSE = ')]}';

/** Bracket depth after `text`, starting at `depth`; -1 once a closing bracket has no opening one. */
export function bracketDepth(text: string, depth = 0): number {
  // By code unit, 0x28 0x5b 0x7b being ( [ { and 0x29 0x5d 0x7d ) ] }: brackets are ASCII, so
  // no half of an astral character is taken for one.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      depth--;
      if (depth < 0) return -1;
    }
  }
  return depth;
}

function mirrorBrackets(text: string): string {
  return text.replace(/[()[\]{}]/g, (ch) => {
    const i = OPEN.indexOf(ch);
    return i >= 0 ? CLOSE[i]! : OPEN[CLOSE.indexOf(ch)]!;
  });
}

/**
 * A display-order line → logical order, in a paragraph of direction `base`. When the result has
 * a closing bracket before its opening one (`open`: brackets left open by the lines before it in
 * the paragraph), the line is read again: in the other direction (a line of Latin alone,
 * "(CTOC/COP/WG.4/2010/2)", in a right-to-left paragraph), or with its brackets mirrored
 * (producers that map mirrored glyphs to the mirrored character).
 */
export function toLogical(visual: string, base: Direction, open = 0): string {
  const logical = reorder(visual, base);
  if (!/[()[\]{}]/.test(visual) || bracketDepth(logical, open) >= 0) return logical;
  // Text that reads left to right throughout was not reordered: "a)" is a label, not a mirror.
  if (base === 'ltr' && strongCounts(visual).rtl === 0) return logical;
  const other = reorder(visual, base === 'rtl' ? 'ltr' : 'rtl');
  if (bracketDepth(other, open) >= 0) return other;
  const mirrored = mirrorBrackets(logical);
  if (bracketDepth(mirrored, open) >= 0) return mirrored;
  return logical;
}

/** A run's text in display order: pdf.js gives it in logical order, reordered with its own bidi. */
export function runVisual(text: string, rtl: boolean): string {
  return reorder(text, rtl ? 'rtl' : 'ltr');
}
