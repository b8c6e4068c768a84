// A date's day wrapped to the start of a line under an unfinished entry ("… held on" / "4 March
// 2031.") goes on with that entry: it is no item numbered 4, and the real item 4 stays.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'CRXD/C/2031/1\n\nDistr.: General\n12 March 2031\n\n';

/** [language, title, item marker, entries 1-2, entry 3's two lines, entry 4]. */
const TABLE: [Language, string, (n: number) => string, [string, string], [string, string], string][] = [
  ['en', 'Provisional agenda', (n) => `${n}. `, ['Opening.', 'Adoption of the agenda.'], ['Report of the meeting held on', '4 March 2031.'], 'Other matters.'],
  ['fr', 'Ordre du jour provisoire', (n) => `${n}. `, ['Ouverture.', 'Adoption de l’ordre du jour.'], ['Rapport de la réunion tenue le', '4 mars 2031.'], 'Questions diverses.'],
  ['es', 'Programa provisional', (n) => `${n}. `, ['Apertura.', 'Aprobación del programa.'], ['Informe de la reunión celebrada el', '4 de marzo de 2031.'], 'Otros asuntos.'],
  ['ru', 'Предварительная повестка дня', (n) => `${n}. `, ['Открытие.', 'Утверждение повестки дня.'], ['Доклад о совещании, состоявшемся', '4 марта 2031 года.'], 'Прочие вопросы.'],
  ['ar', 'جدول الأعمال المؤقت', (n) => `${n}- `, ['الافتتاح.', 'إقرار جدول الأعمال.'], ['تقرير الاجتماع المعقود في', '4 آذار/مارس 2031.'], 'ما يستجد من أعمال.'],
];

describe('a date wrapped under an unfinished entry', () => {
  for (const [lang, title, marker, first, wrapped, last] of TABLE) {
    it(`${lang}: "${wrapped[1]}" goes on with entry 3`, () => {
      const list = [marker(1) + first[0], marker(2) + first[1], marker(3) + wrapped[0], `   ${wrapped[1]}`, marker(4) + last];
      const doc = parseAgenda(`${MASTHEAD}${title}\n\n${list.join('\n')}\n`, { lang });
      expect(doc.items.map((item) => [item.number, item.title])).toEqual([
        ['1', first[0].slice(0, -1)],
        ['2', first[1].slice(0, -1)],
        ['3', `${wrapped[0]} ${wrapped[1].slice(0, -1)}`],
        ['4', last.slice(0, -1)],
      ]);
    });
  }
});

describe('a number wrapped under an unfinished entry, with no stop after it', () => {
  const ROWS: [Language, string, string, string][] = [
    ['en', 'Provisional agenda', 'Reports submitted under article', '4 of the Protocol.'],
    ['fr', 'Ordre du jour provisoire', 'Rapports présentés en application de l’article', '4 du Protocole.'],
    ['es', 'Programa provisional', 'Informes presentados con arreglo al artículo', '4 del Protocolo.'],
    ['ru', 'Предварительная повестка дня', 'Доклады, представленные в соответствии со статьей', '4 настоящего Протокола.'],
  ];
  for (const [lang, title, first, second] of ROWS) {
    it(`${lang}: "${second}" goes on with entry 3 (the number in turn, small letters or none after it)`, () => {
      const doc = parseAgenda(`${MASTHEAD}${title}\n\n1. One.\n2. Two.\n3. ${first}\n   ${second}\n4. Four.\n`, { lang });
      expect(doc.items.map((item) => item.title)).toEqual(['One', 'Two', `${first} ${second.slice(0, -1)}`, 'Four']);
    });
  }
  it('en: a number out of turn ("15 of the Convention" after item 2)', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. One.\n2. Measures under article\n   15 of the Convention.\n3. Three.\n`, { lang: 'en' });
    expect(doc.items.map((item) => item.title)).toEqual(['One', 'Measures under article 15 of the Convention', 'Three']);
  });
  it('en: items numbered with no stop ("3 Other matters") after an unfinished entry are items', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1 Opening of the session\n2 Adoption of the agenda\n3 Other matters\n`, { lang: 'en' });
    expect(doc.items.map((item) => item.title)).toEqual(['Opening of the session', 'Adoption of the agenda', 'Other matters']);
  });
});
