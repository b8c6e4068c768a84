// Forms of real agendas, in every language where the form exists: titles, lists annotated in
// place, visual-order Arabic headings and documentation labels, segment headings, mirrored
// brackets, the lam-alef swap inside a word.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const PROVISIONAL: Record<string, string> = { en: 'Provisional agenda', fr: 'Ordre du jour provisoire', es: 'Programa provisional', ru: 'Предварительная повестка дня' };
const ANNOTATIONS: Record<string, string> = { en: 'Annotations', fr: 'Annotations', es: 'Anotaciones', ru: 'Аннотации' };
const parse = (lines: string[], lang: Language) => parseAgenda(lines.join('\n'), { lang, spans: false });

describe('titles', () => {
  const titles: [Language, string][] = [
    ['ar', 'جدول الأعمال وشروحه'],
    ['ar', 'جدول األعمال وشروحه'],
    ['ru', 'Предварительная аннотированная повестка дня'],
    ['en', 'Provisional annotated agenda, timetable and organization of work'],
    ['fr', 'Ordre du jour provisoire annoté'],
    ['es', 'Programa provisional anotado'],
    ['zh', '附加说明的临时议程'],
    // The Human Rights Council's A/HRC/NN/1, in every language.
    ['en', 'Agenda and annotations'],
    ['fr', 'Ordre du jour et annotations'],
    ['es', 'Programa y anotaciones'],
    // Its Spanish names the Council's programme "agenda" ("Tema 3 de la agenda").
    ['es', 'Agenda y anotaciones'],
    ['ru', 'Повестка дня и аннотации'],
    ['zh', '议程和说明'],
  ];
  it.each(titles)('%s: "%s" is an annotated agenda title', (lang, title) => {
    const document = parse(['Body', '', title, '', '1. Opening', '2. Other matters'], lang);
    expect(document.document.kind).toBe('annotated-provisional-agenda');
    expect(document.items.map((i) => i.title)).toEqual(['Opening', 'Other matters']);
  });
});

it('es: the Human Rights Council\'s "Agenda y anotaciones", its list headed "Agenda", its masthead "Tema 1 de la agenda"', () => {
  const document = parse(
    ['Naciones Unidas\tA/HRC/99/1', 'Consejo de Derechos Humanos', '99º período de sesiones', '2 a 27 de marzo de 2031', 'Tema 1 de la agenda', 'Cuestiones de organización', '', 'Agenda y anotaciones', '', 'Agenda', '', '1. Cuestiones de organización.', '2. Otros asuntos.', '', 'Anotaciones', '', '1. Cuestiones de organización', '', 'El Consejo aprobará su programa de trabajo.', '', '2. Otros asuntos'],
    'es',
  );
  expect(document.document.title).toBe('Agenda y anotaciones');
  expect(document.meeting.sessionNumber).toBe(99);
  expect(document.items.map((i) => [i.number, i.title, i.annotation])).toEqual([
    ['1', 'Cuestiones de organización', 'El Consejo aprobará su programa de trabajo.'],
    ['2', 'Otros asuntos', null],
  ]);
});

describe('a list annotated in place', () => {
  const forms: [Language, string, string, string][] = [
    ['en', 'Provisional annotated agenda', 'The Board elects its officers.', 'Documentation'],
    ['ru', 'Предварительная аннотированная повестка дня', 'Совет избирает должностных лиц.', 'Документация'],
    ['fr', 'Ordre du jour provisoire annoté', 'Le Conseil élit son bureau.', 'Documentation'],
    ['es', 'Programa provisional anotado', 'La Junta elige a su Mesa.', 'Documentación'],
  ];
  it.each(forms)('%s: each item followed by its annotation and documentation', (lang, title, annotation, label) => {
    const document = parse(
      [title, '', '1.   Election', '', `     ${annotation}`, '', '2.   Adoption', '', `     ${label}: agenda (E/ICEF/2025/1); timetable (E/ICEF/2025/2)`, '', '3.   Plan', '', `     ${label}: E/ICEF/2025/3`],
      lang,
    );
    expect(document.document.kind).toBe('annotated-provisional-agenda');
    expect(document.items.map((i) => i.annotation)).toEqual([annotation, null, null]);
    expect(document.items.map((i) => i.documents.map((d) => d.symbol))).toEqual([[], ['E/ICEF/2025/1', 'E/ICEF/2025/2'], ['E/ICEF/2025/3']]);
  });

  it('a title wrapped onto a line "documentation." is no documentation heading', () => {
    const document = parse(
      ['Provisional agenda', '', '1.    Adoption of the agenda.', '', '2.    Programme, procedures and working methods of the Commission and its', '      documentation.', '', '3.    Other business.'],
      'en',
    );
    expect(document.document.kind).toBe('provisional-agenda');
    expect(document.items.map((i) => i.title)).toEqual(['Adoption of the agenda', 'Programme, procedures and working methods of the Commission and its documentation', 'Other business']);
  });

  it('a plain list that a list of documents merely follows stays a list', () => {
    const document = parse(['Provisional agenda', '', '1. Opening', '2. Other matters', '', 'Documentation: A/1'], 'en');
    expect(document.document.kind).toBe('provisional-agenda');
    expect(document.items.every((i) => i.annotation === null)).toBe(true);
  });
});

