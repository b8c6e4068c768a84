// A session line whose session word opens the body's name: "Forty-Fourth Meeting of the Parties
// to" / "the Montreal Protocol on Substances" / "that Deplete the Ozone Layer", as the Montreal
// Protocol's meetings print their masthead ("Quarante-quatrième Réunion des Parties au…",
// "Cuadragésima Cuarta Reunión de las Partes en el…"). The session is the ordinal and its word;
// the body's name runs from that word over the lines below. It was the instrument's tail alone
// ("the Montreal Protocol on Substances that Deplete the Ozone Layer"). Our own text in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const FORMS: [Language, string, string, string, string][] = [
  [
    'en',
    'United Nations\tUNEP/OzL.Pro.44/1\n\tDistr.: General\n\t2 August 2032\n\tOriginal: English\n\n' +
      'Forty-Fourth Meeting of the Parties to\nthe Montreal Protocol on Substances\nthat Deplete the Ozone Layer\nNairobi, 1-5 November 2032\n\n' +
      'Provisional agenda\n\n1. Opening of the meeting.\n2. Other matters.\n',
    'Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer',
    'Forty-Fourth Meeting',
    'Nairobi',
  ],
  [
    'fr',
    'Nations Unies\tUNEP/OzL.Pro.44/1\n\tDistr. générale\n\t2 août 2032\n\tFrançais\n\tOriginal : anglais\n\n' +
      'Quarante-quatrième Réunion des Parties au\nProtocole de Montréal relatif à des substances\nqui appauvrissent la couche d’ozone\nNairobi, 1-5 novembre 2032\n\n' +
      'Ordre du jour provisoire\n\n1. Ouverture de la réunion.\n2. Questions diverses.\n',
    'Réunion des Parties au Protocole de Montréal relatif à des substances qui appauvrissent la couche d’ozone',
    'Quarante-quatrième Réunion',
    'Nairobi',
  ],
  [
    'es',
    'Naciones Unidas\tUNEP/OzL.Pro.44/1\n\tDistr. general\n\t2 de agosto de 2032\n\tEspañol\n\tOriginal: inglés\n\n' +
      'Cuadragésima Cuarta Reunión de las Partes en el\nProtocolo de Montreal relativo a las Sustancias\nque Agotan la Capa de Ozono\nNairobi, 1 a 5 de noviembre de 2032\n\n' +
      'Programa provisional\n\n1. Apertura de la reunión.\n2. Otros asuntos.\n',
    'Reunión de las Partes en el Protocolo de Montreal relativo a las Sustancias que Agotan la Capa de Ozono',
    'Cuadragésima Cuarta Reunión',
    'Nairobi',
  ],
];

describe('a session word that opens the body’s name', () => {
  it.each(FORMS)('%s', (lang, text, body, session, venue) => {
    const meeting = parseAgenda(text, { lang }).meeting;
    expect(meeting.body).toBe(body);
    expect(meeting.organ).toBeNull();
    expect(meeting.session).toBe(session);
    expect(meeting.sessionNumber).toBe(44);
    expect(meeting.venue).toBe(venue);
    expect(meeting.startDate).toBe('2032-11-01');
    const span = meeting.spans!.body!;
    expect(text.slice(span.start, span.start + 7)).toBe(body.slice(0, 7));
  });
});

describe('a session line with no table body after its word is read as before', () => {
  it('en: "Fifth session" under the name', () => {
    const text = 'United Nations\tXX/C/2031/1\n\tDistr.: General\n\t12 May 2031\n\tOriginal: English\n\nCommittee on Rivers\nFifth session\nGeneva, 1-5 June 2031\n\nProvisional agenda\n\n1. Opening of the session.\n2. Other matters.\n';
    const meeting = parseAgenda(text, { lang: 'en' }).meeting;
    expect([meeting.body, meeting.session]).toEqual(['Committee on Rivers', 'Fifth session']);
  });
});
