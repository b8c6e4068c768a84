import { describe, expect, it } from 'vitest';
import { canonicalSymbol, findDocumentSymbols, symbolUrl } from '../../src/extract/symbols.js';
import {
  CHANGE_SUFFIXES,
  SERIES,
  SPECIAL_COMPONENTS,
  SUBSIDIARY_BODIES,
  SYMBOL_EXAMPLES,
} from '../../src/locales/symbols.js';

const symbolsIn = (text: string): string[] => findDocumentSymbols(text).map((m) => m.symbol);

describe('SYMBOL_EXAMPLES', () => {
  it.each(SYMBOL_EXAMPLES.positive)('finds $symbol in "$text"', ({ text, symbol }) => {
    const matches = findDocumentSymbols(text);
    expect(matches.map((m) => m.symbol)).toEqual([symbol]);
    const [match] = matches;
    expect(canonicalSymbol(text.slice(match!.start, match!.end))).toBe(symbol);
  });

  it.each(SYMBOL_EXAMPLES.negative)('finds nothing in "%s"', (text) => {
    expect(findDocumentSymbols(text)).toEqual([]);
  });
});

describe('component tables', () => {
  const entries = [...SERIES, ...SUBSIDIARY_BODIES, ...SPECIAL_COMPONENTS, ...CHANGE_SUFFIXES];

  it.each(entries)('$code: the example $example is recognised as itself', ({ code, example }) => {
    expect(symbolsIn(`(${example})`)).toEqual([example]);
    const pieces = example.split(/[/.]/);
    expect(pieces).toContain(code);
  });
});

describe('spans', () => {
  it('gives offsets of each symbol as printed, in text order', () => {
    const text = 'See A/64/1 and E/2010/15/Add.1. Then S/RES/1325 (2000).';
    expect(findDocumentSymbols(text)).toEqual([
      { symbol: 'A/64/1', start: 4, end: 10 },
      { symbol: 'E/2010/15/Add.1', start: 15, end: 30 },
      { symbol: 'S/RES/1325 (2000)', start: 37, end: 54 },
    ]);
  });

  it('leaves the trailing full stop, comma or semicolon out', () => {
    for (const punctuation of ['.', ',', ';', '..']) {
      const text = `document A/64/L.1/Rev.1${punctuation} next`;
      const [match] = findDocumentSymbols(text);
      expect(text.slice(match!.start, match!.end)).toBe('A/64/L.1/Rev.1');
    }
  });

  it('takes "(YYYY)" only after S/RES/N', () => {
    expect(symbolsIn('A/64/1 (2000)')).toEqual(['A/64/1']);
    expect(symbolsIn('S/2000/1 (2000)')).toEqual(['S/2000/1']);
    expect(symbolsIn('S/RES/1325  (2000)')).toEqual(['S/RES/1325']);
  });

  it('does not take a symbol from inside a longer slash-separated token', () => {
    expect(symbolsIn('27/A/64/1')).toEqual([]);
    expect(symbolsIn('https://undocs.org/A/64/1')).toEqual([]);
  });
});

describe('abbreviated lists', () => {
  it.each([
    {
      text: 'A/64/13 and Add.1, A/64/115, 174, 323 and 324',
      symbols: ['A/64/13', 'A/64/13/Add.1', 'A/64/115', 'A/64/174', 'A/64/323', 'A/64/324'],
    },
    { text: 'A/64/115, 174 and 175', symbols: ['A/64/115', 'A/64/174', 'A/64/175'] },
    { text: '(A/64/115, 174 and 175)', symbols: ['A/64/115', 'A/64/174', 'A/64/175'] },
    { text: 'A/64/13 and Add.1 and 2', symbols: ['A/64/13', 'A/64/13/Add.1', 'A/64/13/Add.2'] },
    { text: 'E/2010/15/Add.1 and 2.', symbols: ['E/2010/15/Add.1', 'E/2010/15/Add.2'] },
    { text: 'E/2010/15/Add.1 and Add.2', symbols: ['E/2010/15/Add.1', 'E/2010/15/Add.2'] },
    { text: 'E/2010/15/Add.1 and Corr.1', symbols: ['E/2010/15/Add.1', 'E/2010/15/Add.1/Corr.1'] },
    { text: 'A/64/13 and add.1', symbols: ['A/64/13', 'A/64/13/Add.1'] },
    { text: 'A/64/13 و Add.1', symbols: ['A/64/13', 'A/64/13/Add.1'] },
    { text: '(A/64/13 وAdd.1)', symbols: ['A/64/13', 'A/64/13/Add.1'] },
    { text: 'A/64/115، 174 و 175', symbols: ['A/64/115', 'A/64/174', 'A/64/175'] },
    { text: 'A/64/115 et 174', symbols: ['A/64/115', 'A/64/174'] },
    { text: 'A/64/115、174和175', symbols: ['A/64/115', 'A/64/174', 'A/64/175'] },
    { text: 'A/64/L.1/Rev.1 and 2', symbols: ['A/64/L.1/Rev.1', 'A/64/L.1/Rev.2'] },
    {
      text: 'S/RES/1325 (2000) and 1820 (2008)',
      symbols: ['S/RES/1325 (2000)', 'S/RES/1820 (2008)'],
    },
  ])('$text', ({ text, symbols }) => {
    expect(symbolsIn(text)).toEqual(symbols);
  });

  it('spans a list member as printed', () => {
    const text = 'A/64/13 and Add.1, A/64/115, 174';
    const members = findDocumentSymbols(text).map((m) => text.slice(m.start, m.end));
    expect(members).toEqual(['A/64/13', 'Add.1', 'A/64/115', '174']);
  });

  it.each([
    { text: 'A/64/115, 12 December 2009', symbols: ['A/64/115'] },
    { text: 'A/64/115, 2009/15', symbols: ['A/64/115'] },
    { text: 'A/64/115, 174th meeting', symbols: ['A/64/115'] },
    { text: 'A/64/115, 10:00', symbols: ['A/64/115'] },
    { text: 'A/64/115 174', symbols: ['A/64/115'] },
    { text: '(A/64/115), 174 and 175', symbols: ['A/64/115'] },
    { text: 'A/64/115,\n174', symbols: ['A/64/115'] },
    { text: 'A/64/115، 12 ديسمبر', symbols: ['A/64/115'] },
    { text: 'A/64/PV.5, para. 12', symbols: ['A/64/PV.5'] },
    { text: 'CTOC/COP/WG.4/2009/2 and Addendum 1', symbols: ['CTOC/COP/WG.4/2009/2'] },
  ])('stays conservative: $text', ({ text, symbols }) => {
    expect(symbolsIn(text)).toEqual(symbols);
  });
});

