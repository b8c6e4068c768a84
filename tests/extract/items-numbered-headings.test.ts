// An annotated agenda with no list (its "Annotations" heading right under the title) whose
// annotations head each item with a plain number ("1. Opening of the session", "١- …", "一、…"):
// those headings are the items, with sub-item headings "(a) …" under them; the annotations'
// numbered paragraphs ("1. The Commission will …", ending in a full stop) are not.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface NumberedForm {
  title: string;
  annotations: string;
  /** Item headings as printed, numbered 1, 2, 3 and 5 (item 4 left out: a gap). */
  headings: [string, string, string, string];
  /** Sub-item headings of item 2. */
  subItems: [string, string];
  /** A numbered paragraph, printed with the paragraph number given. */
  paragraph: (n: number) => string;
  /** The expected titles of items 1, 2, 3 and 5. */
  titles: [string, string, string, string];
}

/** Our own sentences, per language, with the language's title, annotations heading and markers. */
const FORMS: Record<Language, NumberedForm> = {
  en: {
    title: 'Annotated provisional agenda',
    annotations: 'Annotations',
    headings: ['1. Opening of the meeting', '2. Organizational matters', '3. Review of the pilot programme', '5. Adoption of the report'],
    subItems: ['(a) Election of officers', '(b) Adoption of the agenda'],
    paragraph: (n) => `${n}. The working group will have before it a note by the secretariat on the questions raised at its previous meeting.`,
    titles: ['Opening of the meeting', 'Organizational matters', 'Review of the pilot programme', 'Adoption of the report'],
  },
  fr: {
    title: 'Ordre du jour provisoire annoté',
    annotations: 'Annotations',
    headings: ['1. Ouverture de la réunion', '2. Questions d’organisation', '3. Examen du programme pilote', '5. Adoption du rapport'],
    subItems: ['a) Élection du Bureau', 'b) Adoption de l’ordre du jour'],
    paragraph: (n) => `${n}. Le groupe de travail sera saisi d’une note du secrétariat sur les questions soulevées à sa réunion précédente.`,
    titles: ['Ouverture de la réunion', 'Questions d’organisation', 'Examen du programme pilote', 'Adoption du rapport'],
  },
  es: {
    title: 'Programa provisional anotado',
    annotations: 'Anotaciones',
    headings: ['1. Apertura de la reunión', '2. Cuestiones de organización', '3. Examen del programa piloto', '5. Aprobación del informe'],
    subItems: ['a) Elección de la Mesa', 'b) Aprobación del programa'],
    paragraph: (n) => `${n}. El grupo de trabajo tendrá ante sí una nota de la secretaría sobre las cuestiones planteadas en su reunión anterior.`,
    titles: ['Apertura de la reunión', 'Cuestiones de organización', 'Examen del programa piloto', 'Aprobación del informe'],
  },
  ru: {
    title: 'Аннотированная предварительная повестка дня',
    annotations: 'Аннотации',
    headings: ['1. Открытие совещания', '2. Организационные вопросы', '3. Обзор экспериментальной программы', '5. Утверждение доклада'],
    subItems: ['а) Выборы должностных лиц', 'б) Утверждение повестки дня'],
    paragraph: (n) => `${n}. Рабочей группе будет представлена записка секретариата по вопросам, поднятым на ее предыдущем совещании.`,
    titles: ['Открытие совещания', 'Организационные вопросы', 'Обзор экспериментальной программы', 'Утверждение доклада'],
  },
  ar: {
    title: 'جدول الأعمال المؤقت وشروحه',
    annotations: 'الشروح',
    headings: ['١- افتتاح الاجتماع', '٢- المسائل التنظيمية', '٣- استعراض البرنامج التجريبي', '٥- اعتماد التقرير'],
    subItems: ['(أ) انتخاب أعضاء المكتب', '(ب) إقرار جدول الأعمال'],
    paragraph: (n) => `${'٠١٢٣٤٥٦٧٨٩'[n]}- سيُعرض على الفريق العامل مذكرة من الأمانة عن المسائل التي أثيرت في اجتماعه السابق.`,
    titles: ['افتتاح الاجتماع', 'المسائل التنظيمية', 'استعراض البرنامج التجريبي', 'اعتماد التقرير'],
  },
  zh: {
    title: '临时议程和说明',
    annotations: '说明',
    headings: ['1. 会议开幕', '2. 组织事项', '3. 试点方案审查', '5. 通过报告'],
    subItems: ['(a) 选举主席团成员', '(b) 通过议程'],
    paragraph: (n) => `${n}. 工作组将收到秘书处关于上次会议所提问题的说明。`,
    titles: ['会议开幕', '组织事项', '试点方案审查', '通过报告'],
  },
};

