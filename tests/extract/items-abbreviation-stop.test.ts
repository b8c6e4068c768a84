// A list line's final stop is dropped from its title, but not the stop of an abbreviation that
// ends it ("… etc.", "… и т. д."): the locale's `abbreviations`, in each language that prints them.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'CRXD/C/2032/1\n\nDistr.: General\n2 January 2032\n\n';

/** [language, title form, an item marker's form, titles as printed (with their final stop or semicolon), titles read]. */
const TABLE: [Language, string, (n: number) => string, string[], string[]][] = [
  ['en', 'Provisional agenda', (n) => `${n}. `, ['Adoption of the agenda.', 'Reports, statements, etc.', 'Studies by Smith et al.', 'Other business.'], ['Adoption of the agenda', 'Reports, statements, etc.', 'Studies by Smith et al.', 'Other business']],
  ['fr', 'Ordre du jour provisoire', (n) => `${n}. `, ['Adoption de l’ordre du jour.', 'Rapports, déclarations, etc.', 'Questions diverses.'], ['Adoption de l’ordre du jour', 'Rapports, déclarations, etc.', 'Questions diverses']],
  ['es', 'Programa provisional', (n) => `${n}. `, ['Aprobación del programa.', 'Otros asuntos, informes, etc.', 'Clausura.'], ['Aprobación del programa', 'Otros asuntos, informes, etc.', 'Clausura']],
  ['ru', 'Предварительная повестка дня', (n) => `${n}. `, ['Утверждение повестки дня.', 'Доклады, заявления и т. д.', 'Сообщения, письма и т.п.', 'Программа работы на 2033–2034 гг.', 'Прочие вопросы.'], ['Утверждение повестки дня', 'Доклады, заявления и т. д.', 'Сообщения, письма и т.п.', 'Программа работы на 2033–2034 гг.', 'Прочие вопросы']],
  ['ar', 'جدول الأعمال المؤقت', (n) => `${n}- `, ['إقرار جدول الأعمال.', 'التقارير والبيانات، إلخ.', 'ما يستجد من أعمال.'], ['إقرار جدول الأعمال', 'التقارير والبيانات، إلخ.', 'ما يستجد من أعمال']],
];

describe('a title ending with an abbreviation keeps its stop', () => {
  for (const [lang, title, marker, printed, read] of TABLE) {
    it(`${lang}: ${read.filter((t) => t.endsWith('.')).join(' | ')}`, () => {
      const doc = parseAgenda(`${MASTHEAD}${title}\n\n${printed.map((t, k) => marker(k + 1) + t).join('\n')}\n`, { lang });
      expect(doc.items.map((item) => item.title)).toEqual(read);
    });
  }
  it('en: a sub-item ending with "etc." and a semicolon keeps the abbreviation\'s stop only', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. Adoption of the agenda.\n2. Reports:\n(a) Statements, letters, etc.;\n(b) Other reports.\n3. Other business.\n`, { lang: 'en' });
    expect(doc.items[1]!.subItems.map((item) => item.title)).toEqual(['Statements, letters, etc.', 'Other reports']);
  });
  it('en: a word ending in the letters of an abbreviation ("fetc") is no abbreviation', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. Adoption of the agenda.\n2. Review of the Tetc.\n3. Other business.\n`, { lang: 'en' });
    expect(doc.items[1]!.title).toBe('Review of the Tetc');
  });
});
