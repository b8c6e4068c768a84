// A treaty's name printed in the masthead beside "Distr." as its series (CRPD: "Convention on the
// Rights of Persons with Disabilities    Distr.: General"; CEDAW's and the CBD's alike), over the
// body of its parties that meets ("Conference of States Parties to the Convention on the Rights of
// Persons with Disabilities"): the treaty is no body; the parties' conference is, and no organ.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

/** [language, the treaty, the conference of its parties, the session, "Distr.: General" as printed]. */
const ROWS: [Language, string, string, string, string][] = [
  ['en', 'Convention on the Rights of Persons with Disabilities', 'Conference of States Parties to the Convention on the Rights of Persons with Disabilities', 'Twentieth session', 'Distr.: General'],
  ['fr', 'Convention relative aux droits des personnes handicapées', 'Conférence des États parties à la Convention relative aux droits des personnes handicapées', 'Vingtième session', 'Distr. générale'],
  ['es', 'Convención sobre los Derechos de las Personas con Discapacidad', 'Conferencia de los Estados Partes en la Convención sobre los Derechos de las Personas con Discapacidad', '20º período de sesiones', 'Distr. general'],
  ['ru', 'Конвенция о правах инвалидов', 'Конференция государств — участников Конвенции о правах инвалидов', 'Двадцатая сессия', 'Distr.: General'],
  ['ar', 'اتفاقية حقوق الأشخاص ذوي الإعاقة', 'مؤتمر الدول الأطراف في اتفاقية حقوق الأشخاص ذوي الإعاقة', 'الدورة العشرون', 'Distr.: General'],
  ['zh', '残疾人权利公约', '残疾人权利公约缔约国会议', '第二十届会议', 'Distr.: General'],
];

function agenda(lang: Language, masthead: string, body: string, session: string): string {
  return `United Nations                                         CRPD/CSP/2027/1\n${masthead}\n\n${body}\n${session}\n\n${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. A\n2. B\n`;
}

describe('a treaty named beside "Distr." over the conference of its parties', () => {
  for (const [lang, treaty, conference, session, distr] of ROWS) {
    it(`${lang}: "${treaty}" is no body`, () => {
      const doc = parseAgenda(agenda(lang, `${treaty}         ${distr}\n                                                       1 April 2027`, conference, session), { lang, spans: false });
      expect([doc.meeting.body, doc.meeting.organ]).toEqual([conference, null]);
    });
  }

  it('en: the treaty\'s name wrapped beside "Distr." and the date, the conference\'s over two lines', () => {
    const masthead = 'Convention on the Rights                               Distr.: General\nof Persons with Disabilities                           1 April 2027';
    const doc = parseAgenda(agenda('en', masthead, 'Conference of States Parties to the Convention\non the Rights of Persons with Disabilities', 'Twentieth session'), { lang: 'en', spans: false });
    expect([doc.meeting.body, doc.meeting.organ]).toEqual(['Conference of States Parties to the Convention on the Rights of Persons with Disabilities', null]);
  });

  it('en: the conference of another treaty\'s parties leaves the name above it as it was read', () => {
    const other = parseAgenda(agenda('en', 'Convention on Rivers         Distr.: General', 'Conference of States Parties to the Convention on Lakes', 'Twentieth session'), { lang: 'en', spans: false });
    expect([other.meeting.body, other.meeting.organ]).toEqual(['Convention on Rivers', 'Conference of States Parties to the Convention on Lakes']);
  });
});
