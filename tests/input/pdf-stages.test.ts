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

  it('keeps a label line and a short heading after a full stop on lines of their own, however tight the spacing', () => {
    const text = layout([
      run('The Working Group will be invited to adopt the agenda of its session, which', 72, 440, 700),
      run('the secretariat has prepared in consultation with the Chair.', 72, 430, 690),
      run('Documentation', 72, 80, 680),
      run('(a) Election of officers', 72, 150, 670),
    ]);
    expect(text).toBe(
      'The Working Group will be invited to adopt the agenda of its session, which the secretariat has prepared in consultation with the Chair.\n' +
        'Documentation\n(a) Election of officers',
    );
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

describe('CJK text', () => {
  const layout = (runs: Run[]) => {
    const lines = buildLines(runs);
    for (const l of lines) for (const f of l.fragments) f.text = fragmentText(f, 'ltr');
    return layoutPage(lines, { direction: 'ltr', pitches: new Pitches([lines]) }, 595);
  };
  const han = { font: 'cjk' };
  const latin = { font: 'latin' };

  it('drops the autospace between ideographs and Latin digits, keeps a wider gap as a space', () => {
    // LibreOffice: "2012" in the Latin font, "年" in the CJK one, 2.4 points apart.
    const lines = buildLines([
      run('会议将于', 98.5, 48, 700, han),
      run('2012', 148.9, 24, 700, latin),
      run('年', 175.3, 12, 700, han),
      run('（', 300, 12, 680, han),
      run('a', 312, 5.3, 680, latin),
      run('）', 317.3, 12, 680, han),
      run('会议开幕', 336, 48, 680, han), // 0.56 em after the bracket: a space
    ]);
    expect(texts(lines)).toEqual([['会议将于2012年'], ['（a） 会议开幕']]);
  });

  it('joins wrapped lines without a space, after a Latin symbol too', () => {
    const text = layout([
      run('工作组不妨审议各国在订立此类安排方面的经验，并查明阻碍合作的', 98.5, 405, 700, han),
      run('因素。', 98.5, 36, 682.7, han),
      run('秘书处关于证人异地安置方面国际合作的背景文件（', 98.5, 278, 640, han),
      run('CTOC/COP/WG.8/2012/3', 377.3, 127, 640, latin),
      run('和', 98.5, 12, 622.8, han),
      run('Corr.1', 112.9, 30, 622.8, latin),
      run('）', 143.2, 12, 622.8, han),
    ]);
    expect(text).toBe('工作组不妨审议各国在订立此类安排方面的经验，并查明阻碍合作的因素。\n\n秘书处关于证人异地安置方面国际合作的背景文件（CTOC/COP/WG.8/2012/3和Corr.1）');
  });

  it('reads a line in the font of its CJK characters, though a symbol in it has more letters', () => {
    const [line] = buildLines([run('临时议程和说明（', 98.5, 96, 700, han), run('CTOC/COP/WG.8/2012/1', 194.5, 127, 700, latin), run('）', 321.9, 12, 700, han)]);
    expect(line!.fragments[0]!.font).toBe('cjk');
  });

  it('keeps a table cell of Latin digits on the line of its row, set higher by the CJK ascent', () => {
    const lines = buildLines([run('2', 154.9, 5.5, 593.09, { ...latin, size: 11 }), run('证人保护措施的立法框架', 214.4, 121, 590.69, { ...han, size: 11 })]);
    expect(lines).toHaveLength(1);
  });
});

describe('timetable rows in another font', () => {
  it('a bold day heading below a row starts a row of its own', () => {
    const lines = buildLines([
      run('10 a.m.-1 p.m.', 72, 70, 700),
      run('1', 170, 6, 700),
      run('Opening of the meeting', 230, 120, 700),
      run('Thursday, 28 January', 72, 90, 684, { font: 'bold' }),
      run('10 a.m.-1 p.m.', 72, 70, 666),
      run('2', 170, 6, 666),
      run('Other matters', 230, 80, 666),
    ]);
    for (const l of lines) for (const f of l.fragments) f.text = fragmentText(f, 'ltr');
    // A pitch learnt elsewhere in the document: the heading is no further below the row than a
    // wrapped line of a cell would be.
    const text = layoutPage(lines, { direction: 'ltr', pitches: { of: () => 16 } as unknown as Pitches }, 595);
    expect(text).toBe('10 a.m.-1 p.m.\t1\tOpening of the meeting\nThursday, 28 January\t\t\n10 a.m.-1 p.m.\t2\tOther matters');
  });
});
