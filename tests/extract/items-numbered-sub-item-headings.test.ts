// Annotations whose sub-item headings print the item's number before the sub-item's letter
// (our own sentences in the form real ones print: "2 (a). Adoption of the agenda", "2(a) …",
// "Item 2 (a) …"): each heads its sub-item's annotation, not the item's.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const parse = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang });

interface Form {
  title: string;
  annotations: string;
  item: string;
  subs: [string, string];
  letters: [string, string];
  paragraphs: [string, string];
  /** The heading forms: the item's number and the sub-item's letter as printed. */
  headings: ((letter: string) => string)[];
}

const FORMS: [Language, Form][] = [
  ['en', {
    title: 'Provisional agenda', annotations: 'Annotations', item: 'Organizational matters', subs: ['Adoption of the agenda', 'Election of officers'], letters: ['(a)', '(b)'],
    paragraphs: ['The Board is invited to adopt the agenda set out above.', 'The Board will elect a Chair for its next session.'],
    headings: [(l) => `2 ${l}. `, (l) => `2${l} `, (l) => `Item 2 ${l} `],
  }],
  ['fr', {
    title: 'Ordre du jour provisoire', annotations: 'Annotations', item: 'Questions d’organisation', subs: ['Adoption de l’ordre du jour', 'Élection du Bureau'], letters: ['a)', 'b)'],
    paragraphs: ['Le Conseil est invité à adopter l’ordre du jour ci-dessus.', 'Le Conseil élira un président pour sa prochaine session.'],
    headings: [(l) => `2 (${l.slice(0, 1)}). `, (l) => `Point 2 (${l.slice(0, 1)}) `],
  }],
  ['es', {
    title: 'Programa provisional', annotations: 'Anotaciones', item: 'Cuestiones de organización', subs: ['Aprobación del programa', 'Elección de la Mesa'], letters: ['a)', 'b)'],
    paragraphs: ['Se invita a la Junta a aprobar el programa que figura más arriba.', 'La Junta elegirá a un Presidente para su próximo período de sesiones.'],
    headings: [(l) => `2 ${l} `, (l) => `Tema 2 ${l} `],
  }],
  ['ru', {
    title: 'Предварительная повестка дня', annotations: 'Аннотации', item: 'Организационные вопросы', subs: ['Утверждение повестки дня', 'Выборы должностных лиц'], letters: ['a)', 'b)'],
    paragraphs: ['Совету предлагается утвердить повестку дня, приведенную выше.', 'Совет изберет Председателя на следующую сессию.'],
    headings: [(l) => `2 ${l} `, (l) => `Пункт 2 ${l} `],
  }],
  ['ar', {
    title: 'جدول الأعمال المؤقت', annotations: 'الشروح', item: 'المسائل التنظيمية', subs: ['إقرار جدول الأعمال', 'انتخاب أعضاء المكتب'], letters: ['(أ)', '(ب)'],
    paragraphs: ['المجلس مدعو إلى إقرار جدول الأعمال الوارد أعلاه.', 'سينتخب المجلس رئيساً لدورته المقبلة.'],
    headings: [(l) => `2 ${l} `, (l) => `البند 2 ${l} `],
  }],
  ['zh', {
    title: '临时议程', annotations: '说明', item: '组织事项', subs: ['通过议程', '选举主席团成员'], letters: ['(a)', '(b)'],
    paragraphs: ['请理事会通过上文所列议程。', '理事会将选举下届会议主席。'],
    headings: [(l) => `2${l} `, (l) => `项目2${l} `],
  }],
];

describe('a sub-item heading printed with its item number', () => {
  for (const [lang, form] of FORMS) {
    const sep = lang === 'ar' ? '-' : '.';
    for (const heading of form.headings) {
      it(`${lang} "${heading(form.letters[0])}…": heads its sub-item's annotation`, () => {
        const doc = parse([
          form.title, '',
          `1${sep} ${lang === 'zh' ? '会议开幕' : 'Opening'}`, `2${sep} ${form.item}`, ...form.subs.map((sub, k) => `${form.letters[k]} ${sub}`), '',
          form.annotations, '',
          `2${sep} ${form.item}`, '',
          ...form.subs.flatMap((sub, k) => [`${heading(form.letters[k]!)}${sub}`, '', form.paragraphs[k]!, '']),
        ], lang);
        const item = doc.items[1]!;
        expect(item.annotation).toBeNull();
        expect(item.subItems.map((sub) => [sub.title, sub.annotation])).toEqual(form.subs.map((sub, k) => [sub, form.paragraphs[k]]));
      });
    }
  }
});