describe('canonicalSymbol', () => {
  it.each([
    ['a/64/l.1/rev.1', 'A/64/L.1/Rev.1'],
    ['A/64/L.1/REV.1', 'A/64/L.1/Rev.1'],
    ['e/cn.4/sub.2/ac.2/1987/wp.4/add.1', 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1'],
    ['unep/ozl.pro.27/1/add.1', 'UNEP/OzL.Pro.27/1/Add.1'],
    ['UNEP/CBD/BS/WG-L&R/4/1/ADD.1', 'UNEP/CBD/BS/WG-L&R/4/1/Add.1'],
    ['E/2010/15/CORR.1', 'E/2010/15/Corr.1'],
    ['ECE/TRANS/WP.29/78/Rev.2/AMEND.1', 'ECE/TRANS/WP.29/78/Rev.2/Amend.1'],
    ['E/2010/15/SUMMARY', 'E/2010/15/Summary'],
    ['S/RES/1325(2000)', 'S/RES/1325 (2000)'],
    // The Security Council's provisional agendas: "Agenda" is mixed case, as "Add." is.
    ['S/AGENDA/9500', 'S/Agenda/9500'],
    ['s/agenda/9500', 'S/Agenda/9500'],
    ['s/res/1325   (2000)', 'S/RES/1325 (2000)'],
    ['  A/64/1 ', 'A/64/1'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalSymbol(raw)).toBe(canonical);
    expect(canonicalSymbol(canonical)).toBe(canonical);
  });
});

describe('symbolUrl', () => {
  it.each([
    ['A/64/L.1/Rev.1', 'https://undocs.org/A/64/L.1/Rev.1'],
    ['S/RES/1325 (2000)', 'https://undocs.org/S/RES/1325%20(2000)'],
    ['UNEP/CBD/BS/WG-L&R/4/1/Add.1', 'https://undocs.org/UNEP/CBD/BS/WG-L&R/4/1/Add.1'],
  ])('%s → %s', (symbol, url) => {
    expect(symbolUrl(symbol)).toBe(url);
  });
});

describe('hostile input', () => {
  // Deterministic pseudo-random text (mulberry32), so a failure can be reproduced.
  function hostileText(length: number, seed: number): string {
    const pieces = ['A/', '/', '1', '.', '(', ')', 'WG.', 'ب', ' ', 'Add.', ', ', ' and ', 'S/RES/', '-', 'و'];
    let state = seed;
    const random = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const out: string[] = [];
    let size = 0;
    while (size < length) {
      const piece = pieces[Math.floor(random() * pieces.length)]!;
      out.push(piece);
      size += piece.length;
    }
    return out.join('').slice(0, length);
  }

  it('completes on 1,000,000 characters of random symbol fragments', () => {
    expect(Array.isArray(findDocumentSymbols(hostileText(1_000_000, 1)))).toBe(true);
    expect(Array.isArray(findDocumentSymbols(hostileText(100_000, 2)))).toBe(true);
  });

  it.each([
    ['one endless symbol', 'A/1'.repeat(300_000)],
    ['slashes without digits', 'A/'.repeat(500_000)],
    ['long letter runs', `${'A'.repeat(500_000)}/1`],
    ['an endless list', `A/64/1${', 1'.repeat(300_000)}`],
    ['spaces after a symbol', `A/64/1${' '.repeat(1_000_000)},x`],
    ['digits after a separator', `A/64/1, ${'1'.repeat(1_000_000)}x`],
    ['an endless component', `A/${'1.'.repeat(500_000)}`],
  ])('completes on %s', (_name, text) => {
    expect(Array.isArray(findDocumentSymbols(text))).toBe(true);
  });
});

describe('ranges of addenda and corrigenda', () => {
  it.each([
    ['E/CN.4/2005/12 and Add.1-3', ['E/CN.4/2005/12', 'E/CN.4/2005/12/Add.1', 'E/CN.4/2005/12/Add.2', 'E/CN.4/2005/12/Add.3']],
    ['A/64/1 et Add.1–2', ['A/64/1', 'A/64/1/Add.1', 'A/64/1/Add.2']],
    ['A/64/1 and Add.1-2010', ['A/64/1']],
    ['A/64/1 and Add.3-1', ['A/64/1']],
  ])('%s', (text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});

describe('lists wrapped onto the next line', () => {
  // A documentation entry's line may break before or after the conjunction, in every language.
  it.each([
    ['(E/2025/55\nand Add.1)', ['E/2025/55', 'E/2025/55/Add.1']],
    ['(E/2025/56 and\nAdd.1)', ['E/2025/56', 'E/2025/56/Add.1']],
    ['(E/2025/56 and\r\n   Add.1 and 2)', ['E/2025/56', 'E/2025/56/Add.1', 'E/2025/56/Add.2']],
    ['(A/80/1\net Add.1)', ['A/80/1', 'A/80/1/Add.1']],
    ['(A/80/1 y\nAdd.1)', ['A/80/1', 'A/80/1/Add.1']],
    ['(A/80/1\nи Add.1)', ['A/80/1', 'A/80/1/Add.1']],
    ['(A/80/1\nوAdd.1)', ['A/80/1', 'A/80/1/Add.1']],
    ['(A/80/1 و\nAdd.1)', ['A/80/1', 'A/80/1/Add.1']],
    ['（A/80/1和\nAdd.1）', ['A/80/1', 'A/80/1/Add.1']],
    // A blank line ends the list; a comma alone keeps its member on its line.
    ['A/80/1\n\nand Add.1', ['A/80/1']],
    ['A/80/1 and\n\nAdd.1', ['A/80/1']],
    ['A/64/115,\n2. Election of officers', ['A/64/115']],
  ])('%j', (text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});

describe('joint symbols', () => {
  // A report to two organs prints both symbols joined by a dash or a hyphen; a hyphen inside a
  // component ("22-23", "WG-L&R", "ES-10") goes on.
  it.each([
    ['(A/80/74–E/2025/55 and Add.1)', ['A/80/74', 'E/2025/55', 'E/2025/55/Add.1']],
    ['(A/80/81-E/2025/62 and Corr.1)', ['A/80/81', 'E/2025/62', 'E/2025/62/Corr.1']],
    ['(E/CN.7/2026/9-E/CN.15/2026/9)', ['E/CN.7/2026/9', 'E/CN.15/2026/9']],
    ['(DP/FPA/2025/1-E/ICEF/2025/1)', ['DP/FPA/2025/1', 'E/ICEF/2025/1']],
    ['CERD/C/ECU/22-23', ['CERD/C/ECU/22-23']],
    ['UNEP/CBD/BS/WG-L&R/4/1', ['UNEP/CBD/BS/WG-L&R/4/1']],
    ['A/RES/ES-10/2', ['A/RES/ES-10/2']],
    ['decision BC-14/12 and resolution S-10/2', []],
  ])('%s', (text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });

  it('completes on a long run of hyphens', () => {
    expect(findDocumentSymbols(`A/1${'-A'.repeat(200_000)}-/`)).toHaveLength(1);
  });
});

describe('series numbered by their session', () => {
  it.each([
    ['Documento IDB.52/1/Add.1 del programa', ['IDB.52/1/Add.1']],
    ['véase GC.20/Res.3 y PBC.40/2', ['GC.20/Res.3', 'PBC.40/2']],
    ['at 10.30/11.00 hours', []],
    ['No.5/2010 and Fig.3/4', []],
    ['V.09/88123', []],
  ])('%s', (text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});

describe('sessions in brackets inside a component', () => {
  it.each([
    ['Provisional agenda TD/B/EX(58)/1 and Add.1', ['TD/B/EX(58)/1', 'TD/B/EX(58)/1/Add.1']],
    ['see TD/B(S-XXV)/2 and ITC/AG(XLVI)/250.', ['TD/B(S-XXV)/2', 'ITC/AG(XLVI)/250']],
    ['LC/L.4350(CEG.15/1)', ['LC/L.4350']],
    ['A/64/1(a) is cited', ['A/64/1']],
  ])('%s', (text, symbols) => {
    expect(findDocumentSymbols(text).map((s) => s.symbol)).toEqual(symbols);
  });
});
