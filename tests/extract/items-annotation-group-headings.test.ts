// Annotations grouped under lettered headings (our own sentences in the form real ones print:
// "A. Organizational matters" / "1. Adoption of the agenda" … "B. Other matters" / "3. Other
// business"): a group's heading, standing alone before the next item's heading, ends the item
// before it and is no part of its annotation.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const parse = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang });

const FORMS: [Language, string, string, [string, string], [string, string, string], [string, string, string]][] = [
  ['en', 'Provisional agenda', 'Annotations', ['A. Organizational matters', 'B. Other matters'], ['Adoption of the agenda', 'Election of officers', 'Other business'],
    ['The Committee is invited to adopt its agenda.', 'The Committee will elect a Chair.', 'No matter has been raised so far.']],
  ['fr', 'Ordre du jour provisoire', 'Annotations', ['A. Questions d’organisation', 'B. Autres questions'], ['Adoption de l’ordre du jour', 'Élection du Bureau', 'Questions diverses'],
    ['Le Comité est invité à adopter son ordre du jour.', 'Le Comité élira un président.', 'Aucune question n’a été soulevée à ce jour.']],
  ['es', 'Programa provisional', 'Anotaciones', ['A. Cuestiones de organización', 'B. Otras cuestiones'], ['Aprobación del programa', 'Elección de la Mesa', 'Otros asuntos'],
    ['Se invita al Comité a aprobar su programa.', 'El Comité elegirá a un Presidente.', 'No se ha planteado ninguna cuestión.']],
  ['ru', 'Предварительная повестка дня', 'Аннотации', ['А. Организационные вопросы', 'Б. Прочие вопросы'], ['Утверждение повестки дня', 'Выборы должностных лиц', 'Прочие вопросы'],
    ['Комитету предлагается утвердить свою повестку дня.', 'Комитет изберет Председателя.', 'Никаких вопросов поднято не было.']],
  ['ar', 'جدول الأعمال المؤقت', 'الشروح', ['ألف - المسائل التنظيمية', 'باء - مسائل أخرى'], ['إقرار جدول الأعمال', 'انتخاب أعضاء المكتب', 'ما يستجد من أعمال'],
    ['اللجنة مدعوة إلى إقرار جدول أعمالها.', 'ستنتخب اللجنة رئيساً.', 'لم تثر أي مسائل حتى الآن.']],
  ['zh', '临时议程', '说明', ['A. 组织事项', 'B. 其他事项'], ['通过议程', '选举主席团成员', '其他事项'], ['请委员会通过其议程。', '委员会将选举主席。', '迄今未提出任何事项。']],
];

describe('a lettered group heading in the annotations', () => {
  for (const [lang, title, annotations, [groupA, groupB], items, paragraphs] of FORMS) {
    it(`${lang}: "${groupB}" ends the item before it`, () => {
      const doc = parse([
        title, '',
        ...items.map((item, k) => `${k + 1}${lang === 'ar' ? '-' : '.'} ${item}`), '',
        annotations, '',
        groupA, '',
        ...items.flatMap((item, k) => [...(k === 2 ? [groupB, ''] : []), `${k + 1}${lang === 'ar' ? '-' : '.'} ${item}`, '', paragraphs[k]!, '']),
      ], lang);
      expect(doc.items.map((item) => [item.title, item.annotation])).toEqual(items.map((item, k) => [item, paragraphs[k]]));
    });
  }
  it('en: a lettered line that no item heading follows stays in the annotation', () => {
    const doc = parse(['Provisional agenda', '', '1. Adoption of the agenda', '2. Other business', '', 'Annotations', '', '1. Adoption of the agenda', '', 'The Committee is invited to adopt its agenda.', '', 'B. Timetable', '', 'The Committee will meet from 10 a.m. to 1 p.m.', '', '2. Other business', '', 'No matter has been raised.'], 'en');
    expect(doc.items[0]!.annotation).toBe('The Committee is invited to adopt its agenda.\nB. Timetable\nThe Committee will meet from 10 a.m. to 1 p.m.');
  });
});
