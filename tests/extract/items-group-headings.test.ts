// A heading over a group of items printed with no blank line around it ("Standing items" /
// "Items placed on the agenda by the Governing Body", as ILO's lists print them; a cluster's
// heading): after an entry finished by its stop, it is no part of that entry's title.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'CRXD/C/2031/1\n\nDistr.: General\n12 March 2031\n\n';

/** [language, title, the group heading, three entries (finished by their stop), the marker of entry n]. */
const TABLE: [Language, string, string, [string, string, string], (n: number) => string][] = [
  ['en', 'Provisional agenda', 'Items placed on the agenda by the Governing Body', ['Reports of the Chair of the Board.', 'Programme and budget proposals.', 'Safety and health in agriculture.'], (n) => `${n}. `],
  ['en', 'Provisional agenda', 'Items placed on the agenda by the Governing Body', ['Reports of the Chair of the Board.', 'Programme and budget proposals.', 'Safety and health in agriculture.'], (n) => `${['I', 'II', 'III'][n - 1]}. `],
  ['fr', 'Ordre du jour provisoire', 'Questions inscrites par le Conseil d’administration', ['Rapports du Président du Conseil.', 'Propositions de budget.', 'Sécurité et santé dans l’agriculture.'], (n) => `${n}. `],
  ['es', 'Programa provisional', 'Puntos inscritos por el Consejo de Administración', ['Informes de la Presidencia del Consejo.', 'Propuestas de presupuesto.', 'Seguridad y salud en la agricultura.'], (n) => `${n}. `],
  ['ru', 'Предварительная повестка дня', 'Пункты, включенные Административным советом', ['Доклады Председателя Совета.', 'Предложения по бюджету.', 'Безопасность и гигиена труда в сельском хозяйстве.'], (n) => `${n}. `],
  ['ar', 'جدول الأعمال المؤقت', 'البنود التي أدرجها مجلس الإدارة', ['تقارير رئيس المجلس.', 'مقترحات الميزانية.', 'السلامة والصحة في الزراعة.'], (n) => `${n}- `],
  ['zh', '临时议程', '理事机构列入议程的项目', ['理事会主席的报告。', '预算提案。', '农业中的安全与卫生。'], (n) => `${n}. `],
];

describe('a group heading between a finished entry and the next item', () => {
  for (const [lang, title, heading, entries, marker] of TABLE) {
    it(`${lang} ${marker(1).trim()}: "${heading}" is no part of entry 2`, () => {
      const list = [marker(1) + entries[0], marker(2) + entries[1], heading, marker(3) + entries[2]];
      const doc = parseAgenda(`${MASTHEAD}${title}\n\n${list.join('\n')}\n`, { lang });
      expect(doc.items.map((item) => item.title)).toEqual(entries.map((e) => e.replace(/[.。]$/u, '')));
    });
  }
});

describe('lines that go on with the entry stay in its title', () => {
  it('en: a title wrapped after an abbreviation\'s stop ("Mr.")', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. Opening.\n2. Statement by Mr.\nSmith of the secretariat\n3. Other matters.\n`, { lang: 'en' });
    expect(doc.items[1]!.title).toBe('Statement by Mr. Smith of the secretariat');
  });
  it('en: a wrapped title going on in small letters', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. Opening.\n2. Review of the reports of the Committee\non its tenth session.\n3. Other matters.\n`, { lang: 'en' });
    expect(doc.items[1]!.title).toBe('Review of the reports of the Committee on its tenth session');
  });
  it('en: a line after an entry that ends without a stop is its title wrapped', () => {
    const doc = parseAgenda(`${MASTHEAD}Provisional agenda\n\n1. Opening.\n2. Report of the Working Group on\nStatistics\n3. Other matters.\n`, { lang: 'en' });
    expect(doc.items[1]!.title).toBe('Report of the Working Group on Statistics');
  });
});
