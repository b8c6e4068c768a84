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

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LTR = /[\p{L}]/u;
const MARK = /\p{M}/u;

/** Strong left-to-right and right-to-left letters, as the algorithm's L and R/AL count them. */
export function strongCounts(text: string): { ltr: number; rtl: number } {
  let ltr = 0;
  let rtl = 0;
  for (const ch of text) {
    if (MARK.test(ch)) continue;
    if (STRONG_RTL.test(ch)) {
      if (/\p{L}/u.test(ch)) rtl++;
    } else if (STRONG_LTR.test(ch)) ltr++;
  }
  return { ltr, rtl };
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
  if (!/[^\u0000-\u024f]/.test(text) && base === 'ltr') return text; // Latin only: nothing moves
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

/** True when every closing bracket has an opening one before it. */
function bracketsInOrder(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return true;
}

function mirrorBrackets(text: string): string {
  return text.replace(/[()[\]{}]/g, (ch) => {
    const i = OPEN.indexOf(ch);
    return i >= 0 ? CLOSE[i]! : OPEN[CLOSE.indexOf(ch)]!;
  });
}

/**
 * A display-order line → logical order, in a paragraph of direction `base`. When the result has
 * a closing bracket before its opening one, the line is read again: in the other direction (a
 * line of Latin alone, "(CTOC/COP/WG.4/2010/2)", in a right-to-left paragraph), or with its
 * brackets mirrored (producers that map mirrored glyphs to the mirrored character).
 */
export function toLogical(visual: string, base: Direction): string {
  const logical = reorder(visual, base);
  if (bracketsInOrder(logical) || !/[()[\]{}]/.test(visual)) return logical;
  const other = reorder(visual, base === 'rtl' ? 'ltr' : 'rtl');
  if (bracketsInOrder(other)) return other;
  const mirrored = mirrorBrackets(logical);
  if (bracketsInOrder(mirrored)) return mirrored;
  return logical;
}

/** A run's text in display order: pdf.js gives it in logical order, reordered with its own bidi. */
export function runVisual(text: string, rtl: boolean): string {
  return reorder(text, rtl ? 'rtl' : 'ltr');
}
