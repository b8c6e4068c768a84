// A footnote's call set after the title with a space ("Provisional agenda 1"), as extractions
// print a superscript, and the footnote itself printed at the foot ("1 The annotations …"): the
// call is no part of the title and the footnote starts no annotations, in each language.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'CRXD/C/2032/1\n\nDistr.: General\n2 January 2032\n\n';

/** [language, title form, the list, a footnote's sentence]. */
const FORMS: [Language, string, string, string][] = [
  ['en', 'Provisional agenda', '1. Adoption of the agenda.\n2. Election of officers.\n3. Other business.', 'The annotations to the provisional agenda will be issued as an addendum to this document.'],
  ['fr', 'Ordre du jour provisoire', '1. Adoption de l’ordre du jour.\n2. Élection du Bureau.\n3. Questions diverses.', 'Les annotations à l’ordre du jour provisoire paraîtront dans un additif au présent document.'],
  ['es', 'Programa provisional', '1. Aprobación del programa.\n2. Elección de la Mesa.\n3. Otros asuntos.', 'Las anotaciones al programa provisional se publicarán como adición al presente documento.'],
  ['ru', 'Предварительная повестка дня', '1. Утверждение повестки дня.\n2. Выборы должностных лиц.\n3. Прочие вопросы.', 'Аннотации к предварительной повестке дня будут изданы в качестве добавления к настоящему документу.'],
  ['ar', 'جدول الأعمال المؤقت', '1- إقرار جدول الأعمال.\n2- انتخاب أعضاء المكتب.\n3- ما يستجد من أعمال.', 'ستصدر شروح جدول الأعمال المؤقت في إضافة لهذه الوثيقة.'],
  ['zh', '临时议程', '1. 通过议程。\n2. 选举主席团成员。\n3. 其他事项。', '临时议程说明将作为本文件的增编印发。'],
];

const parse = (lang: Language, title: string, list: string, foot = '') => parseAgenda(`${MASTHEAD}${title}\n\n${list}\n${foot ? `\n${foot}\n` : ''}`, { lang });

describe('a footnote call after the title, set apart by a space', () => {
  for (const [lang, title, list, sentence] of FORMS) {
    it(`${lang}: "${title} 1" is "${title}"; its footnote at the foot starts no annotations`, () => {
      const doc = parse(lang, `${title} 1`, list, `1 ${sentence}`);
      expect(doc.document.title).toBe(title);
      expect(doc.document.kind).toBe('provisional-agenda');
      expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    });
    it(`${lang}: "${title} 1" without its footnote printed: the call is 1, no title form takes a number`, () => {
      expect(parse(lang, `${title} 1`, list).document.title).toBe(title);
    });
    it(`${lang}: "${title} 2" with its footnote printed ("2 …")`, () => {
      expect(parse(lang, `${title} 2`, list, `2 ${sentence}`).document.title).toBe(title);
    });
    it(`${lang}: "${title} 2" with no footnote 2 printed keeps its number`, () => {
      expect(parse(lang, `${title} 2`, list).document.title).toBe(`${title} 2`);
    });
  }
  it('a "2" whose line is an entry after "1 …" (a list numbered with no stop) is no footnote', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda 2\n\n1 Adoption of the agenda\n2 Election of officers\n3 Other business\n`, { lang: 'en' });
    expect(doc.document.title).toBe('Provisional agenda 2');
  });
});
