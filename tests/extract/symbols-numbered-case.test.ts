// "Res" and "Dec" before their number are mixed case in a series numbered by session ("UNEP/EA.6/
// Res.4", "IDB.45/Dec.1"), however printed; alone as a component they stay upper case ("A/RES/70/1").
import { describe, expect, it } from 'vitest';
import { findDocumentSymbols } from '../../src/extract/symbols.js';
import type { Language } from '../../src/schema.js';

const CASES: [Language, string, string[]][] = [
  ['en', 'See resolution UNEP/EA.7/RES.2 and UNEP/EA.7/Res.3.', ['UNEP/EA.7/Res.2', 'UNEP/EA.7/Res.3']],
  ['fr', 'Voir la résolution UNEP/EA.7/RES.2 et la décision IDB.53/DEC.4.', ['UNEP/EA.7/Res.2', 'IDB.53/Dec.4']],
  ['es', 'Véase la resolución GC.21/RES.5 y el documento A/RES/80/1.', ['GC.21/Res.5', 'A/RES/80/1']],
  ['ru', 'См. резолюцию UNEP/EA.7/RES.2 и резолюцию S/RES/2790 (2031).', ['UNEP/EA.7/Res.2', 'S/RES/2790 (2031)']],
  ['ar', 'انظر القرار UNEP/EA.7/RES.2 والقرار A/Res/80/1.', ['UNEP/EA.7/Res.2', 'A/RES/80/1']],
  ['zh', '见UNEP/EA.7/RES.2号决议和A/RES/80/1号决议。', ['UNEP/EA.7/Res.2', 'A/RES/80/1']],
];

describe('a numbered "Res." or "Dec." piece', () => {
  it.each(CASES)('%s: %s', (_language, text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});
