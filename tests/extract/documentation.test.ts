// Documentation lists under agenda items: entries printed as prose ("Report … (A/1/2)"), as table
// rows ("A/1/2<TAB>Report", or the symbol in the last cell), under the headings each language
// uses, and rows printed without any heading after an item's annotation. Texts are made up.
import { describe, expect, it } from 'vitest';
import { documentRow } from '../../src/extract/documentation.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import type { AgendaItem } from '../../src/schema.js';

type Pair = [string | null, string | null];

function documents(item: AgendaItem): Pair[] {
  return item.documents.map((d) => [d.symbol, d.description]);
}

const SKELETON: Record<Language, { title: string; annotations: string; items: [string, string] }> = {
  en: { title: 'Provisional agenda and annotations', annotations: 'Annotations', items: ['Opening of the meeting', 'Other matters'] },
  fr: { title: 'Ordre du jour provisoire annoté', annotations: 'Annotations', items: ['Ouverture de la réunion', 'Questions diverses'] },
  es: { title: 'Programa provisional anotado', annotations: 'Anotaciones', items: ['Apertura de la reunión', 'Otros asuntos'] },
  ru: { title: 'Предварительная повестка дня и аннотации', annotations: 'Аннотации', items: ['Открытие совещания', 'Прочие вопросы'] },
  zh: { title: '临时议程和说明', annotations: '说明', items: ['会议开幕', '其他事项'] },
  ar: { title: 'جدول الأعمال المؤقت وشروحه', annotations: 'الشروح', items: ['افتتاح الاجتماع', 'مسائل أخرى'] },
};

/** An agenda of two items whose first item's annotation is `body` (lines). */
function agenda(lang: Language, body: readonly string[]): AgendaItem[] {
  const { title, annotations, items } = SKELETON[lang];
  const marker = (n: number) => (lang === 'ar' ? `${n}- ` : `${n}. `);
  const text = [
    title,
    '',
    `${marker(1)}${items[0]}.`,
    `${marker(2)}${items[1]}.`,
    '',
    annotations,
    '',
    `${marker(1)}${items[0]}`,
    '',
    ...body,
    '',
    `${marker(2)}${items[1]}`,
    '',
    lang === 'zh' ? '无。' : lang === 'ar' ? 'لا شيء.' : 'None.',
  ].join('\n');
  const document = parseAgenda(text, { lang });
  expect(document.items).toHaveLength(2);
  return document.items;
}

