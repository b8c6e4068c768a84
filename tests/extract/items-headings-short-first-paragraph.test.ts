// An annotated agenda printed with no item list and no "Annotations" heading, each item a
// plain-numbered heading among its annotation's numbered paragraphs ("1. Opening of the session" /
// "1. The session will be opened on 15 March 2027." / "2. Election of officers" / "2. …"): its
// items were lost when the first paragraph ran under 80 characters (30 in Chinese).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

/** [language, the title, three headings, three paragraphs (the first a short one)]. */
const ROWS: [Language, string, [string, string, string], [string, string, string]][] = [
  ['en', 'Provisional agenda and annotations', ['Opening of the session', 'Election of officers', 'Other matters'], ['The session will be opened on 15 March 2027.', 'The Commission will elect a Chair, three Vice-Chairs and a Rapporteur for the session.', 'The Commission may wish to consider any other matters brought before it.']],
  ['fr', 'Ordre du jour provisoire annoté', ['Ouverture de la session', 'Élection du Bureau', 'Questions diverses'], ["La session s'ouvrira le lundi 15 mars 2027.", 'La Commission élira un président, trois vice-présidents et un rapporteur pour la session.', 'La Commission souhaitera peut-être examiner toute autre question dont elle serait saisie.']],
  ['es', 'Programa provisional anotado', ['Apertura del período de sesiones', 'Elección de la Mesa', 'Otros asuntos'], ['El período de sesiones se abrirá el 15 de marzo de 2027.', 'La Comisión elegirá un Presidente, tres Vicepresidentes y un Relator para el período de sesiones.', 'La Comisión tal vez desee examinar cualquier otro asunto que se le presente.']],
  ['ru', 'Предварительная повестка дня и аннотации', ['Открытие сессии', 'Выборы должностных лиц', 'Прочие вопросы'], ['Сессия откроется в понедельник, 15 марта 2027 года.', 'Комиссия изберет Председателя, трех заместителей Председателя и Докладчика сессии.', 'Комиссия, возможно, пожелает рассмотреть любые другие вопросы, представленные ей.']],
  ['ar', 'جدول الأعمال المؤقت وشروحه', ['افتتاح الدورة', 'انتخاب أعضاء المكتب', 'مسائل أخرى'], ['ستفتتح الدورة يوم الاثنين 15 آذار/مارس 2027.', 'ستنتخب اللجنة رئيسا وثلاثة نواب للرئيس ومقررا للدورة وفقا لنظامها الداخلي المعمول به.', 'قد تود اللجنة أن تنظر في أي مسائل أخرى تعرض عليها أثناء الدورة الحالية.']],
  ['zh', '临时议程和说明', ['会议开幕', '选举主席团成员', '其他事项'], ['会议将于2027年3月15日开幕。', '委员会将根据其议事规则为本届会议选举一名主席、三名副主席和一名报告员。', '委员会不妨审议在会议期间提交给它的任何其他事项，包括各成员国提出的问题。']],
];

function agenda(title: string, headings: readonly string[], paragraphs: readonly string[]): string {
  const body = headings.map((heading, i) => `${i + 1}. ${heading}\n\n${i + 1}. ${paragraphs[i]}\n`).join('\n');
  return `Commission on Rivers\nSeventieth session\n\n${title}\n\n${body}`;
}

describe('items from headings among numbered paragraphs, the first paragraph short', () => {
  for (const [lang, title, headings, paragraphs] of ROWS) {
    it(`${lang}: "1. ${paragraphs[0]}" under "1. ${headings[0]}"`, () => {
      const doc = parseAgenda(agenda(title, headings, paragraphs), { lang, spans: false });
      expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(headings.map((heading, i) => [String(i + 1), heading, `${i + 1}. ${paragraphs[i]}`]));
    });
  }

  it('en: an item title repeated with its stop under the heading is no paragraph (the list and its annotations)', () => {
    const doc = parseAgenda(agenda('Provisional agenda and annotations', ['Opening of the session', 'Election of officers', 'Other matters'], ['Opening of the session.', 'Election of officers.', 'Other matters.']), { lang: 'en', spans: false });
    expect(doc.items.every((item) => item.annotation === null || !item.annotation.startsWith(`${item.number}. ${item.title}`))).toBe(true);
  });
});
