// A documentation list in a text run together on one line (an extraction that lost its line
// breaks): "… Documentation Report of the Commission … (E/2026/28) Note by the Secretariat …
// (E/CN.7/2026/3) 2. Other matters …". Each entry ends with its bracketed symbol, so the second
// entry is no part of the first one's description.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

/** [language, the page run together, the first entry's description, the second's]. */
const ROWS: [Language, string, string, string][] = [
  [
    'en',
    'Commission on Rivers Seventieth session Vienna, 15-19 March 2027 Provisional agenda and annotations Provisional agenda 1. Adoption of the agenda. 2. Other matters. Annotations 1. Adoption of the agenda The Commission will adopt its agenda for the session, as set out in the present document. Documentation Report of the Commission on its sixty-ninth session (E/2027/28) Note by the Secretariat on the organization of work (E/CN.99/2027/3) 2. Other matters The Commission may wish to consider other matters brought before it during the session.',
    'Report of the Commission on its sixty-ninth session',
    'Note by the Secretariat on the organization of work',
  ],
  [
    'fr',
    "Commission des fleuves Soixante-dixième session Vienne, 15-19 mars 2027 Ordre du jour provisoire annoté Ordre du jour provisoire 1. Adoption de l'ordre du jour. 2. Questions diverses. Annotations 1. Adoption de l'ordre du jour La Commission adoptera l'ordre du jour de sa session, tel qu'il figure dans le présent document. Documentation Rapport de la Commission sur les travaux de sa soixante-neuvième session (E/2027/28) Note du Secrétariat sur l'organisation des travaux (E/CN.99/2027/3) 2. Questions diverses La Commission souhaitera peut-être examiner d'autres questions dont elle serait saisie.",
    'Rapport de la Commission sur les travaux de sa soixante-neuvième session',
    "Note du Secrétariat sur l'organisation des travaux",
  ],
  [
    'es',
    'Comisión de Ríos 70º período de sesiones Viena, 15 a 19 de marzo de 2027 Programa provisional y anotaciones Programa provisional 1. Aprobación del programa. 2. Otros asuntos. Anotaciones 1. Aprobación del programa La Comisión aprobará el programa de su período de sesiones, que figura en el presente documento. Documentación Informe de la Comisión sobre su 69º período de sesiones (E/2027/28) Nota de la Secretaría sobre la organización de los trabajos (E/CN.99/2027/3) 2. Otros asuntos La Comisión tal vez desee examinar otros asuntos que se le presenten durante el período de sesiones.',
    'Informe de la Comisión sobre su 69º período de sesiones',
    'Nota de la Secretaría sobre la organización de los trabajos',
  ],
  [
    'ru',
    'Комиссия по рекам Семидесятая сессия Вена, 15-19 марта 2027 года Предварительная повестка дня и аннотации Предварительная повестка дня 1. Утверждение повестки дня. 2. Прочие вопросы. Аннотации 1. Утверждение повестки дня Комиссия утвердит повестку дня своей сессии, содержащуюся в настоящем документе. Документация Доклад Комиссии о работе ее шестьдесят девятой сессии (E/2027/28) Записка Секретариата об организации работы (E/CN.99/2027/3) 2. Прочие вопросы Комиссия, возможно, пожелает рассмотреть другие вопросы, представленные ей в ходе сессии.',
    'Доклад Комиссии о работе ее шестьдесят девятой сессии',
    'Записка Секретариата об организации работы',
  ],
  [
    'ar',
    'لجنة الأنهار الدورة السبعون فيينا، 15-19 آذار/مارس 2027 جدول الأعمال المؤقت وشروحه جدول الأعمال المؤقت 1- إقرار جدول الأعمال. 2- مسائل أخرى. الشروح 1- إقرار جدول الأعمال ستقر اللجنة جدول أعمال دورتها بصيغته الواردة في هذه الوثيقة. الوثائق تقرير اللجنة عن أعمال دورتها التاسعة والستين (E/2027/28) مذكرة من الأمانة عن سير أعمال الدورة (E/CN.99/2027/3) 2- مسائل أخرى قد تود اللجنة أن تنظر في أي مسائل أخرى تعرض عليها أثناء الدورة.',
    'تقرير اللجنة عن أعمال دورتها التاسعة والستين',
    'مذكرة من الأمانة عن سير أعمال الدورة',
  ],
  [
    'zh',
    '河流委员会 第七十届会议 2027年3月15日至19日，维也纳 临时议程和说明 临时议程 1. 通过议程。 2. 其他事项。 说明 1. 通过议程 委员会将在会议开幕时通过本文件所载的会议议程，并商定会议的工作方式和时间分配，以便按时完成各项议程项目的审议工作。 文件 委员会第六十九届会议工作报告(E/2027/28)秘书处关于工作安排的说明(E/CN.99/2027/3) 2. 其他事项 委员会不妨审议会议期间提交给它的其他事项，包括成员国提出的与委员会工作方案有关的任何问题。',
    '委员会第六十九届会议工作报告',
    '秘书处关于工作安排的说明',
  ],
];

describe('a documentation list run together on one line', () => {
  for (const [lang, text, first, second] of ROWS) {
    it(`${lang}: each entry keeps its own description`, () => {
      const doc = parseAgenda(text, { lang, spans: false });
      expect(doc.items.map((item) => item.number)).toEqual(['1', '2']);
      expect(doc.items[0]!.documents).toEqual([
        { symbol: 'E/2027/28', description: first },
        { symbol: 'E/CN.99/2027/3', description: second },
      ]);
    });
  }

  it('en: a remark in brackets after the symbol, or "and" before the next document, does not start an entry', () => {
    const text = ROWS[0]![1].replace('(E/CN.99/2027/3)', '(E/CN.99/2027/3) (English only)').replace('(E/2027/28) Note', '(E/2027/28) and Note');
    const doc = parseAgenda(text, { lang: 'en', spans: false });
    expect(doc.items[0]!.documents.map((d) => d.description)).toEqual([
      'Report of the Commission on its sixty-ninth session',
      'Note by the Secretariat on the organization of work (English only)',
    ]);
  });

  it('en: the same list with its line breaks is read alike', () => {
    const text = 'Commission on Rivers\nSeventieth session\n\nProvisional agenda and annotations\n\nProvisional agenda\n\n1. Adoption of the agenda.\n2. Other matters.\n\nAnnotations\n\n1. Adoption of the agenda\n\nThe Commission will adopt its agenda.\n\nDocumentation\n\nReport of the Commission on its sixty-ninth session (E/2027/28)\nNote by the Secretariat on the organization of work (E/CN.99/2027/3)\n\n2. Other matters\n';
    expect(parseAgenda(text, { lang: 'en', spans: false }).items[0]!.documents.map((d) => d.description)).toEqual([
      'Report of the Commission on its sixty-ninth session',
      'Note by the Secretariat on the organization of work',
    ]);
  });
});