describe('Arabic in visual order', () => {
  it('reads annotation headings whose number ends the line', () => {
    const document = parse(
      ['جدول الأعمال المؤقت وشروحه', '', '١- انتخاب أعضاء المكتب.', '٢- إقرار جدول الأعمال.', '', 'الشروح', '', 'انتخاب أعضاء المكتب -١', '', 'تنتخب اللجنة أعضاء مكتبها.', '', 'إقرار جدول الأعمال -٢', '', 'يعرض جدول الأعمال.', '', 'الوثائق', '', 'جدول الأعمال المؤقت (E/CN.7/2026/1)'],
      'ar',
    );
    expect(document.items.map((i) => i.annotation)).toEqual(['تنتخب اللجنة أعضاء مكتبها.', 'يعرض جدول الأعمال.']);
    expect(document.items[1]!.documents.map((d) => d.symbol)).toEqual(['E/CN.7/2026/1']);
  });

  it.each([
    ['جدول الأعمال المؤقت                E/ESCWA/C.5/2026/1 :الوثائق', 'جدول الأعمال المؤقت'],
    ['الوثيقة: E/ESCWA/C.5/2026/1', null],
    ['الوثائق: جدول الأعمال المؤقت )E/ESCWA/C.5/2026/1(', 'جدول الأعمال المؤقت'],
  ])('reads the documentation line "%s"', (line, description) => {
    const document = parse(['جدول الأعمال المؤقت وشروحه', '', '١- افتتاح الدورة.', '٢- مسائل أخرى.', '', 'الشروح', '', '١- افتتاح الدورة', '', 'يفتتح الرئيس الدورة.', '', line, '', '٢- مسائل أخرى'], 'ar');
    expect(document.items[0]!.documents.map((d) => [d.symbol, d.description])).toEqual([['E/ESCWA/C.5/2026/1', description]]);
  });

  it('compares titles with the lam-alef swapped inside a word', () => {
    const document = parse(['جدول الأعمال المؤقت وشروحه', '', '١- اعتماد تقرير الدورة الخامسة والثالثين.', '', 'الشروح', '', '١- اعتماد تقرير الدورة الخامسة والثلاثين', '', 'نص.'], 'ar');
    expect(document.diagnostics.map((d) => d.code)).not.toContain('ITEM_TITLE_MISMATCH');
  });
});

describe('segment headings', () => {
  it('en: between short titles without blank lines or stops', () => {
    const document = parse(['Provisional agenda', '', '1.   Organizational matters', '     Joint segment', '2.   Reports of the Ethics Offices', '     UNDP segment', '3.   Statement by the Administrator'], 'en');
    expect(document.items.map((i) => i.title)).toEqual(['Organizational matters', 'Reports of the Ethics Offices', 'Statement by the Administrator']);
  });

  const forms: [Language, string, string, string][] = [
    ['en', 'Provisional agenda', 'Annotations', 'UNDP segment'],
    ['fr', 'Ordre du jour provisoire', 'Annotations', 'Débat consacré au PNUD'],
    ['es', 'Programa provisional', 'Anotaciones', 'Serie de sesiones dedicada al PNUD'],
    ['ru', 'Предварительная повестка дня', 'Аннотации', 'Этап, посвященный ПРООН'],
    ['ar', 'جدول الأعمال المؤقت', 'الشروح', 'الجزء الخاص بالمسائل المعيارية'],
  ];
  it.each(forms)('%s: "$3" is neither a title, a document nor an annotation', (lang, title, annotations, heading) => {
    const document = parse(
      [title, '', '1. Opening.', `      ${heading}`, '2. Debate.', '', annotations, '', '1. Opening', '', 'Text.', '', 'Documentation: A/1', '', heading, '', '2. Debate', '', 'More text.'],
      lang,
    );
    expect(document.items.map((i) => i.title)).toEqual(['Opening', 'Debate']);
    expect(document.items[0]!.documents.every((d) => d.symbol !== null)).toBe(true);
    expect(document.diagnostics.map((d) => d.code)).not.toContain('ITEM_TITLE_MISMATCH');
  });
});

