// A table of contents over an annotated agenda (our own sentences in the form real ones print):
// its entries name the sections ("I. Provisional agenda ……… 2", "II. Annotations ……… 3",
// "Annex ……… 6"), their leaders kept and the page numbers kept, lost, or set on lines of their
// own by the extraction. A contents line never starts the list, the annotations or the annex.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const parse = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang });

interface Annotated {
  title: string;
  contents: string;
  listHeading: string;
  annotationsHeading: string;
  annex: string;
  items: [string, string];
  paragraphs: [string, string];
  /** How the language numbers an item: "1." or "1-". */
  label: (n: number) => string;
}

const dot = (n: number) => `${n}.`;
const FORMS: [Language, Annotated][] = [
  ['en', {
    title: 'Annotated provisional agenda', contents: 'Contents', listHeading: 'I. Provisional agenda', annotationsHeading: 'II. Annotations', annex: 'Annex',
    items: ['Adoption of the agenda', 'Other matters'], label: dot,
    paragraphs: ['The Board is invited to adopt its agenda as it is set out in the present document.', 'The Board may wish to consider any other matter raised by its members.'],
  }],
  ['fr', {
    title: 'Ordre du jour provisoire annoté', contents: 'Table des matières', listHeading: 'I. Ordre du jour provisoire', annotationsHeading: 'II. Annotations', annex: 'Annexe',
    items: ['Adoption de l’ordre du jour', 'Questions diverses'], label: dot,
    paragraphs: ['Le Conseil est invité à adopter son ordre du jour tel qu’il figure dans le présent document.', 'Le Conseil voudra peut-être examiner toute autre question soulevée par ses membres.'],
  }],
  ['es', {
    title: 'Programa provisional anotado', contents: 'Índice', listHeading: 'I. Programa provisional', annotationsHeading: 'II. Anotaciones', annex: 'Anexo',
    items: ['Aprobación del programa', 'Otros asuntos'], label: dot,
    paragraphs: ['Se invitará a la Junta a aprobar su programa tal como figura en el presente documento.', 'La Junta podrá examinar cualquier otro asunto que planteen sus miembros.'],
  }],
  ['ru', {
    title: 'Предварительная повестка дня с аннотациями', contents: 'Содержание', listHeading: 'I. Предварительная повестка дня', annotationsHeading: 'II. Аннотации', annex: 'Приложение',
    items: ['Утверждение повестки дня', 'Прочие вопросы'], label: dot,
    paragraphs: ['Совету будет предложено утвердить повестку дня, содержащуюся в настоящем документе.', 'Совет, возможно, пожелает рассмотреть любые другие вопросы, поднятые его членами.'],
  }],
  ['ar', {
    title: 'جدول الأعمال المؤقت المشروح', contents: 'المحتويات', listHeading: 'أولاً- جدول الأعمال المؤقت', annotationsHeading: 'ثانياً- الشروح', annex: 'المرفق',
    items: ['إقرار جدول الأعمال', 'ما يستجد من أعمال'], label: (n) => `${n}-`,
    paragraphs: ['المجلس مدعو إلى إقرار جدول أعماله بالصيغة الواردة في هذه الوثيقة المعروضة عليه.', 'قد يود المجلس أن ينظر في أي مسائل أخرى يثيرها أعضاؤه في أثناء الاجتماع.'],
  }],
  ['zh', {
    title: '临时议程说明', contents: '目录', listHeading: '一、临时议程', annotationsHeading: '二、说明', annex: '附件',
    items: ['通过议程', '其他事项'], label: dot,
    paragraphs: ['请理事会通过本文件所载的议程。', '理事会不妨审议其成员提出的任何其他事项。'],
  }],
];

/** The contents' three entries, their leaders followed by the page number as `page` prints it. */
const contents = (form: Annotated, page: (n: number) => string[]) => [
  form.contents, '',
  ...[form.listHeading, form.annotationsHeading, form.annex].flatMap((entry, k) => {
    const [end, ...below] = page(k + 2);
    return [`${entry} ${'.'.repeat(20)}${end}`, ...below];
  }),
  '',
];

const document = (form: Annotated, page: (n: number) => string[]) => [
  form.title, '',
  ...contents(form, page),
  form.listHeading, '',
  ...form.items.map((title, k) => `${form.label(k + 1)} ${title}`), '',
  form.annotationsHeading, '',
  ...form.items.flatMap((title, k) => [`${form.label(k + 1)} ${title}`, '', form.paragraphs[k]!, '']),
];

const PAGES: [string, (n: number) => string[]][] = [
  ['the page number after the leader', (n) => [` ${n}`]],
  ['the page number lost', () => ['']],
  ['the page number on a line of its own', (n) => ['', String(n)]],
];

describe('a table of contents is no section start', () => {
  for (const [lang, form] of FORMS) {
    for (const [name, page] of PAGES) {
      it(`${lang}, ${name}: the list's items, annotated`, () => {
        const doc = parse(document(form, page), lang);
        expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(
          form.items.map((title, k) => [String(k + 1), title, form.paragraphs[k]]),
        );
      });
    }
  }
});
