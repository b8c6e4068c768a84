// Annotated agendas whose list is numbered "I.", "II." (our own sentences in the forms real ones
// print): a list of one or two entries right under its heading, the annotations repeating each
// entry as its heading, plainly ("II. Adoption of the agenda") or worded ("Item II", "Point II
// de l'ordre du jour", "Пункт II" with the title below it, "البند الثاني"); and an entry wrapped
// after a word that needs its number ("… in accordance with article" / "4 of the Protocol").
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const parse = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang });

interface ShortList {
  title: string;
  listHeading: string;
  annotationsHeading: string;
  /** Each entry's label in the list ("I."), and the worded heading's label over its annotation. */
  labels: [string, string];
  wordedLabels: [string, string];
  titles: [string, string];
  paragraphs: [string, string];
}

const FORMS: [Language, ShortList][] = [
  ['en', {
    title: 'Annotated provisional agenda', listHeading: 'I. Provisional agenda', annotationsHeading: 'II. Annotations',
    labels: ['I.', 'II.'], wordedLabels: ['Item I.', 'Item II.'],
    titles: ['Opening of the meeting', 'Adoption of the agenda'],
    paragraphs: ['The meeting will be opened by the Chair, who will welcome the members of the Board.', 'The Board is invited to adopt its agenda as it is set out in the present document.'],
  }],
  ['fr', {
    title: 'Ordre du jour provisoire annoté', listHeading: 'I. Ordre du jour provisoire', annotationsHeading: 'II. Annotations',
    labels: ['I.', 'II.'], wordedLabels: ['Point I de l’ordre du jour provisoire :', 'Point II de l’ordre du jour provisoire :'],
    titles: ['Ouverture de la réunion', 'Adoption de l’ordre du jour'],
    paragraphs: ['La réunion sera ouverte par la présidence, qui souhaitera la bienvenue aux membres du Conseil.', 'Le Conseil est invité à adopter son ordre du jour tel qu’il figure dans le présent document.'],
  }],
  ['es', {
    title: 'Programa provisional anotado', listHeading: 'I. Programa provisional', annotationsHeading: 'II. Anotaciones',
    labels: ['I.', 'II.'], wordedLabels: ['Tema I.', 'Tema II.'],
    titles: ['Apertura de la reunión', 'Aprobación del programa'],
    paragraphs: ['La reunión será inaugurada por la Presidencia, que dará la bienvenida a los miembros de la Junta.', 'Se invitará a la Junta a aprobar su programa tal como figura en el presente documento.'],
  }],
  ['ru', {
    title: 'Предварительная повестка дня с аннотациями', listHeading: 'I. Предварительная повестка дня', annotationsHeading: 'II. Аннотации',
    labels: ['I.', 'II.'], wordedLabels: ['Пункт I', 'Пункт II'],
    titles: ['Открытие совещания', 'Утверждение повестки дня'],
    paragraphs: ['Совещание откроет Председатель, который приветствует членов Совета и напомнит о его мандате.', 'Совету будет предложено утвердить повестку дня, содержащуюся в настоящем документе.'],
  }],
  ['ar', {
    title: 'جدول الأعمال المؤقت المشروح', listHeading: 'أولاً - جدول الأعمال المؤقت', annotationsHeading: 'ثانياً - الشروح',
    labels: ['أولاً -', 'ثانياً -'], wordedLabels: ['البند الأول -', 'البند الثاني -'],
    titles: ['افتتاح الاجتماع', 'إقرار جدول الأعمال'],
    paragraphs: ['سيفتتح الاجتماع الرئيس الذي سيرحب بأعضاء المجلس ويذكّر بولايته المقررة في الوثيقة.', 'المجلس مدعو إلى إقرار جدول أعماله بالصيغة الواردة في هذه الوثيقة المعروضة عليه.'],
  }],
];

const annotated = (form: ShortList, count: 1 | 2, headingOf: (k: number) => string[]) => [
  form.title, '',
  form.listHeading, '',
  ...form.titles.slice(0, count).map((title, k) => `${form.labels[k]} ${title}`), '',
  form.annotationsHeading, '',
  ...form.titles.slice(0, count).flatMap((_, k) => [...headingOf(k), '', form.paragraphs[k]!, '']),
];

