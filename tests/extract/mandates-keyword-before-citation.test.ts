// A citation right after a word that is also a citation keyword but starts no citation: the
// heading above ends in it ("Consideration of the draft decision", "انتخاب الرئيس - المقرر", where
// المقرر is the rapporteur), or the sentence names a decision before citing a resolution. The
// keyword's words before a number may run over a line break, so such a keyword once took the
// citation after it as its own words, and the citation was lost.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

/** An annotated agenda with no masthead and no document symbol. */
function annotated(title: string, annotationsHeading: string, heading: string, next: string, paragraph: string, blankAfterHeading: boolean): string {
  return [title, '', annotationsHeading, '', heading, ...(blankAfterHeading ? [''] : []), paragraph, '', next, '', '.'].join('\n');
}

interface Row {
  lang: Language;
  title: string;
  annotations: string;
  /** Item 1's heading, ending in a keyword word. */
  heading: string;
  /** Item 2's heading. */
  next: string;
  /** Item 1's annotation, opening with the citation. */
  paragraph: string;
  reference: string;
}

const rows: Row[] = [
  {
    lang: 'ar',
    title: 'جدول الأعمال المؤقت وشروحه',
    annotations: 'الشروح',
    heading: '1- انتخاب الرئيس - المقرر',
    next: '2- إقرار جدول الأعمال',
    paragraph: 'وفقا للقرار 61/12، ينتخب الفريق رئيسه في جلسته الأولى.',
    reference: '61/12',
  },
  {
    lang: 'ar',
    title: 'جدول الأعمال المؤقت وشروحه',
    annotations: 'الشروح',
    heading: '١- انتخاب الرئيس - المقرر',
    next: '٢- إقرار جدول الأعمال',
    paragraph: 'عملا بالمقرر ٣/٧، ينتخب الفريق رئيسه في جلسته الأولى.',
    reference: '3/7',
  },
  {
    lang: 'en',
    title: 'Provisional agenda and annotations',
    annotations: 'Annotations',
    heading: '1. Consideration of the draft decision',
    next: '2. Other matters',
    paragraph: 'Pursuant to resolution 61/12, the Group will consider the text prepared by its Bureau.',
    reference: '61/12',
  },
  {
    lang: 'fr',
    title: 'Ordre du jour provisoire annoté',
    annotations: 'Annotations',
    heading: '1. Examen du projet de décision',
    next: '2. Questions diverses',
    paragraph: 'Conformément à la résolution 61/12, le Groupe examinera le texte établi par son Bureau.',
    reference: '61/12',
  },
  {
    lang: 'es',
    title: 'Programa provisional anotado',
    annotations: 'Anotaciones',
    heading: '1. Examen del proyecto de decisión',
    next: '2. Otros asuntos',
    paragraph: 'De conformidad con la resolución 61/12, el Grupo examinará el texto preparado por la Mesa.',
    reference: '61/12',
  },
  {
    lang: 'ru',
    title: 'Предварительная повестка дня и аннотации',
    annotations: 'Аннотации',
    heading: '1. Рассмотрение проекта решения',
    next: '2. Прочие вопросы',
    paragraph: 'В соответствии с резолюцией 61/12 Группа рассмотрит текст, подготовленный Бюро.',
    reference: '61/12',
  },
  {
    lang: 'zh',
    title: '临时议程和说明',
    annotations: '说明',
    heading: '1. 审议决定草案',
    next: '2. 其他事项',
    paragraph: '根据第61/12号决议，工作组将审议主席团编写的案文。',
    reference: '61/12',
  },
];

