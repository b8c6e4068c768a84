// A name headed by a treaty's parties, its instrument on the next line across a blank line an
// extraction put inside it: one name. Our own sentences in the forms real mastheads print
// (CAC/COSP/…, NPT/CONF/…, UNEP/OzL.Pro/…): "Конференция участников" / blank / "Конвенции …"
// (the instrument's genitive, no preposition), "مؤتمر الدول الأطراف" / blank / "في اتفاقية …",
// "Meeting of the High Contracting Parties" / blank / "to the Convention on …".
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Row {
  lang: Language;
  parties: string;
  instrument: string;
  session: string;
  venueAndDates: string;
  title: string;
  item: string;
}

const RU = { session: 'Одиннадцатая сессия', venueAndDates: 'Вена, 1-5 декабря 2031 года', title: 'Предварительная повестка дня', item: '1. Открытие сессии.' };
const AR = { session: 'الدورة الحادية عشرة', venueAndDates: 'فيينا، 1-5 كانون الأول/ديسمبر 2031', title: 'جدول الأعمال المؤقت', item: '1 - افتتاح الدورة.' };

const ROWS: Row[] = [
  { lang: 'ru', parties: 'Конференция участников', instrument: 'Конвенции Организации Объединенных Наций против пиратства', ...RU },
  { lang: 'ru', parties: 'Конференция государств – участников', instrument: 'Договора о запрещении морского пиратства', ...RU },
  { lang: 'ru', parties: 'Совещание Сторон', instrument: 'Речного протокола об охране малых рек', ...RU },
  { lang: 'ru', parties: 'Конференция Сторон', instrument: 'Рамочной конвенции о реках', ...RU },
  { lang: 'ar', parties: 'مؤتمر الدول الأطراف', instrument: 'في اتفاقية الأمم المتحدة لمكافحة القرصنة', ...AR },
  { lang: 'ar', parties: 'اجتماع الأطراف', instrument: 'في بروتوكول حماية الأنهار', ...AR },
  { lang: 'en', parties: 'Meeting of the High Contracting Parties', instrument: 'to the Convention on Rivers', session: 'Eleventh session', venueAndDates: 'Geneva, 1-5 December 2031', title: 'Provisional agenda', item: '1. Opening of the meeting.' },
  { lang: 'fr', parties: 'Réunion des Hautes Parties contractantes', instrument: 'à la Convention sur les rivières', session: 'Onzième session', venueAndDates: 'Genève, 1-5 décembre 2031', title: 'Ordre du jour provisoire', item: '1. Ouverture de la réunion.' },
  { lang: 'es', parties: 'Reunión de los Estados Partes', instrument: 'en la Convención sobre los Ríos', session: 'Undécimo período de sesiones', venueAndDates: 'Ginebra, 1 a 5 de diciembre de 2031', title: 'Programa provisional', item: '1. Apertura de la reunión.' },
];

describe("the parties, a blank line, then their instrument: one name", () => {
  for (const row of ROWS) {
    it(`${row.lang}: "${row.parties}" / blank / "${row.instrument}"`, () => {
      const text = ['United Nations\tXX/MSP/2031/1', row.parties, '', row.instrument, 'Distr.: General', '2 March 2031', 'Original: English', '', row.session, row.venueAndDates, '', row.title, '', row.item].join('\n');
      const meeting = parseAgenda(text, { lang: row.lang }).meeting;
      expect(meeting.body?.replace(/\s+/g, ' ')).toBe(`${row.parties} ${row.instrument}`);
      expect(meeting.organ).toBeNull();
      expect(meeting.sessionNumber).toBe(11);
    });
  }

  it('ru: the parties, a blank line, then a body of their own, are two names', () => {
    const text = ['United Nations\tXX/MSP/2031/1', 'Совещание Сторон', '', 'Рабочая группа открытого состава', 'Distr.: General', '2 March 2031', 'Original: English', '', RU.session, RU.venueAndDates, '', RU.title, '', RU.item].join('\n');
    const meeting = parseAgenda(text, { lang: 'ru' }).meeting;
    expect(meeting.body).toBe('Совещание Сторон');
    expect(meeting.organ).toBe('Рабочая группа открытого состава');
  });

  it('ru: a line in the nominative after the parties is no complement', () => {
    const text = ['United Nations\tXX/MSP/2031/1', 'Конвенция о реках', '', 'Совещание Сторон', '', 'Конвенция о морях', 'Distr.: General', '2 March 2031', '', RU.session, RU.venueAndDates, '', RU.title, '', RU.item].join('\n');
    const meeting = parseAgenda(text, { lang: 'ru' }).meeting;
    expect(meeting.organ).toBe('Конвенция о морях');
  });
});
