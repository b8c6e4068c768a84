// The venue printed on a line of its own between the session and a date alone on its line
// ("الدورة السبعون" / "فيينا" / "15-19 آذار/مارس 2027"; "Seventieth session" / "Vienna" /
// "15-19 March 2027"): the place is the venue, not the organ's name.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

/** [language, the body, the session, the venue, the date, ISO start, ISO end]. */
const ROWS: [Language, string, string, string, string, string, string][] = [
  ['ar', 'لجنة المخدرات', 'الدورة السبعون', 'فيينا', '15-19 آذار/مارس 2027', '2027-03-15', '2027-03-19'],
  ['ar', 'لجنة الأنهار', 'الدورة الخامسة', 'نيويورك', '3-7 أيار/مايو 2027', '2027-05-03', '2027-05-07'],
  ['en', 'Commission on Narcotic Drugs', 'Seventieth session', 'Vienna', '15-19 March 2027', '2027-03-15', '2027-03-19'],
  ['en', 'Committee on Rivers', 'Fifth session', 'New York', '3-7 May 2027', '2027-05-03', '2027-05-07'],
  ['fr', 'Commission des stupéfiants', 'Soixante-dixième session', 'Vienne', '15-19 mars 2027', '2027-03-15', '2027-03-19'],
  ['es', 'Comisión de Estupefacientes', '70º período de sesiones', 'Viena', '15 a 19 de marzo de 2027', '2027-03-15', '2027-03-19'],
  ['ru', 'Комиссия по наркотическим средствам', 'Семидесятая сессия', 'Вена', '15-19 марта 2027 года', '2027-03-15', '2027-03-19'],
];

describe('a venue on its own line between the session and the date', () => {
  for (const [lang, body, session, venue, date, start, end] of ROWS) {
    it(`${lang}: "${venue}" over "${date}"`, () => {
      const doc = parseAgenda(`${body}\n${session}\n${venue}\n${date}\n\n${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
      expect([doc.meeting.body, doc.meeting.organ, doc.meeting.venue, doc.meeting.startDate, doc.meeting.endDate]).toEqual([body, null, venue, start, end]);
    });
  }
  it.each([
    ['en', 'Committee on Rivers', 'Fifth session', 'Executive Board', '3-7 May 2027'],
    ['ar', 'لجنة الأنهار', 'الدورة الخامسة', 'المجلس التنفيذي', '3-7 أيار/مايو 2027'],
  ] as const)('%s: a body\'s name between the session and the date is no venue ("%s" / "%s" / "%s")', (lang, body, session, name, date) => {
    const doc = parseAgenda(`${body}\n${session}\n${name}\n${date}\n\n${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect(doc.meeting.venue).toBeNull();
  });
  it('en: a place with a blank line before the date, or a name wrapped over two lines, is no venue', () => {
    expect(parseAgenda('Committee on Rivers\nFifth session\nVienna\n\n3-7 May 2027\n\nProvisional agenda\n\n1. A\n2. B\n', { lang: 'en' }).meeting.venue).toBeNull();
    expect(parseAgenda('Committee on Rivers\nFifth session\nSpecial Unit\nof Dams\n3-7 May 2027\n\nProvisional agenda\n\n1. A\n2. B\n', { lang: 'en' }).meeting.venue).toBeNull();
  });
  it('en: a name over a bare date with no session above it stays a name', () => {
    const doc = parseAgenda('Committee on Rivers\nWorking Group\n3-7 May 2027\n\nProvisional agenda\n\n1. A\n2. B\n', { lang: 'en' });
    expect(doc.meeting.venue).toBeNull();
  });
});