/** The document: masthead, title, annotations heading, then each heading with a paragraph under it. */
function annotationsOnly(form: NumberedForm, numberedParagraphs: boolean): string {
  let n = 0;
  const paragraph = () => (numberedParagraphs ? form.paragraph(++n) : form.paragraph(++n).replace(/^\S+\s*/, ''));
  const [first, second, third, fifth] = form.headings;
  return [
    'CRXD/WG.1/2031/1', '', form.title, '', form.annotations, '',
    first, '', paragraph(), '',
    second, '', paragraph(), '',
    form.subItems[0], '', paragraph(), '',
    form.subItems[1], '', paragraph(), '',
    third, '', paragraph(), '', paragraph(), '',
    fifth, '', paragraph(), '',
  ].join('\n');
}

describe('plain-numbered headings of an annotated agenda with no list', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, NumberedForm][]) {
    for (const numbered of [false, true]) {
      it(`${lang}, paragraphs ${numbered ? 'numbered' : 'unnumbered'}`, () => {
        const doc = parseAgenda(annotationsOnly(form, numbered), { lang, spans: false });
        expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3', '5']);
        expect(doc.items.map((i) => i.title)).toEqual(form.titles);
        expect(doc.items[1]!.subItems.map((s) => s.number)).toEqual(['2(a)', '2(b)']);
        // Each item's annotation is the paragraph under its heading, number and all.
        expect(doc.items[0]!.annotation).toBe(numbered ? form.paragraph(1) : form.paragraph(1).replace(/^\S+\s*/, ''));
        expect(doc.diagnostics.map((d) => d.code)).not.toContain('NO_ITEMS');
        expect(doc.diagnostics.filter((d) => d.code === 'ITEM_NUMBER_GAP')).toHaveLength(1);
      });
    }

    it(`${lang}: numbered paragraphs alone are no items`, () => {
      const text = ['CRXD/WG.1/2031/1', '', form.title, '', form.annotations, '', form.paragraph(1), '', form.paragraph(2), '', form.paragraph(3), ''].join('\n');
      const doc = parseAgenda(text, { lang, spans: false });
      expect(doc.items).toEqual([]);
      expect(doc.diagnostics.map((d) => d.code)).toContain('NO_ITEMS');
    });
  }

  it('zh: headings numbered in Chinese numerals ("一、…")', () => {
    const form = FORMS.zh;
    const text = annotationsOnly({ ...form, headings: ['一、会议开幕', '二、组织事项', '三、试点方案审查', '五、通过报告'] }, true);
    const doc = parseAgenda(text, { lang: 'zh', spans: false });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([['1', '会议开幕'], ['2', '组织事项'], ['3', '试点方案审查'], ['5', '通过报告']]);
  });

  it('en: roman-numbered sections ("I. Introduction") are no items', () => {
    const text = ['CRXD/WG.1/2031/1', '', 'Annotated provisional agenda', '', 'Annotations', '', 'I. Introduction', '', FORMS.en.paragraph(1), '', 'II. Matters before the group', '', FORMS.en.paragraph(2), ''].join('\n');
    expect(parseAgenda(text, { lang: 'en', spans: false }).items).toEqual([]);
  });
});
