import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../src/normalise/fold.js';

/**
 * The fold as SPEC defines it, in whole-string passes: the reference for foldForMatch, which
 * folds unit by unit through a table.
 */
const LETTERS: Record<string, string> = { '\u0671': '\u0627', '\u0649': '\u064a', '\u0629': '\u0647', '\u06cc': '\u064a', '\u06a9': '\u0643' };
function referenceFold(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[\u0671\u0649\u0629\u06cc\u06a9]/g, (c) => LETTERS[c] ?? c)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.includes('اال') ? folded.replace(/(^| )([وفبك]?)اال/g, '$1$2الا') : folded;
}

describe('foldForMatch unit by unit', () => {
  it('folds every UTF-16 unit as the whole-string passes do, alone and between letters', () => {
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `a${ch}b`, `Ab ${ch} cd`, `${ch}${ch}`]) {
        if (foldForMatch(text) !== referenceFold(text)) expect([code.toString(16), foldForMatch(text)]).toEqual([code.toString(16), referenceFold(text)]);
      }
    }
  });

  it('keeps a context-dependent small letter (final sigma) and surrogate pairs', () => {
    for (const text of ['ΟΔΟΣ ΚΑΙ', 'ΣΑΣ', 'x\ud83d\ude00y', 'Ὀδυσσεύς']) expect(foldForMatch(text)).toBe(referenceFold(text));
  });

  it('returns already-folded text as it is', () => {
    const folded = 'provisional agenda and annotations';
    expect(foldForMatch(folded)).toBe(folded);
  });
});
