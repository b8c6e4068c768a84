// Agendas whose list is missing or empty, in the forms real annotated agendas print:
// 1. the list heading with nothing under it ("Provisional agenda" alone), or "Item 1" alone, then
//    the annotations under worded headings ("Item 1. Opening of the session", "Point 2 de l'ordre
//    du jour", "Пункт 3 повестки дня", "البند 4", "议程项目 5"): the worded headings are the items;
// 2. no list and no "Annotations" heading, each item a plain-numbered heading among the numbered
//    paragraphs of its annotation ("1. Opening of the session" / "1. The session will be opened
//    …"): the headings (short, no final stop, in sequence) are the items, the paragraphs are not.
// Our own sentences, per language.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface ListlessForm {
  /** The document's title, and the list heading printed again over an empty list. */
  title: string;
  listHeading: string;
  annotations: string;
  /** Worded item headings 1-3, as printed, and "Item 1" alone. */
  worded: [string, string, string];
  itemOneAlone: string;
  /** Plain-numbered headings 1-3. */
  numbered: [string, string, string];
  /** A sentence of annotation (no number). */
  sentence: string;
  /** The same sentence, long enough to wrap, split over two lines. */
  wrapped: [string, string];
  titles: [string, string, string];
  /** Western digits or the script's own. */
  digit: (n: number) => string;
  /** A paragraph number as printed before a paragraph. */
  paragraphNumber: (n: number) => string;
}

const ascii = (n: number) => String(n);
const FORMS: Record<Language, ListlessForm> = {
  en: {
    title: 'Annotated provisional agenda',
    listHeading: 'Provisional agenda',
    annotations: 'Annotations',
    worded: ['Item 1. Opening of the meeting', 'Item 2. Adoption of the agenda', 'Item 3. Review of the pilot scheme'],
    itemOneAlone: 'Item 1',
    numbered: ['1. Opening of the meeting', '2. Adoption of the agenda', '3. Review of the pilot scheme'],
    sentence: 'The working group will have before it a note by the secretariat on the questions raised at its last meeting.',
    wrapped: ['The working group will have before it a note by the secretariat on the', 'questions raised at its last meeting and on the follow-up given to them.'],
    titles: ['Opening of the meeting', 'Adoption of the agenda', 'Review of the pilot scheme'],
    digit: ascii,
    paragraphNumber: (n) => `${n}.`,
  },
  fr: {
    title: 'Ordre du jour provisoire annoté',
    listHeading: 'Ordre du jour provisoire',
    annotations: 'Annotations',
    worded: ["Point 1 de l'ordre du jour. Ouverture de la réunion", "Point 2 de l'ordre du jour. Adoption de l'ordre du jour", "Point 3 de l'ordre du jour. Examen du programme pilote"],
    itemOneAlone: 'Point 1',
    numbered: ['1. Ouverture de la réunion', "2. Adoption de l'ordre du jour", '3. Examen du programme pilote'],
    sentence: 'Le groupe de travail sera saisi d’une note du secrétariat sur les questions soulevées à sa dernière réunion.',
    wrapped: ['Le groupe de travail sera saisi d’une note du secrétariat sur les questions', 'soulevées à sa dernière réunion et sur la suite qui leur a été donnée.'],
    titles: ['Ouverture de la réunion', "Adoption de l'ordre du jour", 'Examen du programme pilote'],
    digit: ascii,
    paragraphNumber: (n) => `${n}.`,
  },
  es: {
    title: 'Programa provisional anotado',
    listHeading: 'Programa provisional',
    annotations: 'Anotaciones',
    worded: ['Tema 1. Apertura de la reunión', 'Tema 2. Aprobación del programa', 'Tema 3. Examen del programa piloto'],
    itemOneAlone: 'Tema 1',
    numbered: ['1. Apertura de la reunión', '2. Aprobación del programa', '3. Examen del programa piloto'],
    sentence: 'El grupo de trabajo tendrá ante sí una nota de la secretaría sobre las cuestiones planteadas en su última reunión.',
    wrapped: ['El grupo de trabajo tendrá ante sí una nota de la secretaría sobre las', 'cuestiones planteadas en su última reunión y el seguimiento que se les dio.'],
    titles: ['Apertura de la reunión', 'Aprobación del programa', 'Examen del programa piloto'],
    digit: ascii,
    paragraphNumber: (n) => `${n}.`,
  },
  ru: {
    title: 'Аннотированная предварительная повестка дня',
    listHeading: 'Предварительная повестка дня',
    annotations: 'Аннотации',
    worded: ['Пункт 1 повестки дня. Открытие совещания', 'Пункт 2 повестки дня. Утверждение повестки дня', 'Пункт 3 повестки дня. Обзор экспериментальной программы'],
    itemOneAlone: 'Пункт 1',
    numbered: ['1. Открытие совещания', '2. Утверждение повестки дня', '3. Обзор экспериментальной программы'],
    sentence: 'Рабочей группе будет представлена записка секретариата по вопросам, поднятым на ее последнем совещании.',
    wrapped: ['Рабочей группе будет представлена записка секретариата по вопросам,', 'поднятым на ее последнем совещании, и о мерах, принятых по ним.'],
    titles: ['Открытие совещания', 'Утверждение повестки дня', 'Обзор экспериментальной программы'],
    digit: ascii,
    paragraphNumber: (n) => `${n}.`,
  },
  ar: {
    title: 'جدول الأعمال المؤقت وشروحه',
    listHeading: 'جدول الأعمال المؤقت',
    annotations: 'الشروح',
    worded: ['البند ١- افتتاح الاجتماع', 'البند ٢- إقرار جدول الأعمال', 'البند ٣- استعراض البرنامج التجريبي'],
    itemOneAlone: 'البند ١',
    numbered: ['١- افتتاح الاجتماع', '٢- إقرار جدول الأعمال', '٣- استعراض البرنامج التجريبي'],
    sentence: 'سيُعرض على الفريق العامل مذكرة من الأمانة عن المسائل التي أثيرت في اجتماعه الأخير وعن متابعتها.',
    wrapped: ['سيُعرض على الفريق العامل مذكرة من الأمانة عن المسائل التي أثيرت في', 'اجتماعه الأخير وعن الإجراءات التي اتخذت لمتابعتها حتى الآن.'],
    titles: ['افتتاح الاجتماع', 'إقرار جدول الأعمال', 'استعراض البرنامج التجريبي'],
    digit: (n) => '٠١٢٣٤٥٦٧٨٩'[n]!,
    paragraphNumber: (n) => `${'٠١٢٣٤٥٦٧٨٩'[n]}-`,
  },
  zh: {
    title: '临时议程和说明',
    listHeading: '临时议程',
    annotations: '说明',
    worded: ['议程项目1. 会议开幕', '议程项目2. 通过议程', '议程项目3. 试点方案审查'],
    itemOneAlone: '议程项目1',
    numbered: ['1. 会议开幕', '2. 通过议程', '3. 试点方案审查'],
    sentence: '工作组将收到秘书处关于上次会议所提问题及其后续行动以及今后工作安排的说明。',
    wrapped: ['工作组将收到秘书处关于上次会议所提问题', '及其后续行动和今后工作安排的说明。'],
    titles: ['会议开幕', '通过议程', '试点方案审查'],
    digit: ascii,
    paragraphNumber: (n) => `${n}.`,
  },
};

