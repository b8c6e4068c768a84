// A masthead's name that an extraction runs into the session line: "CONFERENCE OF THE PARTIES
// Fourth session Bonn, 2–6 June 2031" (FCCC/CP/…, in capitals), "Conference of the Parties Fourth
// session …". The name before the session is the meeting's name; a report's "Report on the
// twelfth session" is no name. Our own sentences in that form, in the languages that write
// capitals (a caseless script cannot tell a name from a sentence's head by its letters).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

// [language, masthead lines, name run into the session line, rest of the line, session, venue, start, end, title, items]
const FORMS: [string, string, string, string, string, string, string, string, string, string][] = [
  ['en', 'United Nations                                        FCCC/CP/2031/1\n                                        Distr.: General\n                                        3 May 2031', 'CONFERENCE OF THE PARTIES', 'Fourth session Bonn, 2–6 June 2031', 'Fourth session', 'Bonn', '2031-06-02', '2031-06-06', 'Provisional agenda', '1. Opening of the session.\n2. Adoption of the agenda.'],
  ['en', 'United Nations                                        FCCC/CP/2031/1\n                                        Distr.: General\n                                        3 May 2031', 'Conference of the Parties', 'Fourth session Bonn, 2–6 June 2031', 'Fourth session', 'Bonn', '2031-06-02', '2031-06-06', 'Provisional agenda', '1. Opening of the session.\n2. Adoption of the agenda.'],
  ['fr', 'Nations Unies                                        FCCC/CP/2031/1\n                                        Distr. générale\n                                        3 mai 2031', 'CONFÉRENCE DES PARTIES', 'Quatrième session Bonn, 2-6 juin 2031', 'Quatrième session', 'Bonn', '2031-06-02', '2031-06-06', 'Ordre du jour provisoire', '1. Ouverture de la session.\n2. Adoption de l’ordre du jour.'],
  ['es', 'Naciones Unidas                                        FCCC/CP/2031/1\n                                        Distr. general\n                                        3 de mayo de 2031', 'CONFERENCIA DE LAS PARTES', 'Cuarto período de sesiones Bonn, 2 a 6 de junio de 2031', 'Cuarto período de sesiones', 'Bonn', '2031-06-02', '2031-06-06', 'Programa provisional', '1. Apertura del período de sesiones.\n2. Aprobación del programa.'],
  ['ru', 'Организация Объединенных Наций                        FCCC/CP/2031/1\n                                        Distr.: General\n                                        3 мая 2031 года', 'КОНФЕРЕНЦИЯ СТОРОН', 'Четвертая сессия Бонн, 2–6 июня 2031 года', 'Четвертая сессия', 'Бонн', '2031-06-02', '2031-06-06', 'Предварительная повестка дня', '1. Открытие сессии.\n2. Утверждение повестки дня.'],
];

describe('a name run into the session line', () => {
  it.each(FORMS)('%s: %s', (language, masthead, name, rest, session, venue, start, end, title, items) => {
    const text = `${masthead}\n\n${name} ${rest}\n\n${title}\n\n${items}\n`;
    const result = parseAgenda(text);
    expect(result.language).toBe(language);
    expect(result.meeting.body).toBe(name);
    const span = result.meeting.spans?.body;
    expect(span && text.slice(span.start, span.end)).toBe(name);
    expect(result.meeting.session).toBe(session);
    expect(result.meeting.venue).toBe(venue);
    expect([result.meeting.startDate, result.meeting.endDate]).toEqual([start, end]);
    expect(result.items.length).toBe(2);
  });

  it.each([
    ['en', 'United Nations', 'Economic and Social Council', 'Distr.: General', '3 May 2031', 'Commission on Imaginary Statistics', 'Report on the twelfth session (4-6 March 2031)', 'Adoption of the agenda', '1. At its 1st meeting, the Commission adopted its agenda.'],
    ['fr', 'Nations Unies', 'Conseil économique et social', 'Distr. générale', '3 mai 2031', 'Commission de statistique imaginaire', 'Rapport sur la douzième session (4-6 mars 2031)', 'Adoption de l’ordre du jour', '1. À sa 1re séance, la Commission a adopté son ordre du jour.'],
    ['es', 'Naciones Unidas', 'Consejo Económico y Social', 'Distr. general', '3 de mayo de 2031', 'Comisión de Estadística Imaginaria', 'Informe sobre el duodécimo período de sesiones (4 a 6 de marzo de 2031)', 'Aprobación del programa', '1. En su 1ª sesión, la Comisión aprobó su programa.'],
  ])('%s: no name before the session in a report\'s title', (_language, organisation, council, distribution, issued, commission, line, heading, paragraph) => {
    const text = `${organisation}                                   E/CN.99/2031/4\n${council}                      ${distribution}\n                                                 ${issued}\n\n${commission}\n${line}\n\n${heading}\n\n${paragraph}\n`;
    const result = parseAgenda(text);
    expect(result.meeting.body).toBe(council);
    expect(result.meeting.organ).toBe(commission);
  });
});
