// Sub-items lettered "a.", "b." (a letter and a full stop, not "(a)" nor "a)"), as some lists print
// them under an item that ends with a colon; our own sentences in that form, per language.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'CRXD/C/2031/1\n\nDistr.: General\n12 March 2031\n\n';

/** [language, title, item 3 (ends with a colon), its sub-items' letters, their titles, the wrapped second sub-item's second line]. */
const TABLE: [Language, string, string, [string, string], [string, string], string][] = [
  ['en', 'Provisional agenda', 'Matters arising:', ['a', 'b'], ['Decisions of the Council;', 'Cooperation with the'], 'Economic Commission for Africa.'],
  ['fr', 'Ordre du jour provisoire', 'Questions découlant des travaux :', ['a', 'b'], ['Décisions du Conseil ;', 'Coopération avec la'], 'Commission économique pour l’Afrique.'],
  ['es', 'Programa provisional', 'Cuestiones derivadas de la labor:', ['a', 'b'], ['Decisiones del Consejo;', 'Cooperación con la'], 'Comisión Económica para África.'],
  ['ru', 'Предварительная повестка дня', 'Вопросы, вытекающие из работы:', ['а', 'б'], ['решения Совета;', 'сотрудничество с'], 'Экономической комиссией для Африки.'],
];

describe('sub-items lettered "a.", "b."', () => {
  for (const [lang, title, item, letters, subs, wrapped] of TABLE) {
    it(`${lang}: read under the item that introduces them, a wrapped one whole`, () => {
      const text = `${MASTHEAD}${title}\n\n1. First item.\n2. Second item.\n3. ${item}\n    ${letters[0]}. ${subs[0]}\n    ${letters[1]}. ${subs[1]}\n       ${wrapped}\n4. Fourth item.\n`;
      const doc = parseAgenda(text, { lang });
      expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
      expect(doc.items[2]!.title).toBe(item.replace(/\s*:$/u, ''));
      expect(doc.items[2]!.subItems.map((s) => [s.number, s.label, s.title])).toEqual([
        ['3(a)', letters[0], subs[0].replace(/\s*;$/u, '')],
        ['3(b)', letters[1], `${subs[1]} ${wrapped.replace(/\.$/u, '')}`],
      ]);
    });
  }
  it('en: a line opening "a. m." in a title that wraps, after no colon, goes on with the title', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. First item.\n2. The Committee will meet at 10\n   a. m. on Monday.\n3. Other matters.\n`, { lang: 'en' });
    expect(doc.items[1]!.title).toBe('The Committee will meet at 10 a. m. on Monday');
    expect(doc.items[1]!.subItems).toEqual([]);
  });
  it('en: a letter out of turn is no sub-item', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. First item.\n2. Matters arising:\n   c. Decisions of the Council.\n3. Other matters.\n`, { lang: 'en' });
    expect(doc.items[1]!.subItems).toEqual([]);
  });
});
