// A note under the timetable that states the hours in a sentence ("Note : Les séances du matin se
// tiendront de 10 heures à 13 heures…") is no row: it opened a slot of its own, on a day the
// extraction was taken to have lost. Rows opening with their hours, a half day or a day stay rows.
// Our own sentences in the forms real timetables print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const FORMS: [Language, string[], string][] = [
  [
    'fr',
    ['Nations Unies', 'Distr. générale', '2 septembre 2031', 'Original : anglais', '', 'Conférence des rivières', 'Douzième session', 'Genève, 15-19 décembre 2031', '', 'Ordre du jour provisoire', '', '1. Ouverture de la session.', '2. Questions diverses.', '', 'Annexe', '', 'Projet d’organisation des travaux', '', 'Lundi 15 décembre', '', '10 heures-13 heures\t1\tOuverture de la session', '15 heures-18 heures\t2\tQuestions diverses'],
    'Note : Les séances du matin se tiendront de 10 heures à 13 heures et celles de l’après-midi de 15 heures à 18 heures.',
  ],
  [
    'es',
    ['Naciones Unidas', 'Distr. general', '2 de septiembre de 2031', 'Original: inglés', '', 'Conferencia de los Ríos', 'Duodécimo período de sesiones', 'Ginebra, 15 a 19 de diciembre de 2031', '', 'Programa provisional', '', '1. Apertura del período de sesiones.', '2. Otros asuntos.', '', 'Anexo', '', 'Propuesta de organización de los trabajos', '', 'Lunes 15 de diciembre', '', '10.00 a 13.00 horas\t1\tApertura del período de sesiones', '15.00 a 18.00 horas\t2\tOtros asuntos'],
    'Nota: Las sesiones de la mañana se celebrarán de las 10.00 a las 13.00 horas y las de la tarde de las 15.00 a las 18.00 horas.',
  ],
  [
    'en',
    ['United Nations', 'Distr.: General', '2 September 2031', 'Original: English', '', 'Conference on Rivers', 'Twelfth session', 'Geneva, 15-19 December 2031', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.', '', 'Annex', '', 'Proposed organization of work', '', 'Monday, 15 December', '', '10 a.m.-1 p.m.\t1\tOpening of the session', '3 p.m.-6 p.m.\t2\tOther matters'],
    'Note: Morning meetings will be held from 10 a.m. to 1 p.m. and afternoon meetings from 3 p.m. to 6 p.m.',
  ],
];

describe('a note stating the hours under the timetable is no slot', () => {
  it.each(FORMS)('%s', (lang, lines, note) => {
    const schedule = parseAgenda([...lines, '', note].join('\n'), { lang }).schedule;
    expect(schedule.map((slot) => [slot.date, slot.dateInferred, slot.start, slot.end, slot.items])).toEqual([
      ['2031-12-15', false, '10:00', '13:00', ['1']],
      ['2031-12-15', false, '15:00', '18:00', ['2']],
    ]);
  });
});