describe('a roman-numbered list of fewer than three entries, repeated by its annotations', () => {
  for (const [lang, form] of FORMS) {
    for (const count of [1, 2] as const) {
      const expected = form.titles.slice(0, count).map((title, k) => [String(k + 1), title, form.paragraphs[k]]);
      it(`${lang}, ${count} entr${count === 1 ? 'y' : 'ies'}: the entries are the items, the repeated headings their annotations`, () => {
        const doc = parse(annotated(form, count, (k) => [`${form.labels[k]} ${form.titles[k]}`]), lang);
        expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(expected);
      });
      it(`${lang}, ${count} entr${count === 1 ? 'y' : 'ies'}: worded headings numbered so ("${form.wordedLabels[0]}")`, () => {
        const doc = parse(annotated(form, count, (k) => [`${form.wordedLabels[k]} ${form.titles[k]}`]), lang);
        expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(expected);
      });
      it(`${lang}, ${count} entr${count === 1 ? 'y' : 'ies'}: worded headings alone on their line, the title on the next`, () => {
        const doc = parse(annotated(form, count, (k) => [form.wordedLabels[k]!, form.titles[k]!]), lang);
        expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(expected);
      });
    }
    it(`${lang}: sections numbered so, with no list under the list heading, stay sections`, () => {
      const doc = parse([form.title, '', form.listHeading, '', form.paragraphs[0]!, '', form.annotationsHeading, '', form.paragraphs[1]!], lang);
      expect(doc.items).toEqual([]);
    });
    it(`${lang}: two entries not repeated below are no list`, () => {
      const doc = parse([form.title, '', ...form.titles.map((title, k) => `${form.labels[k]} ${title}`), '', form.paragraphs[0]!, '', form.paragraphs[1]!], lang);
      expect(doc.items).toEqual([]);
    });
  }
});

describe('a number wrapped after a word that needs it, next in turn and capitalised', () => {
  const WRAPPED: [Language, string, [string, string, string], string, string][] = [
    ['en', 'Provisional agenda', ['Opening of the meeting.', 'Adoption of the agenda.', 'Other matters.'], 'Reports submitted in accordance with article', '4 Of the Protocol on Rural Roads.'],
    ['fr', 'Ordre du jour provisoire', ['Ouverture de la réunion.', 'Adoption de l’ordre du jour.', 'Questions diverses.'], 'Rapports présentés conformément à l’article', '4 Du Protocole sur les routes rurales.'],
    ['es', 'Programa provisional', ['Apertura de la reunión.', 'Aprobación del programa.', 'Otros asuntos.'], 'Informes presentados de conformidad con el artículo', '4 Del Protocolo sobre caminos rurales.'],
    ['ru', 'Предварительная повестка дня', ['Открытие совещания.', 'Утверждение повестки дня.', 'Прочие вопросы.'], 'Доклады, представленные в соответствии со статьей', '4 Протокола о сельских дорогах.'],
    ['ar', 'جدول الأعمال المؤقت', ['افتتاح الاجتماع.', 'إقرار جدول الأعمال.', 'ما يستجد من أعمال.'], 'التقارير المقدمة وفقا للمادة', '4 من البروتوكول المتعلق بالطرق الريفية.'],
  ];
  for (const [lang, heading, [first, second, last], wrappedStart, wrappedEnd] of WRAPPED) {
    it(`${lang}: the number goes on with the entry`, () => {
      const doc = parse([heading, '', `1. ${first}`, `2. ${second}`, `3. ${wrappedStart}`, wrappedEnd, `4. ${last}`], lang);
      expect(doc.items.map((item) => [item.number, item.title])).toEqual([
        ['1', first.slice(0, -1)],
        ['2', second.slice(0, -1)],
        ['3', `${wrappedStart} ${wrappedEnd.slice(0, -1)}`],
        ['4', last.slice(0, -1)],
      ]);
    });
  }
  it('en: in a list printing its numbers bare, an entry ending in such a word is followed by the next item', () => {
    const doc = parse(['Provisional agenda', '', '1 Opening of the meeting', '2 Consideration of draft decisions', '3 Other matters'], 'en');
    expect(doc.items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Consideration of draft decisions', 'Other matters']);
  });
  it('en: an entry ending in a word that takes no number is followed by the next item', () => {
    const doc = parse(['Provisional agenda', '', '1. Opening of the meeting', '2. Reports of the working parties', '3. Other matters'], 'en');
    expect(doc.items.map((item) => item.title)).toEqual(['Opening of the meeting', 'Reports of the working parties', 'Other matters']);
  });
});