describe('an annotation after the documentation list', () => {
  const forms: [Language, string, string, string, string][] = [
    ['en', 'Annotations', 'Documentation', 'Annotation', 'The Commission will adopt the agenda, as reissued.'],
    ['fr', 'Annotations', 'Documentation', 'Annotation', 'La Commission adoptera l’ordre du jour, tel que publié à nouveau.'],
    ['es', 'Anotaciones', 'Documentación', 'Anotación', 'La Comisión aprobará el programa, tal como se ha vuelto a publicar.'],
    ['ru', 'Аннотации', 'Документация', 'Аннотация', 'Комиссия утвердит повестку дня в переизданном виде.'],
  ];
  it.each(forms)('%s: the "$3" heading and its paragraph are no documents', (lang, annotations, documentation, heading, paragraph) => {
    const document = parseAgenda(
      [PROVISIONAL[lang]!, '', '1. Opening', '2. Other matters', '', annotations, '', '1. Opening', '', documentation, '', 'Agenda (ESCAP/81/1)', '', heading, '', `     ${paragraph}`, '', '2. Other matters'].join('\n'),
      { lang, spans: false },
    );
    expect(document.items[0]!.documents.map((d) => d.symbol)).toEqual(['ESCAP/81/1']);
    expect(document.items[0]!.annotation).toBe(paragraph);
  });

  it('zh: an indented paragraph after the documents, without a heading, is the annotation', () => {
    const document = parseAgenda(
      ['临时议程', '', '1. 会议开幕', '2. 其他事项', '', '说明', '', '1. 会议开幕', '', '文件', '', '临时议程说明（ESCAP/81/1）', '', '     根据委员会第79/1号决议和大会第78/1号决议，秘书处将介绍相关工作。', '', '2. 其他事项'].join('\n'),
      { lang: 'zh', spans: false },
    );
    expect(document.items[0]!.documents.map((d) => d.symbol)).toEqual(['ESCAP/81/1']);
    expect(document.items[0]!.annotation).toBe('根据委员会第79/1号决议和大会第78/1号决议，秘书处将介绍相关工作。');
  });
});

describe('documents joined by a conjunction after a bracketed symbol', () => {
  it.each([
    ['en', 'Country programme documents for Bolivia (DP/FPA/CPD/BOL/8) and Ghana (DP/FPA/CPD/GHA/8)', ['Country programme documents for Bolivia', 'Ghana']],
    ['fr', 'Descriptifs de programme pour la Bolivie (DP/FPA/CPD/BOL/8) et le Ghana (DP/FPA/CPD/GHA/8)', ['Descriptifs de programme pour la Bolivie', 'le Ghana']],
    ['es', 'Documentos del programa para Bolivia (DP/FPA/CPD/BOL/8) y Ghana (DP/FPA/CPD/GHA/8)', ['Documentos del programa para Bolivia', 'Ghana']],
    ['ru', 'Документы по страновой программе для Боливии (DP/FPA/CPD/BOL/8) и Ганы (DP/FPA/CPD/GHA/8)', ['Документы по страновой программе для Боливии', 'Ганы']],
  ] as [Language, string, string[]][])('%s: each its own description', (lang, entry, descriptions) => {
    const document = parseAgenda([PROVISIONAL[lang]!, '', '1. Programmes', '', ANNOTATIONS[lang]!, '', '1. Programmes', '', `${lang === 'es' ? 'Documentación' : lang === 'ru' ? 'Документация' : 'Documentation'}: ${entry}`].join('\n'), { lang, spans: false });
    expect(document.items[0]!.documents.map((d) => [d.symbol, d.description])).toEqual([
      ['DP/FPA/CPD/BOL/8', descriptions[0]],
      ['DP/FPA/CPD/GHA/8', descriptions[1]],
    ]);
  });
});
