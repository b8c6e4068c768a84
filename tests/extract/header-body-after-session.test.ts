// A masthead that names its body only in the session line, after the session: "Cuadragésimo
// cuarto período de sesiones de la CEPAL" (ECLAC prints no name line), "Forty-fourth session of
// the Economic Commission for …", "Soixante-septième session de la Commission …", perhaps with the
// venue and dates after a comma. Under a line that names the body already, "…session of the
// Commission" names no second body; a name cut by the line's end ("…de la") is left to the next
// line. Languages that join the name by case (ru, ar, zh) are not read so. Our own sentences in
// the forms real mastheads print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD: Partial<Record<Language, string[]>> = {
  en: ['Distr.: General', 'LC/SES.44/2', '12 March 2032', 'Original: Spanish'],
  fr: ['Distr. générale', 'LC/SES.44/2', '12 mars 2032', 'Original : espagnol'],
  es: ['Distr. GENERAL', 'LC/SES.44/2', '12 de marzo de 2032', 'ORIGINAL: ESPAÑOL'],
};
const TAIL: Partial<Record<Language, string[]>> = {
  en: ['', 'Annotated provisional agenda', '', '1. Election of officers', '2. Other matters'],
  fr: ['', 'Ordre du jour provisoire annoté', '', '1. Élection du Bureau', '2. Questions diverses'],
  es: ['', 'Temario provisional anotado', '', '1. Elección de la Mesa', '2. Otros asuntos'],
};

const ROWS: [Language, string[], string | null, string | null, number, string][] = [
  // [language, meeting lines, body, organ, session number, venue]
  ['es', ['Cuadragésimo cuarto período de sesiones de la CEPAL', 'Lima, 20 a 22 de mayo de 2032'], 'CEPAL', null, 44, 'Lima'],
  ['es', ['Cuadragésimo cuarto período de sesiones de la Comisión Económica para los Ríos', 'Lima, 20 a 22 de mayo de 2032'], 'Comisión Económica para los Ríos', null, 44, 'Lima'],
  ['en', ['Forty-fourth session of the Economic Commission for Rivers', 'Lima, 20-22 May 2032'], 'Economic Commission for Rivers', null, 44, 'Lima'],
  ['en', ['Forty-fourth session of the Economic Commission for Rivers, Lima, 20-22 May 2032'], 'Economic Commission for Rivers', null, 44, 'Lima'],
  ['fr', ['Quarante-quatrième session de la Commission économique pour les rivières', 'Lima, 20-22 mai 2032'], 'Commission économique pour les rivières', null, 44, 'Lima'],
  // Named above already: the session line names it again.
  ['fr', ['Commission des rivières', 'Quarante-quatrième session de la Commission', 'Lima, 20-22 mai 2032'], 'Commission des rivières', null, 44, 'Lima'],
  ['en', ['Commission on Rivers', 'Forty-fourth session of the Commission', 'Lima, 20-22 May 2032'], 'Commission on Rivers', null, 44, 'Lima'],
  // Cut by the line's end: the next line's name is read, as before.
  ['es', ['Duodécima reunión de la Conferencia de los Ríos de la', 'Comisión Económica para los Ríos', 'Lima, 20 a 22 de mayo de 2032'], 'Comisión Económica para los Ríos', null, 12, 'Lima'],
];

describe('a body named after its session on the session line', () => {
  it.each(ROWS)('%s: %j', (lang, lines, body, organ, sessionNumber, venue) => {
    const text = [...MASTHEAD[lang]!, '', ...lines, ...TAIL[lang]!].join('\n');
    const meeting = parseAgenda(text, { lang }).meeting;
    expect(meeting.body).toBe(body);
    expect(meeting.organ).toBe(organ);
    expect(meeting.sessionNumber).toBe(sessionNumber);
    expect(meeting.venue).toBe(venue);
    expect(meeting.startDate).toBe('2032-05-20');
  });
});
