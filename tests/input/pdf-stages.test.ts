// The PDF stages one by one, on runs shaped like those pdf.js gives for the seed PDF.
import { describe, expect, it } from 'vitest';
import { reorder, toLogical } from '../../src/input/pdf/bidi.js';
import { removeFurniture, type PageLines } from '../../src/input/pdf/furniture.js';
import { cleanText, fragmentText, layoutPage } from '../../src/input/pdf/layout.js';
import { buildLines } from '../../src/input/pdf/lines.js';
import { Pitches } from '../../src/input/pdf/pitch.js';
import type { Line, Run } from '../../src/input/pdf/types.js';

const run = (text: string, x0: number, width: number, y: number, extra: Partial<Run> = {}): Run => ({
  text,
  rtl: /[\u0600-\u06ff]/.test(text),
  x0,
  x1: x0 + width,
  y,
  size: 12,
  font: 'f1',
  ...extra,
});

function texts(lines: Line[]): string[][] {
  return lines.map((l) => l.fragments.map((f) => fragmentText(f, 'rtl')));
}

describe('bidi: display order → logical order', () => {
  it.each([
    // [display order (left to right), paragraph direction, logical]
    ['١٣/٠٠-١٠/٠٠', 'rtl', '١٠/٠٠-١٣/٠٠'],
    [')CTOC/COP/WG.4/2009/2( ٢٠٠٩', 'rtl', '٢٠٠٩ (CTOC/COP/WG.4/2009/2)'],
    [')CTOC/COP/WG.4/2010/2(', 'rtl', '(CTOC/COP/WG.4/2010/2)'],
    // Text that reads left to right throughout is never reordered or mirrored.
    [')CTOC/COP/WG.4/2010/2(', 'ltr', ')CTOC/COP/WG.4/2010/2('],
    ['a) Ouverture de la réunion', 'ltr', 'a) Ouverture de la réunion'],
    ['Distr.: General', 'ltr', 'Distr.: General'],
  ] as const)('%s (%s) → %s', (visual, direction, logical) => {
    expect(toLogical(visual, direction)).toBe(logical);
  });

  it('undoes pdf.js: a run reordered for display and read back is the same text', () => {
    for (const text of ['كانون الثاني/يناير ٢٠١٠', 'المقرر ٤/٤، المعنون', '(أ) افتتاح الاجتماع']) {
      expect(reorder(reorder(text, 'rtl'), 'rtl')).toBe(text);
    }
  });

  it('reads a bracket opened on the line before', () => {
    expect(toLogical(')CTOC/COP/WG.4/2010/4', 'rtl', 1)).toBe('CTOC/COP/WG.4/2010/4)');
  });
});

describe('cleaning', () => {
  it('joins marks drawn apart to their letter, in canonical order', () => {
    expect(cleanText('سوف يفتح الفريق ُ العامل')).toBe('سوف يفتح الفريقُ العامل');
    expect(cleanText('في مقرّ ِره')).toBe('في مقرِّره');
  });
});

describe('lines from positions', () => {
  it('groups runs by baseline and orders them by x, whatever order pdf.js drew them in', () => {
    const lines = buildLines([run('تنفيذ', 296, 40, 700), run('٢', 344, 6, 700.4), run('-', 341, 3, 700), run('ثانياً', 300, 40, 680)]);
    expect(texts(lines)).toEqual([['٢- تنفيذ'], ['ثانياً']]);
  });

  it('puts a run drawn inside another into the space pdf.js left for it', () => {
    // LibreOffice draws the "/" of كانون الثاني/يناير after the letters, in another font.
    const lines = buildLines([run('كانون الثاني يناير', 405.78, 74.42, 655.89), run('/', 425.4, 4.03, 655.89, { font: 'f2' })]);
    expect(texts(lines)).toEqual([['كانون الثاني/يناير']]);
  });

  it('splits a line at wide gaps: table cells, a hanging label', () => {
    const lines = buildLines([run('٠٠ ١٠', 513.7, 17.51, 614), run('/', 520.6, 3.7, 614), run('١', 445.5, 3.5, 614), run('افتتاح الاجتماع', 329.1, 60.5, 614)]);
    expect(texts(lines)).toEqual([['افتتاح الاجتماع', '١', '١٠/٠٠']]);
  });

  it('keeps runs of very different sizes on nearby baselines apart (a masthead)', () => {
    const lines = buildLines([run('مؤتمر الأطراف', 282, 248, 739.99, { size: 14 }), run('10 December 2009', 64.7, 76, 738.29, { size: 10 })]);
    expect(lines).toHaveLength(2);
  });
});

