// A masthead run together on one line with the whole text: where a body's name ends and the
// next begins, told by the head that opens the next. French heads open a name only before their
// complement or adjective in small letters ("Comité des…", "Commission économique…"), as English
// needs "Committee on"; a head after a linking word ("agissant comme Réunion des Parties") is
// inside the name; a head that ends a name ("Экономический и Социальный Совет") opens none; a
// capitalised ordinal before a head ("Décima Conferencia", "Dixième Conférence") is its name's. Our
// own sentences in the forms real mastheads print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const FRAME: Partial<Record<Language, [string, string]>> = {
  fr: ['Nations Unies FCCC/SBX/2031/1 Distr. générale 4 juin 2031 Français Original : anglais', 'Sixième session Genève, 1er-5 septembre 2031 Ordre du jour provisoire 1. Ouverture de la session. 2. Adoption de l’ordre du jour et organisation des travaux. 3. Rapport sur les rivières du monde et leurs bassins au cours de la période considérée. 4. Questions relatives aux cours d’eau transfrontières et à la coopération entre les États riverains. 5. Questions diverses. 6. Adoption du rapport de la session sur les travaux accomplis.'],
  es: ['Naciones Unidas FCCC/SBX/2031/1 Distr. general 4 de junio de 2031 Español Original: inglés', 'Sexto período de sesiones Ginebra, 1 a 5 de septiembre de 2031 Programa provisional 1. Apertura del período de sesiones. 2. Aprobación del programa y organización de los trabajos. 3. Informe sobre los ríos del mundo y sus cuencas en el período examinado por el órgano. 4. Cuestiones relativas a los ríos transfronterizos y a la cooperación entre los Estados ribereños. 5. Otros asuntos. 6. Aprobación del informe del período de sesiones sobre la labor realizada.'],
  en: ['United Nations FCCC/SBX/2031/1 Distr.: General 4 June 2031 Original: English', 'Sixth session Geneva, 1-5 September 2031 Provisional agenda 1. Opening of the session. 2. Adoption of the agenda and organization of work. 3. Report on the rivers of the world and their basins in the period under review by the body. 4. Questions relating to transboundary rivers and to cooperation between riparian States. 5. Other matters. 6. Adoption of the report of the session on the work accomplished.'],
  ru: ['Организация Объединенных Наций FCCC/SBX/2031/1 Distr.: General 4 June 2031 Russian Original: English', 'Шестая сессия Женева, 1-5 сентября 2031 года Предварительная повестка дня 1. Открытие сессии. 2. Утверждение повестки дня и организация работы. 3. Доклад о реках мира и их бассейнах за рассматриваемый период, подготовленный органом. 4. Вопросы, касающиеся трансграничных рек и сотрудничества между прибрежными государствами. 5. Прочие вопросы. 6. Утверждение доклада о работе сессии.'],
};

const ROWS: [Language, string, string | null, string | null][] = [
  // [language, names run together, body, organ]
  ['fr', 'Commission économique pour les rivières Comité des transports fluviaux', 'Commission économique pour les rivières', 'Comité des transports fluviaux'],
  ['fr', 'Convention sur les rivières Conférence des Parties', 'Convention sur les rivières', 'Conférence des Parties'],
  ['fr', 'Comité exécutif du Programme des rivières Comité permanent', 'Comité exécutif du Programme des rivières', 'Comité permanent'],
  ['fr', 'Conférence des Parties agissant comme Réunion des Parties au Protocole des rivières', 'Conférence des Parties agissant comme Réunion des Parties au Protocole des rivières', null],
  ['fr', 'Traité sur les rivières Grande Commission I', 'Traité sur les rivières', 'Grande Commission I'],
  ['en', 'Treaty on Rivers Main Committee I', 'Treaty on Rivers', 'Main Committee I'],
  ['en', 'Conference of the Parties serving as the Meeting of the Parties to the Rivers Protocol', 'Conference of the Parties serving as the Meeting of the Parties to the Rivers Protocol', null],
  ['es', 'Conferencia de las Partes actuando como Reunión de las Partes en el Protocolo de los Ríos', 'Conferencia de las Partes actuando como Reunión de las Partes en el Protocolo de los Ríos', null],
  ['es', 'Consejo Económico y Social Comisión de los Ríos', 'Consejo Económico y Social', 'Comisión de los Ríos'],
  ['ru', 'Экономический и Социальный Совет Комиссия по рекам', 'Экономический и Социальный Совет', 'Комиссия по рекам'],
  ['ru', 'Договор о реках Главный комитет I', 'Договор о реках', 'Главный комитет I'],
  // A capitalised ordinal before the head is the name's it opens (locale ordinals), as a premodifier is.
  ['es', 'Décima Conferencia de las Naciones Unidas sobre los Ríos', 'Décima Conferencia de las Naciones Unidas sobre los Ríos', null],
  ['es', 'Programa de los Ríos Undécima Conferencia de las Naciones Unidas sobre los Ríos', 'Programa de los Ríos', 'Undécima Conferencia de las Naciones Unidas sobre los Ríos'],
  ['fr', 'Dixième Conférence des Nations Unies sur les rivières', 'Dixième Conférence des Nations Unies sur les rivières', null],
  ['fr', 'Programme des rivières Onzième Conférence des Nations Unies sur les rivières', 'Programme des rivières', 'Onzième Conférence des Nations Unies sur les rivières'],
  ['en', 'Tenth Conference of the United Nations on Rivers', 'Tenth Conference of the United Nations on Rivers', null],
];

describe('names run together: a head opens the next name only where it can', () => {
  for (const [lang, names, body, organ] of ROWS) {
    it(`${lang}: "${names}"`, () => {
      const [masthead, rest] = FRAME[lang]!;
      const meeting = parseAgenda(`${masthead} ${names} ${rest}`, { lang }).meeting;
      expect(meeting.body).toBe(body);
      expect(meeting.organ).toBe(organ);
      expect(meeting.sessionNumber).toBe(6);
    });
  }
});