const MASTHEAD = ['CRXD/WG.1/2031/1', '', 'Distr.: General', '12 March 2031', ''];

/** Form 1: the title, the list heading with `underList` under it, the annotations heading, worded headings. */
function emptyListThenWorded(form: ListlessForm, underList: string[]): string {
  const [first, second, third] = form.worded;
  return [
    ...MASTHEAD, form.title, '', form.listHeading, '', ...underList, form.annotations, '',
    first, '', form.sentence, '', second, '', form.sentence, '', third, '', form.sentence, '',
  ].join('\n');
}

/** Form 2: no list, no annotations heading; each heading followed by numbered paragraphs (one wrapped). */
function headingsAmongParagraphs(form: ListlessForm): string {
  const [first, second, third] = form.numbered;
  const p = form.paragraphNumber;
  return [
    ...MASTHEAD, form.title, '',
    first, '', `${p(1)} ${form.sentence}`, '',
    second, '', `${p(2)} ${form.wrapped[0]}`, form.wrapped[1], '', `${p(3)} ${form.sentence}`, '',
    third, '', `${p(4)} ${form.sentence}`, '',
  ].join('\n');
}

const titlesOf = (text: string, lang: Language) => parseAgenda(text, { lang }).items.map((item) => [item.number, item.title]);
const expected = (form: ListlessForm) => form.titles.map((title, i) => [String(i + 1), title]);

describe('an empty list followed by worded annotation headings', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, ListlessForm][]) {
    it(`${lang}: the list heading alone`, () => {
      const doc = parseAgenda(emptyListThenWorded(form, []), { lang });
      expect(doc.items.map((item) => [item.number, item.title])).toEqual(expected(form));
      expect(doc.items.every((item) => item.annotation === form.sentence)).toBe(true);
      expect(doc.diagnostics.map((d) => d.code)).not.toContain('NO_ITEMS');
    });
    it(`${lang}: "Item 1" alone under the list heading`, () => {
      expect(titlesOf(emptyListThenWorded(form, [form.itemOneAlone, '']), lang)).toEqual(expected(form));
    });
    it(`${lang}: a bare "Item 1" over its paragraph prints no title, and names no item`, () => {
      const bare = [...MASTHEAD, form.title, '', form.listHeading, '', form.annotations, '', form.itemOneAlone, '', form.sentence, ''].join('\n');
      expect(titlesOf(bare, lang)).toEqual([]);
    });
  }
});

describe('no list: plain-numbered headings among numbered paragraphs', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, ListlessForm][]) {
    it(`${lang}: every heading is an item, no paragraph is`, () => {
      const doc = parseAgenda(headingsAmongParagraphs(form), { lang });
      expect(doc.document.kind).toBe('annotated-provisional-agenda');
      expect(doc.items.map((item) => [item.number, item.title])).toEqual(expected(form));
      // Paragraph numbers stay at the start of their paragraphs (the document's own words).
      expect(doc.items[0]!.annotation).toBe(`${form.paragraphNumber(1)} ${form.sentence}`);
      expect(doc.items[1]!.annotation).toContain(form.wrapped[1]);
    });
    it(`${lang}: a list followed by numbered paragraphs keeps its list`, () => {
      // The list's items follow each other with nothing between: no headings among paragraphs.
      const [first, second, third] = form.numbered;
      const p = form.paragraphNumber;
      const text = [...MASTHEAD, form.title, '', first, second, third, '', `${p(1)} ${form.sentence}`, '', `${p(2)} ${form.sentence}`, ''].join('\n');
      expect(titlesOf(text, lang)).toEqual(expected(form));
    });
  }
});