describe('page furniture', () => {
  const page = (number: number, runs: Run[]): PageLines => {
    const lines = buildLines(runs);
    for (const l of lines) for (const f of l.fragments) f.text = fragmentText(f, 'rtl');
    return { number, view: [0, 0, 595, 842], lines };
  };

  it('drops running headers, job numbers, barcodes and page numbers, and keeps the first page masthead', () => {
    const pages = [
      page(1, [run('CTOC/COP/WG.4/2010/1', 64, 180, 790, { size: 17 }), run('الأمم المتحدة', 443, 88, 797, { size: 18 }), run('نص', 300, 50, 400), run('V.09-88123 (A)', 62, 57, 45, { size: 9 }), run('*0988123*', 400, 60, 30), run('١', 529, 4, 43, { size: 10 })]),
      page(2, [run('CTOC/COP/WG.4/2010/1', 422, 111, 787, { size: 10 }), run('نص', 300, 50, 400), run('٢', 62, 4, 43, { size: 10 }), run('V.09-88123 (A)', 476, 57, 45.5, { size: 9 })]),
    ];
    removeFurniture(pages);
    expect(pages.map((p) => p.lines.flatMap((l) => l.fragments.map((f) => f.text)))).toEqual([
      ['الأمم المتحدة', 'CTOC/COP/WG.4/2010/1', 'نص'],
      ['نص'],
    ]);
  });
});

describe('layout', () => {
  const layout = (runs: Run[], direction: 'ltr' | 'rtl' = 'ltr') => {
    const lines = buildLines(runs);
    for (const l of lines) for (const f of l.fragments) f.text = fragmentText(f, direction);
    return layoutPage(lines, { direction, pitches: new Pitches([lines]) }, 595);
  };

  it('joins a wrapped paragraph and keeps paragraphs apart', () => {
    const text = layout([
      run('The Working Group will adopt a report on its meeting, the draft of', 72, 440, 700),
      run('which will be prepared by the Secretariat.', 72, 250, 686),
      run('The resources available to the Working Group will allow two plenary', 72, 440, 660),
      run('meetings a day.', 72, 90, 646),
    ]);
    expect(text).toBe(
      'The Working Group will adopt a report on its meeting, the draft of which will be prepared by the Secretariat.\n\n' +
        'The resources available to the Working Group will allow two plenary meetings a day.',
    );
  });

  it('joins a hanging list label to its text; a wrapped item is one line', () => {
    const text = layout([
      run('1.', 72, 9, 700),
      run('Implementation of the Protocol to Prevent, Suppress and Punish', 108, 420, 700),
      run('Trafficking in Persons.', 108, 130, 686),
      run('2.', 72, 9, 660),
      run('Other matters.', 108, 80, 660),
    ]);
    expect(text).toBe('1. Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons.\n\n2. Other matters.');
  });

  it('prints a table row by row, cells in reading order separated by tabs', () => {
    const text = layout([
      run('10 a.m.-1 p.m.', 72, 70, 700),
      run('1 (a)', 170, 25, 700),
      run('Opening of the meeting', 230, 120, 700),
      run('2', 170, 6, 684),
      run('Implementation of the Protocol to Prevent, Suppress and Punish', 230, 300, 684),
      run('Trafficking in Persons', 230, 110, 671),
      run('3-6 p.m.', 72, 40, 655),
      run('3', 170, 6, 655),
      run('Analysis of the key concepts', 230, 150, 655),
    ]);
    expect(text).toBe(
      '10 a.m.-1 p.m.\t1 (a)\tOpening of the meeting\n' +
        '\t2\tImplementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons\n' +
        '3-6 p.m.\t3\tAnalysis of the key concepts',
    );
  });
});
