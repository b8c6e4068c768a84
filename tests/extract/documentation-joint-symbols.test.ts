// A joint symbol in a documentation list: one report issued under two symbols, printed joined by
// a dash ("(E/2026/28-E/CN.7/2026/15)", as ECOSOC's functional commissions print their reports; a
// table row "E/2026/28-E/CN.7/2026/15<TAB>Report…"): one document, its symbol the two parts joined
// by a hyphen as document.symbol gives a masthead's joint symbol. documentSymbols still lists each.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

/** [language, the annotations heading, the documentation heading, item 1's title, a report's description, a note's description]. */
const ROWS: [Language, string, string, string, string, string][] = [
  ['en', 'Annotations', 'Documentation', 'Adoption of the agenda', 'Report of the Commission on its sixty-ninth session', 'Note by the Secretariat on the work of the session'],
  ['fr', 'Annotations', 'Documentation', "Adoption de l'ordre du jour", 'Rapport de la Commission sur les travaux de sa soixante-neuvième session', 'Note du Secrétariat sur les travaux de la session'],
  ['es', 'Anotaciones', 'Documentación', 'Aprobación del programa', 'Informe de la Comisión sobre su 69º período de sesiones', 'Nota de la Secretaría sobre los trabajos del período de sesiones'],
  ['ru', 'Аннотации', 'Документация', 'Утверждение повестки дня', 'Доклад Комиссии о работе ее шестьдесят девятой сессии', 'Записка Секретариата о работе сессии'],
  ['ar', 'الشروح', 'الوثائق', 'إقرار جدول الأعمال', 'تقرير اللجنة عن أعمال دورتها التاسعة والستين', 'مذكرة من الأمانة عن أعمال الدورة'],
  ['zh', '说明', '文件', '通过议程', '委员会第六十九届会议工作报告', '秘书处关于会议工作的说明'],
];

function agenda(lang: Language, annotations: string, documentation: string, title: string, entries: string): string {
  return `${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. ${title}\n2. B\n\n${annotations}\n\n1. ${title}\n\n${documentation}\n\n${entries}\n\n2. B\n`;
}

describe('a joint symbol in a documentation list is one document', () => {
  for (const [lang, annotations, documentation, title, report, note] of ROWS) {
    it(`${lang}: "${report} (E/2026/28-E/CN.7/2026/15)"`, () => {
      const doc = parseAgenda(agenda(lang, annotations, documentation, title, `${report} (E/2026/28-E/CN.7/2026/15)\n${note} (E/CN.7/2026/3)`), { lang, spans: false });
      expect(doc.items[0]!.documents).toEqual([
        { symbol: 'E/2026/28-E/CN.7/2026/15', description: report },
        { symbol: 'E/CN.7/2026/3', description: note },
      ]);
      // Each symbol is cited, by the item.
      expect(doc.documentSymbols.map((s) => [s.symbol, s.items])).toEqual([
        ['E/2026/28', ['1']],
        ['E/CN.7/2026/15', ['1']],
        ['E/CN.7/2026/3', ['1']],
      ]);
    });
  }

  it.each([
    ['A/81/70 – E/2026/55', 'A/81/70-E/2026/55'],
    ['A/81/70 - E/2026/55', 'A/81/70-E/2026/55'],
    ['E/CN.7/2026/9-E/CN.15/2026/9', 'E/CN.7/2026/9-E/CN.15/2026/9'],
  ])('en: spaced or dashed, "(%s)" is one document', (printed, symbol) => {
    const doc = parseAgenda(agenda('en', 'Annotations', 'Documentation', 'Adoption of the agenda', `Report of the Secretary-General (${printed})`), { lang: 'en', spans: false });
    expect(doc.items[0]!.documents).toEqual([{ symbol, description: 'Report of the Secretary-General' }]);
  });

  it('en: a table row led by a joint symbol is one document', () => {
    const doc = parseAgenda(agenda('en', 'Annotations', 'Documentation', 'Adoption of the agenda', 'E/2026/28-E/CN.7/2026/15\tReport of the Commission on its sixty-ninth session'), { lang: 'en', spans: false });
    expect(doc.items[0]!.documents).toEqual([{ symbol: 'E/2026/28-E/CN.7/2026/15', description: 'Report of the Commission on its sixty-ninth session' }]);
  });

  it('en: symbols listed with "and" or a comma stay two documents; a WFP lettered part stays one symbol', () => {
    const listed = parseAgenda(agenda('en', 'Annotations', 'Documentation', 'Adoption of the agenda', 'Reports of the Secretary-General (A/81/70 and A/81/71)'), { lang: 'en', spans: false });
    expect(listed.items[0]!.documents.map((d) => d.symbol)).toEqual(['A/81/70', 'A/81/71']);
    const commas = parseAgenda(agenda('en', 'Annotations', 'Documentation', 'Adoption of the agenda', 'Reports of the Secretary-General (A/81/70, A/81/71)'), { lang: 'en', spans: false });
    expect(commas.items[0]!.documents.map((d) => d.symbol)).toEqual(['A/81/70', 'A/81/71']);
    const wfp = parseAgenda(agenda('en', 'Annotations', 'Documentation', 'Adoption of the agenda', 'Annual performance report (WFP/EB.A/2027/4-A/1/Rev.1)'), { lang: 'en', spans: false });
    expect(wfp.items[0]!.documents.map((d) => d.symbol)).toEqual(['WFP/EB.A/2027/4-A/1/Rev.1']);
  });
});