describe('documentation lists printed as table rows', () => {
  it('reads one entry per row, symbol then tab then description (English)', () => {
    const [item] = agenda('en', [
      'The meeting will be opened by the Chair.',
      '',
      'Documentation',
      '',
      'XYZ/WG.1/2030/1\tProvisional agenda',
      'XYZ/WG.1/2030/2\tReport of the Group on its first meeting',
      'XYZ/WG.1/2030/3 and Add.1\tNote by the secretariat',
    ]);
    expect(documents(item!)).toEqual([
      ['XYZ/WG.1/2030/1', 'Provisional agenda'],
      ['XYZ/WG.1/2030/2', 'Report of the Group on its first meeting'],
      ['XYZ/WG.1/2030/3', 'Note by the secretariat'],
      ['XYZ/WG.1/2030/3/Add.1', 'Note by the secretariat'],
    ]);
    expect(item!.annotation).toBe('The meeting will be opened by the Chair.');
  });

  it('reads rows whose columns are two spaces or more apart (French)', () => {
    const [item] = agenda('fr', [
      'Documentation',
      '',
      'E/CN.99/2031/1    Ordre du jour provisoire annoté',
      'E/CN.99/2031/2 et Corr.1   Rapport du Secrétaire général',
    ]);
    expect(documents(item!)).toEqual([
      ['E/CN.99/2031/1', 'Ordre du jour provisoire annoté'],
      ['E/CN.99/2031/2', 'Rapport du Secrétaire général'],
      ['E/CN.99/2031/2/Corr.1', 'Rapport du Secrétaire général'],
    ]);
  });

  it('joins a description wrapped onto a line without a symbol to its row (Russian)', () => {
    const [item] = agenda('ru', [
      'Документация',
      '',
      'ECE/XYZ/GE.1/2032/1\tПредварительная повестка дня',
      'ECE/XYZ/GE.1/2032/2\tПроект плана работы на 2033–2034',
      '\tгоды',
      'ECE/XYZ/GE.1/2032/3\tЗаписка секретариата.',
      'Добавление к записке',
    ]);
    expect(documents(item!)).toEqual([
      ['ECE/XYZ/GE.1/2032/1', 'Предварительная повестка дня'],
      ['ECE/XYZ/GE.1/2032/2', 'Проект плана работы на 2033–2034 годы'],
      ['ECE/XYZ/GE.1/2032/3', 'Записка секретариата. Добавление к записке'],
    ]);
  });

  it('reads Arabic rows with the symbol in the first or in the last cell', () => {
    const [first] = agenda('ar', ['الوثائق', '', 'XYZ/COP/2033/1\tجدول الأعمال المؤقت', 'XYZ/COP/2033/2 وAdd.1\tتقرير الأمانة']);
    expect(documents(first!)).toEqual([
      ['XYZ/COP/2033/1', 'جدول الأعمال المؤقت'],
      ['XYZ/COP/2033/2', 'تقرير الأمانة'],
      ['XYZ/COP/2033/2/Add.1', 'تقرير الأمانة'],
    ]);
    const [last] = agenda('ar', ['الوثائق', '', 'جدول الأعمال المؤقت\tXYZ/COP/2033/1', 'مذكرة من الأمانة\tXYZ/COP/2033/INF/A']);
    expect(documents(last!)).toEqual([
      ['XYZ/COP/2033/1', 'جدول الأعمال المؤقت'],
      ['XYZ/COP/2033/INF/A', 'مذكرة من الأمانة'],
    ]);
  });

  it('keeps a row whose description cites another document as one entry', () => {
    const [item] = agenda('en', ['Documentation', '', 'A/99/1\tNote transmitting the report in A/99/2', 'A/99/3\tReport of the Secretary-General']);
    expect(documents(item!)).toEqual([
      ['A/99/1', 'Note transmitting the report in A/99/2'],
      ['A/99/3', 'Report of the Secretary-General'],
    ]);
  });
});

describe('documentation lists printed as prose', () => {
  it('still joins a description wrapped over two lines, and a symbol list broken after a comma', () => {
    const [item] = agenda('en', [
      'Documentation',
      '',
      'Report of the Working Group on its meeting held in Geneva on',
      '3 and 4 May (XYZ/WG.2/2034/2)',
      'Reports of the Secretary-General (A/99/13 and Add.1,',
      'A/99/115)',
    ]);
    expect(documents(item!)).toEqual([
      ['XYZ/WG.2/2034/2', 'Report of the Working Group on its meeting held in Geneva on 3 and 4 May'],
      ['A/99/13', 'Reports of the Secretary-General'],
      ['A/99/13/Add.1', 'Reports of the Secretary-General'],
      ['A/99/115', 'Reports of the Secretary-General'],
    ]);
  });

  it('takes a bracketed part of a symbol out of the description with it', () => {
    const [item] = agenda('es', ['Documentación', '', 'Documento de posición (LC/XYZ.9/3(SES.9/4))']);
    expect(item!.documents.map((d) => d.description)).toEqual(['Documento de posición']);
  });
});