describe('a citation after a keyword word that starts no citation', () => {
  for (const row of rows) {
    for (const blank of [false, true]) {
      it(`${row.lang}: "${row.heading}" then${blank ? ' a blank line and' : ''} "${row.paragraph.slice(0, 24)}…"`, () => {
        const text = annotated(row.title, row.annotations, row.heading, row.next, row.paragraph, blank);
        const document = parseAgenda(text, { lang: row.lang });
        expect(document.items[0]!.annotation).toBe(row.paragraph);
        expect(document.mandates.map((m) => [m.reference, m.items])).toContainEqual([row.reference, ['1']]);
      });
    }
  }

  // Inside one sentence: a decision named, then a resolution cited within the keyword's reach.
  const sentences: [Language, string, string][] = [
    ['en', 'The decision was taken pursuant to resolution 61/12 of the General Assembly.', '61/12'],
    ['fr', 'La décision a été prise conformément à la résolution 61/12.', '61/12'],
    ['es', 'La decisión se adoptó de conformidad con la resolución 61/12.', '61/12'],
    ['ru', 'Решение было принято в соответствии с резолюцией 61/12.', '61/12'],
    ['ar', 'سينتخب الفريق رئيسه - مقرره وفقا لقرار مجلس حقوق الإنسان 61/12.', '61/12'],
  ];
  for (const [lang, sentence, reference] of sentences) {
    it(`${lang}: ${sentence}`, () => {
      const document = parseAgenda(sentence, { lang });
      expect(document.mandates.map((m) => m.reference)).toContain(reference);
    });
  }

  it('the Arabic citation after "الرئيس - مقرره" keeps the body named before its number', () => {
    const document = parseAgenda('سينتخب الفريق رئيسه - مقرره وفقا لقرار مجلس حقوق الإنسان 61/12.', { lang: 'ar' });
    const mandate = document.mandates.find((m) => m.reference === '61/12');
    expect(mandate?.issuer).toBe('مجلس حقوق الإنسان');
    expect(mandate?.symbol).toBe('A/HRC/RES/61/12');
  });

  // A heading naming a body after the keyword ("…resolutions of the General Assembly"), then a
  // paragraph opening with a citation: the body's name (which may run on into more words in the
  // table's lookup) is not read with the next paragraph's words as the first keyword's.
  const bodyHeadings: [Language, string, string, string][] = [
    ['ru', '1. Последующая деятельность в связи с резолюциями Генеральной Ассамблеи', 'В соответствии с резолюцией 61/12 Комиссия рассмотрит доклад.', 'Комиссия'],
    ['ar', '1- متابعة قرارات الجمعية العامة', 'وفقا للقرار 61/12، ستنظر اللجنة في التقرير.', 'اللجنة'],
    ['en', '1. Follow-up to resolutions of the General Assembly', 'Pursuant to resolution 61/12, the Commission will consider the report.', 'Commission'],
    ['fr', '1. Suite donnée aux résolutions de l’Assemblée générale', 'Conformément à la résolution 61/12, la Commission examinera le rapport.', 'Commission'],
    ['es', '1. Seguimiento de las resoluciones de la Asamblea General', 'De conformidad con la resolución 61/12, la Comisión examinará el informe.', 'Comisión'],
  ];
  for (const [lang, heading, paragraph, issuer] of bodyHeadings) {
    it(`${lang}: "${heading}" then "${paragraph.slice(0, 24)}…"`, () => {
      const row = rows.find((r) => r.lang === lang)!;
      const text = annotated(row.title, row.annotations, heading, row.next, paragraph, true);
      const document = parseAgenda(text, { lang });
      const mandate = document.mandates.find((m) => m.reference === '61/12');
      expect(mandate?.items).toEqual(['1']);
      expect(mandate?.issuer).toBe(issuer);
      expect(mandate?.spans?.[0]?.start).toBe(text.indexOf(paragraph) + paragraph.search(/[Рр]езолюц|قرار|resoluci|résolution|resolution/) - (lang === 'ar' ? 2 : 0));
    });
  }

  it('a body named between keyword and number is still its issuer', () => {
    const document = parseAgenda('قرار مجلس حقوق الإنسان 61/12.', { lang: 'ar' });
    expect(document.mandates.map((m) => m.issuer)).toEqual(['مجلس حقوق الإنسان']);
  });
});
