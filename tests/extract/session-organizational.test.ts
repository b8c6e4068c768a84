// "Organizational session", a preparatory committee's or the Economic and Social Council's session
// named by its kind alone, in five languages ("Session d’organisation", "Período de sesiones de
// organización", "Организационная сессия", "الدورة التنظيمية"): the session, unnumbered, where the
// line was read as the organ's name. (Chinese 组织会议 is left out: read anywhere in a line, it
// would be found inside names such as …组织会议.) Our own mastheads.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const CASES: [Language, string[], string, string][] = [
  ['en', ['United Nations\tA/CONF.999/PC/1', 'General Assembly\tDistr.: General', '\t1 March 2031', 'Preparatory Committee for the Conference on Rivers', 'Organizational session', 'New York, 4-6 June 2031', '', 'Provisional agenda', '', '1.\tOpening.', '2.\tOther matters.'], 'Preparatory Committee for the Conference on Rivers', 'Organizational session'],
  ['fr', ['Nations Unies\tA/CONF.999/PC/1', 'Assemblée générale\tDistr. générale', '\t1er mars 2031', 'Comité préparatoire de la Conférence sur les rivières', 'Session d’organisation', 'New York, 4-6 juin 2031', '', 'Ordre du jour provisoire', '', '1.\tOuverture.', '2.\tQuestions diverses.'], 'Comité préparatoire de la Conférence sur les rivières', 'Session d’organisation'],
  ['es', ['Naciones Unidas\tA/CONF.999/PC/1', 'Asamblea General\tDistr. general', '\t1 de marzo de 2031', 'Comité Preparatorio de la Conferencia sobre los Ríos', 'Período de sesiones de organización', 'Nueva York, 4 a 6 de junio de 2031', '', 'Programa provisional', '', '1.\tApertura.', '2.\tOtros asuntos.'], 'Comité Preparatorio de la Conferencia sobre los Ríos', 'Período de sesiones de organización'],
  ['ru', ['Организация Объединенных Наций\tA/CONF.999/PC/1', 'Генеральная Ассамблея\tDistr.: General', '\t1 March 2031', 'Подготовительный комитет Конференции по рекам', 'Организационная сессия', 'Нью-Йорк, 4–6 июня 2031 года', '', 'Предварительная повестка дня', '', '1.\tОткрытие сессии.', '2.\tПрочие вопросы.'], 'Подготовительный комитет Конференции по рекам', 'Организационная сессия'],
  ['ar', ['الأمم المتحدة\tA/CONF.999/PC/1', 'الجمعية العامة\tDistr.: General', '\t1 March 2031', 'اللجنة التحضيرية لمؤتمر الأنهار', 'الدورة التنظيمية', 'نيويورك، 4-6 حزيران/يونيه 2031', '', 'جدول الأعمال المؤقت', '', '1- الافتتاح.', '2- مسائل أخرى.'], 'اللجنة التحضيرية لمؤتمر الأنهار', 'الدورة التنظيمية'],
];

describe('an organizational session is the session, not a name', () => {
  it.each(CASES)('%s', (lang, lines, organ, session) => {
    const { meeting } = parseAgenda(lines.join('\n'), { lang });
    expect([meeting.organ, meeting.session, meeting.sessionNumber]).toEqual([organ, session, null]);
  });
});