describe('documentation headings', () => {
  it('reads "Documento de trabajo:" and "Documentos de referencia:" lists (Spanish)', () => {
    const [item] = agenda('es', [
      'La secretaría presentará el informe.',
      '',
      'Documento de trabajo:',
      '',
      '- Informe de actividades (LC/XYZ.9/2)',
      '',
      'Documentos de referencia:',
      '',
      '- Informe de la reunión anterior (LC/XYZ.8/4)',
      '- Panorama regional (LC/PUB.2035/1-P)',
    ]);
    expect(documents(item!)).toEqual([
      ['LC/XYZ.9/2', 'Informe de actividades'],
      ['LC/XYZ.8/4', 'Informe de la reunión anterior'],
      ['LC/PUB.2035/1-P', 'Panorama regional'],
    ]);
    expect(item!.annotation).toBe('La secretaría presentará el informe.');
  });

  it.each([
    ['en', ['Working documents', '', 'Report of the secretariat (XYZ/C.1/2036/1)', '', 'Reference documents', '', 'Earlier report (XYZ/C.1/2035/9)']],
    ['en', ['Working document: Report of the secretariat (XYZ/C.1/2036/1)', '', 'Documents for information', '', 'Earlier report (XYZ/C.1/2035/9)']],
    ['fr', ['Documents de travail', '', 'Rapport du secrétariat (XYZ/C.1/2036/1)', '', 'Documents de référence', '', 'Rapport antérieur (XYZ/C.1/2035/9)']],
    ['ru', ['Рабочие документы', '', 'Доклад секретариата (XYZ/C.1/2036/1)', '', 'Справочные документы', '', 'Предыдущий доклад (XYZ/C.1/2035/9)']],
    ['zh', ['工作文件', '', '秘书处的报告（XYZ/C.1/2036/1）', '', '参考文件', '', '以前的报告（XYZ/C.1/2035/9）']],
    ['ar', ['وثائق العمل', '', 'تقرير الأمانة (XYZ/C.1/2036/1)', '', 'الوثائق المرجعية', '', 'التقرير السابق (XYZ/C.1/2035/9)']],
  ] as const)('reads working and reference document headings (%s)', (lang, body) => {
    const [item] = agenda(lang, body);
    expect(item!.documents.map((d) => d.symbol)).toEqual(['XYZ/C.1/2036/1', 'XYZ/C.1/2035/9']);
    expect(item!.annotation).toBeNull();
  });
});

