// Older ECE mastheads print the session and its dates in brackets above the title, with no venue
// ("(Forty-sixth session, 24-27 March 2031)"), and the place in the held line under the title ("To
// be held at the Palais des Nations, Geneva, starting at 10 a.m. on Monday, 24 March 2031",
// "которая состоится во Дворце Наций в Женеве и откроется…", "Qui s’ouvrira au Palais des
// Nations…"). The held line was read only where no date stood above the title: the venue was
// lost. It now names the venue when the dates above name none and its date is their start.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const CASES: [Language, string[], string][] = [
  [
    'en',
    ['United Nations\tECE/TRANS/WP.99/2031/1', 'Economic and Social Council\tDistr.: General', '\t3 January 2031', 'Inland Transport Committee', 'Working Party on Rivers', '(Forty-sixth session, 24-27 March 2031)', '', 'Provisional agenda for the forty-sixth session', 'To be held at the Palais des Nations, Geneva, starting at 10 a.m. on Monday, 24 March 2031', '', '1.\tAdoption of the agenda.', '2.\tOther business.'],
    'the Palais des Nations, Geneva',
  ],
  [
    'fr',
    ['Nations Unies\tECE/TRANS/WP.99/2031/1', 'Conseil économique et social\tDistr. générale', '\t3 janvier 2031', 'Comité des transports intérieurs', 'Groupe de travail des rivières', '(Quarante-sixième session, 24-27 mars 2031)', '', 'Ordre du jour provisoire de la quarante-sixième session', 'Qui s’ouvrira au Palais des Nations, à Genève, le lundi 24 mars 2031, à 10 heures', '', '1.\tAdoption de l’ordre du jour.', '2.\tQuestions diverses.'],
    'Palais des Nations, à Genève',
  ],
  [
    'ru',
    ['Организация Объединенных Наций\tECE/TRANS/WP.99/2031/1', 'Экономический и Социальный Совет\tDistr.: General', '\t3 January 2031', 'Комитет по внутреннему транспорту', 'Рабочая группа по рекам', '(Сорок шестая сессия, 24-27 марта 2031 года)', '', 'Предварительная повестка дня сорок шестой сессии', 'которая состоится во Дворце Наций в Женеве и откроется в понедельник, 24 марта 2031 года, в 10 ч. 00 м.', '', '1.\tУтверждение повестки дня.', '2.\tПрочие вопросы.'],
    'Дворце Наций в Женеве',
  ],
];

describe('the held line under the title names the venue the dated line above left out', () => {
  it.each(CASES)('%s', (lang, lines, venue) => {
    const { meeting } = parseAgenda(lines.join('\n'), { lang });
    expect([meeting.venue, meeting.startDate, meeting.endDate]).toEqual([venue, '2031-03-24', '2031-03-27']);
  });

  it('en: a held line of another date names no venue', () => {
    const lines = [...CASES[0]![1]];
    lines[8] = 'To be held at the Palais des Nations, Geneva, starting at 10 a.m. on Monday, 31 March 2031';
    expect(parseAgenda(lines.join('\n'), { lang: 'en' }).meeting.venue).toBeNull();
  });
});
