// Audit: an item's first sub-item run onto the item's line after its colon, as PDF text run
// together prints it ("2. Implementation of the Protocol: (a) Legislative measures;"), is the
// item's sub-item (a), not part of its title; the next line's (b) follows it.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface GluedForm {
  title: string;
  item1: string;
  item2: string;
  first: string;
  second: string;
  item3: string;
  /** The title of item 2 and its sub-items as they should be read. */
  expected: [string, string, string];
}

/** Our own sentences, per language, with the language's title and sub-item marker. */
const GLUED: Record<Language, GluedForm> = {
  en: { title: 'Provisional agenda', item1: '1. Opening of the meeting.', item2: '2. Review of the pilot programme:', first: '(a) Measures taken by States;', second: '(b) Exchange of experience.', item3: '3. Other matters.', expected: ['Review of the pilot programme', 'Measures taken by States', 'Exchange of experience'] },
  fr: { title: 'Ordre du jour provisoire', item1: '1. Ouverture de la réunion.', item2: '2. Examen du programme pilote :', first: 'a) Mesures prises par les États ;', second: 'b) Échange de données d’expérience.', item3: '3. Questions diverses.', expected: ['Examen du programme pilote', 'Mesures prises par les États', 'Échange de données d’expérience'] },
  es: { title: 'Programa provisional', item1: '1. Apertura de la reunión.', item2: '2. Examen del programa piloto:', first: 'a) Medidas adoptadas por los Estados;', second: 'b) Intercambio de experiencias.', item3: '3. Otros asuntos.', expected: ['Examen del programa piloto', 'Medidas adoptadas por los Estados', 'Intercambio de experiencias'] },
  ru: { title: 'Предварительная повестка дня', item1: '1. Открытие совещания.', item2: '2. Обзор экспериментальной программы:', first: 'а) меры, принятые государствами;', second: 'б) обмен опытом.', item3: '3. Прочие вопросы.', expected: ['Обзор экспериментальной программы', 'меры, принятые государствами', 'обмен опытом'] },
  ar: { title: 'جدول الأعمال المؤقت', item1: '1 - افتتاح الاجتماع.', item2: '2 - استعراض البرنامج التجريبي:', first: '(أ) التدابير التي اتخذتها الدول؛', second: '(ب) تبادل الخبرات.', item3: '3 - مسائل أخرى.', expected: ['استعراض البرنامج التجريبي', 'التدابير التي اتخذتها الدول', 'تبادل الخبرات'] },
  zh: { title: '临时议程', item1: '1. 会议开幕。', item2: '2. 试点方案审查：', first: '（a） 各国采取的措施；', second: '（b） 经验交流。', item3: '3. 其他事项。', expected: ['试点方案审查', '各国采取的措施', '经验交流'] },
};

describe('first sub-item glued to its item after the colon', () => {
  for (const [lang, form] of Object.entries(GLUED) as [Language, GluedForm][]) {
    it(lang, () => {
      const separate = [form.title, '', form.item1, '', form.item2, form.first, form.second, '', form.item3].join('\n');
      const glued = [form.title, '', form.item1, '', `${form.item2} ${form.first}`, form.second, '', form.item3].join('\n');
      const read = (text: string) => parseAgenda(text, { lang, spans: false });
      const doc = read(glued);
      const item2 = doc.items[1]!;
      expect([item2.title, ...item2.subItems.map((s) => s.title)]).toEqual(form.expected);
      expect(item2.subItems.map((s) => s.number)).toEqual(['2(a)', '2(b)']);
      expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3']);
      expect(doc.diagnostics.filter((d) => d.code === 'SUB_ITEM_ORDER')).toEqual([]);
      // The same as printed on separate lines.
      expect(read(separate).items.map((i) => [i.title, i.subItems.map((s) => s.title)])).toEqual(doc.items.map((i) => [i.title, i.subItems.map((s) => s.title)]));
    });
  }
  it('en: a later letter after a colon is no sub-item', () => {
    const doc = parseAgenda(['Provisional agenda', '', '1. Opening of the meeting.', '', '2. Follow-up to resolution 5/1: (b) and (c) of its annex.', '', '3. Other matters.'].join('\n'), { lang: 'en', spans: false });
    expect(doc.items[1]!.subItems).toEqual([]);
  });
});
