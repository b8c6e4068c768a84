// A masthead an extraction ran into one line, its logo printed in the same case as the series'
// name after it: "Naciones Unidas Convención Marco sobre… Distr. GENERAL …" (web pages of FCCC,
// CERD and E/CN.x documents). French, Spanish, Russian and Arabic name the organisation after a
// body's head ("Convención Marco de las Naciones Unidas…", "مؤتمر الأمم المتحدة…"): before a name
// on the masthead's first line it is the logo. English names open with it ("United Nations
// Conference on…") and stay whole. Our own sentences in those forms.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Row {
  logo: string;
  series: string;
  fields: string;
  body: string;
  session: string;
  venueAndDates: string;
  title: string;
  item: string;
}

const SYMBOL = 'FCCC/SBX/2031/11';

const ROWS: Partial<Record<Language, Row>> = {
  es: { logo: 'Naciones Unidas', series: 'Convención Marco sobre los Ríos', fields: `Distr. GENERAL ${SYMBOL} 4 de junio de 2031 ESPAÑOL Original: INGLÉS`, body: 'Órgano Subsidiario de Examen', session: 'Sexto período de sesiones', venueAndDates: 'Bonn, 28 de julio a 5 de agosto de 2031', title: 'Programa provisional', item: '1. Apertura del período de sesiones.' },
  fr: { logo: 'Nations Unies', series: 'Convention-cadre sur les rivières', fields: `Distr. GÉNÉRALE ${SYMBOL} 4 juin 2031 FRANÇAIS Original : ANGLAIS`, body: 'Organe subsidiaire d’examen', session: 'Sixième session', venueAndDates: 'Bonn, 28 juillet - 5 août 2031', title: 'Ordre du jour provisoire', item: '1. Ouverture de la session.' },
  ru: { logo: 'Организация Объединенных Наций', series: 'Рамочная конвенция о реках', fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 RUSSIAN Original: ENGLISH`, body: 'Вспомогательный орган по обзору', session: 'Шестая сессия', venueAndDates: 'Бонн, 28 июля - 5 августа 2031 года', title: 'Предварительная повестка дня', item: '1. Открытие сессии.' },
  ar: { logo: 'الأمم المتحدة', series: 'الاتفاقية الإطارية بشأن الأنهار', fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 ARABIC Original: ENGLISH`, body: 'الهيئة الفرعية للاستعراض', session: 'الدورة السادسة', venueAndDates: 'بون، 28 تموز/يوليه - 5 آب/أغسطس 2031', title: 'جدول الأعمال المؤقت', item: '1 - افتتاح الدورة.' },
};

describe('the logo in the same case as the series’ name, run together: the logo', () => {
  for (const [lang, row] of Object.entries(ROWS) as [Language, Row][]) {
    it(`${lang}: "${row.logo} ${row.series} Distr. …"`, () => {
      const text = [`${row.logo} ${row.series} ${row.fields}`, row.body, row.session, row.venueAndDates, '', row.title, '', row.item].join('\n');
      const result = parseAgenda(text, { lang });
      expect(result.document.symbol).toBe(SYMBOL);
      expect(result.meeting.body).toBe(row.series);
      expect(result.meeting.organ).toBe(row.body);
      expect(result.meeting.sessionNumber).toBe(6);
    });
  }

  for (const [lang, row] of Object.entries(ROWS) as [Language, Row][]) {
    it(`${lang}: the logo and the series' name on a line of their own, the fields under them`, () => {
      const text = [`${row.logo} ${row.series}`, row.fields, row.body, row.session, row.venueAndDates, '', row.title, '', row.item].join('\n');
      const result = parseAgenda(text, { lang });
      expect(result.meeting.body).toBe(row.series);
      expect(result.meeting.organ).toBe(row.body);
    });
  }

  it('es: the whole text run together on one line', () => {
    const row = ROWS.es!;
    const items = ['2. Aprobación del programa y organización de los trabajos.', '3. Informe sobre los ríos del mundo y sus cuencas en el período examinado por el órgano.', '4. Cuestiones relativas a los ríos transfronterizos y a la cooperación entre los Estados ribereños.', '5. Otros asuntos.', '6. Aprobación del informe del período de sesiones sobre la labor realizada.'];
    const text = [`${row.logo} ${row.series} ${row.fields}`, row.body, row.session, row.venueAndDates, row.title, row.item, ...items].join(' ');
    const result = parseAgenda(text, { lang: 'es' });
    expect(result.meeting.body).toBe(row.series);
    expect(result.meeting.organ).toBe(row.body);
    expect(result.items.length).toBe(6);
  });

  it('fr: the logo before the principal organ, run together with the fields', () => {
    const text = ['Nations Unies Conseil économique et social Distr. générale E/CN.99/2031/1 4 juin 2031 Français Original : anglais', 'Commission des rivières', 'Quarantième session', 'Vienne, 1er-5 mars 2031', '', 'Ordre du jour provisoire', '', '1. Ouverture de la session.'].join('\n');
    const meeting = parseAgenda(text, { lang: 'fr' }).meeting;
    expect(meeting.body).toBe('Conseil économique et social');
    expect(meeting.organ).toBe('Commission des rivières');
  });

  it('es: the organisation’s name before a function word goes on with a name, and is kept', () => {
    const text = ['Naciones Unidas\tFAX/C/2031/1', 'Organización de las', 'Naciones Unidas para los Ríos Distr. GENERAL 4 de junio de 2031', '', 'Sexto período de sesiones', 'Roma, 1 a 5 de septiembre de 2031', '', 'Programa provisional', '', '1. Apertura del período de sesiones.'].join('\n');
    expect(parseAgenda(text, { lang: 'es' }).meeting.body).toBe('Organización de las Naciones Unidas para los Ríos');
  });

  it('en: a name that opens with the organisation’s name stays whole', () => {
    const text = [`United Nations Conference on Rivers Distr. GENERAL ${SYMBOL} 4 June 2031 Original: ENGLISH`, 'Sixth session', 'Geneva, 1-5 September 2031', '', 'Provisional agenda', '', '1. Opening of the session.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.body).toBe('United Nations Conference on Rivers');
  });
});