describe('document rows without a heading', () => {
  it('reads rows printed right after an "Action:" paragraph as documents (English)', () => {
    const [item] = agenda('en', [
      '2. Action: The Body will be invited to adopt its agenda.',
      '',
      'FCCC/XYZ/2037/1\tProvisional agenda and annotations. Note by the Executive Secretary',
      'FCCC/XYZ/2037/INF.1 and Add.1\tInformation on the session. Note by the secretariat',
    ]);
    expect(item!.annotation).toBe('2. Action: The Body will be invited to adopt its agenda.');
    expect(documents(item!)).toEqual([
      ['FCCC/XYZ/2037/1', 'Provisional agenda and annotations. Note by the Executive Secretary'],
      ['FCCC/XYZ/2037/INF.1', 'Information on the session. Note by the secretariat'],
      ['FCCC/XYZ/2037/INF.1/Add.1', 'Information on the session. Note by the secretariat'],
    ]);
  });

  it('reads rows that follow the paragraph without a blank line (Spanish)', () => {
    const [item] = agenda('es', [
      '3. Medidas: Se invitará al Órgano a que apruebe su programa.',
      'FCCC/XYZ/2037/2\tPrograma provisional y anotaciones.',
      '\tNota del Secretario Ejecutivo',
    ]);
    expect(item!.annotation).toBe('3. Medidas: Se invitará al Órgano a que apruebe su programa.');
    expect(documents(item!)).toEqual([['FCCC/XYZ/2037/2', 'Programa provisional y anotaciones. Nota del Secretario Ejecutivo']]);
  });

  it('keeps paragraphs that begin with a symbol inside a sentence as text', () => {
    const body = [
      'A/99/1 contains the provisional agenda of the session.',
      '',
      'XYZ/WG.3/2038/1 and Corr.1 will be before the Group, together with',
      'the report of its previous meeting.',
    ];
    const [item] = agenda('en', body);
    expect(item!.documents).toEqual([]);
    expect(item!.annotation).toBe(
      'A/99/1 contains the provisional agenda of the session.\nXYZ/WG.3/2038/1 and Corr.1 will be before the Group, together with the report of its previous meeting.',
    );
  });

  it('takes no running header with a page number for a row', () => {
    const [item] = agenda('en', ['The Group will adopt its agenda.', '', 'XYZ/WG.3/2038/1    Page 2', '', 'The Group will elect its officers.']);
    expect(item!.documents).toEqual([]);
  });

  it('lists the document’s own symbol where such a row cites it', () => {
    const text = [
      'United Nations\tFCCC/XYZ/2037/1',
      '',
      'Provisional agenda and annotations',
      '',
      '1. Adoption of the agenda.',
      '2. Other matters.',
      '',
      'Annotations',
      '',
      '1. Adoption of the agenda',
      '',
      '1. Action: The Body will be invited to adopt its agenda.',
      '',
      'FCCC/XYZ/2037/1\tProvisional agenda and annotations',
      '',
      '2. Other matters',
      '',
      '2. None.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.items[0]!.documents.map((d) => d.symbol)).toEqual(['FCCC/XYZ/2037/1']);
    expect(document.documentSymbols.map((s) => [s.symbol, s.items])).toEqual([['FCCC/XYZ/2037/1', ['1']]]);
  });
});

describe('documentRow', () => {
  it.each([
    ['A/99/1\tReport', { cell: 'first', columns: true, described: true, symbols: ['A/99/1'] }],
    ['- A/99/1 and Add.1   Report', { cell: 'first', columns: true, described: true, symbols: ['A/99/1', 'A/99/1/Add.1'] }],
    ['A/99/1, A/99/2 et A/99/3', { cell: 'first', columns: false, described: false, symbols: ['A/99/1', 'A/99/2', 'A/99/3'] }],
    ['A/99/1: Report', { cell: 'first', columns: false, described: true, symbols: ['A/99/1'] }],
    ['A/99/1 contains the agenda', { cell: 'first', columns: false, described: true, symbols: ['A/99/1'] }],
    ['XYZ/1/2和Corr.1\t报告', { cell: 'first', columns: true, described: true, symbols: ['XYZ/1/2', 'XYZ/1/2/Corr.1'] }],
    ['تقرير الأمانة\tA/99/1 وAdd.1', { cell: 'last', columns: true, described: true, symbols: ['A/99/1', 'A/99/1/Add.1'] }],
  ] as const)('reads %j as a row', (text, expected) => {
    const row = documentRow(text);
    expect(row && { cell: row.cell, columns: row.columns, described: row.described, symbols: row.symbols.map((s) => s.symbol) }).toEqual(expected);
  });

  it.each([
    'Report of the Secretary-General (A/99/1)',
    '(A/99/1) Report',
    'Report of the Secretary-General A/99/1',
    'A/99/1), and the report',
    'The report A/99/1\tand more',
    'No symbol here',
  ])('reads %j as no row', (text) => {
    expect(documentRow(text)).toBeNull();
  });
});

describe('forms found in a third round of probing', () => {
  it('ends a Chinese entry at its full-width bracket', () => {
    const [item] = agenda('zh', ['委员会将开幕。', '', '文件', '', '秘书处关于甲的说明（E/CN.7/2025/2）', '秘书处的说明（E/CN.7/2025/5）']);
    expect(documents(item!)).toEqual([
      ['E/CN.7/2025/2', '秘书处关于甲的说明'],
      ['E/CN.7/2025/5', '秘书处的说明'],
    ]);
  });
});

describe('a description wrapped before its bracketed symbol', () => {
  it('keeps the symbol on the next line with the description above it', () => {
    const [item] = agenda('en', [
      'Text.',
      '',
      'Documentation',
      'Report on the meeting of the working group held in Vienna from 19 to 21 May 2010',
      '(CTOC/COP/WG.7/2010/2)',
      'Note by the Secretariat (CTOC/COP/WG.7/2010/3)',
    ]);
    expect(documents(item!)).toEqual([
      ['CTOC/COP/WG.7/2010/2', 'Report on the meeting of the working group held in Vienna from 19 to 21 May 2010'],
      ['CTOC/COP/WG.7/2010/3', 'Note by the Secretariat'],
    ]);
  });
});

describe('several documents on one line, parted by commas', () => {
  it('gives each its own description, a part without a symbol joining the next', () => {
    const [item] = agenda('en', [
      'Text.',
      '',
      'Documentation',
      'Draft programme of work (UNEP/EA.9/8), report of the Executive Director on oceans, seas and coasts (UNEP/EA.9/9 and Corr.1)',
    ]);
    expect(documents(item!)).toEqual([
      ['UNEP/EA.9/8', 'Draft programme of work'],
      ['UNEP/EA.9/9', 'report of the Executive Director on oceans, seas and coasts'],
      ['UNEP/EA.9/9/Corr.1', 'report of the Executive Director on oceans, seas and coasts'],
    ]);
  });
});
