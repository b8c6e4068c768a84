// Under its meeting line ESCAP prints the session's segments, each with its dates ("Senior
// officials segment" / "22–24 April 2031" / "Ministerial segment" / "25 and 26 April 2031"): they
// were read as the organ's name ("Senior officials segment 22–24 April 2031 Ministerial segment …").
// A segment heading (locale headings.segment) or a line that is a date alone, below the meeting's
// date, names no body. Our own mastheads in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const CASES: [Language, string[], string][] = [
  [
    'en',
    ['United Nations\tXX/80/L.1', 'Economic and Social Council\tDistr.: Limited', '\t1 February 2031', '', 'Commission for the Inland Seas', 'Eightieth session', 'Bangkok, 22–26 April 2031', 'Senior officials segment', '22–24 April 2031', 'Ministerial segment', '25 and 26 April 2031', '', 'Annotated provisional agenda', '', '1.\tOpening of the session.', '2.\tOther matters.'],
    'Commission for the Inland Seas',
  ],
  [
    'fr',
    ['Nations Unies\tXX/80/L.1', 'Conseil économique et social\tDistr. limitée', '\t1er février 2031', '', 'Commission des mers intérieures', 'Quatre-vingtième session', 'Bangkok, 22-26 avril 2031', 'Débat des hauts fonctionnaires', '22-24 avril 2031', 'Débat ministériel', '25 et 26 avril 2031', '', 'Ordre du jour provisoire annoté', '', '1.\tOuverture de la session.', '2.\tQuestions diverses.'],
    'Commission des mers intérieures',
  ],
  [
    'es',
    ['Naciones Unidas\tXX/80/L.1', 'Consejo Económico y Social\tDistr. limitada', '\t1 de febrero de 2031', '', 'Comisión de los Mares Interiores', 'Octogésimo período de sesiones', 'Bangkok, 22 a 26 de abril de 2031', 'Serie de sesiones de altos funcionarios', '22 a 24 de abril de 2031', 'Serie de sesiones ministerial', '25 y 26 de abril de 2031', '', 'Programa provisional anotado', '', '1.\tApertura del período de sesiones.', '2.\tOtros asuntos.'],
    'Comisión de los Mares Interiores',
  ],
  [
    'ru',
    ['Организация Объединенных Наций\tXX/80/L.1', 'Экономический и Социальный Совет\tDistr.: Limited', '\t1 February 2031', '', 'Комиссия по внутренним морям', 'Восьмидесятая сессия', 'Бангкок, 22–26 апреля 2031 года', 'Этап заседаний старших должностных лиц', '22–24 апреля 2031 года', 'Этап заседаний на уровне министров', '25 и 26 апреля 2031 года', '', 'Аннотированная предварительная повестка дня', '', '1.\tОткрытие сессии.', '2.\tПрочие вопросы.'],
    'Комиссия по внутренним морям',
  ],
  [
    'zh',
    ['联合国\tXX/80/L.1', '经济及社会理事会\tDistr.: Limited', '\t1 February 2031', '', '内海委员会', '第八十届会议', '2031年4月22日至26日，曼谷', '高级官员部分', '2031年4月22日至24日', '部长级部分', '2031年4月25日和26日', '', '附加说明的临时议程', '', '1.\t会议开幕。', '2.\t其他事项。'],
    '内海委员会',
  ],
  [
    'ar',
    ['الأمم المتحدة\tXX/80/L.1', 'المجلس الاقتصادي والاجتماعي\tDistr.: Limited', '\t1 February 2031', '', 'لجنة البحار الداخلية', 'الدورة الثمانون', 'بانكوك، 22-26 نيسان/أبريل 2031', 'الجزء الخاص بكبار المسؤولين', '22-24 نيسان/أبريل 2031', 'الجزء الوزاري', '25 و26 نيسان/أبريل 2031', '', 'جدول الأعمال المؤقت المشروح', '', '1- افتتاح الدورة.', '2- مسائل أخرى.'],
    'لجنة البحار الداخلية',
  ],
];

describe('session segments and their dates under the meeting line name no body', () => {
  it.each(CASES)('%s', (lang, lines, organ) => {
    const { meeting } = parseAgenda(lines.join('\n'), { lang });
    expect(meeting.organ).toBe(organ);
    expect([meeting.sessionNumber, meeting.startDate, meeting.endDate]).toEqual([80, '2031-04-22', '2031-04-26']);
  });

  it('en: a body named under the meeting line is still a name', () => {
    const lines = ['United Nations\tXX/80/L.1', 'Economic and Social Council\tDistr.: Limited', '\t1 February 2031', '', 'Commission for the Inland Seas', 'Eightieth session', 'Bangkok, 22–26 April 2031', 'Committee on Statistics', '', 'Provisional agenda', '', '1.\tOpening of the session.', '2.\tOther matters.'];
    expect(parseAgenda(lines.join('\n'), { lang: 'en' }).meeting.organ).toBe('Committee on Statistics');
  });
});
