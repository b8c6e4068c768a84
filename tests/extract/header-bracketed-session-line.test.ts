// A session line printed in brackets with its dates, as older ECE mastheads print it ("(Forty-sixth
// session, 21-24 March 2005)", "(Сорок шестая сессия, 21-24 марта 2005 года)", "(Quarante-sixième
// session, 21-24 mars 2005)"): the bracket closing the line after the dates was taken for the venue
// (")"). Text after the date with no letter in it is no venue. Our own mastheads in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const CASES: [Language, string[], number][] = [
  ['en', ['United Nations\tECE/TRANS/WP.99/2031/1', 'Economic and Social Council\tDistr.: General', '\t3 January 2031', 'Inland Transport Committee', 'Working Party on Rivers', '(Forty-sixth session, 21-24 March 2031)', '', 'Provisional agenda for the forty-sixth session', '', '1.\tAdoption of the agenda.', '2.\tOther business.'], 46],
  ['fr', ['Nations Unies\tECE/TRANS/WP.99/2031/1', 'Conseil économique et social\tDistr. générale', '\t3 janvier 2031', 'Comité des transports intérieurs', 'Groupe de travail des rivières', '(Quarante-sixième session, 21-24 mars 2031)', '', 'Ordre du jour provisoire de la quarante-sixième session', '', '1.\tAdoption de l’ordre du jour.', '2.\tQuestions diverses.'], 46],
  ['ru', ['Организация Объединенных Наций\tECE/TRANS/WP.99/2031/1', 'Экономический и Социальный Совет\tDistr.: General', '\t3 January 2031', 'Комитет по внутреннему транспорту', 'Рабочая группа по рекам', '(Сорок шестая сессия, 21-24 марта 2031 года)', '', 'Предварительная повестка дня сорок шестой сессии', '', '1.\tУтверждение повестки дня.', '2.\tПрочие вопросы.'], 46],
];

describe('a bracket after the dates of a bracketed session line is no venue', () => {
  it.each(CASES)('%s', (lang, lines, session) => {
    const { meeting } = parseAgenda(lines.join('\n'), { lang });
    expect([meeting.venue, meeting.sessionNumber, meeting.startDate, meeting.endDate]).toEqual([null, session, '2031-03-21', '2031-03-24']);
  });

  it('en: a place after the date is still the venue', () => {
    const lines = ['United Nations\tECE/TRANS/WP.99/2031/1', 'Economic and Social Council\tDistr.: General', '\t3 January 2031', 'Working Party on Rivers', 'Forty-sixth session', '21-24 March 2031, Geneva', '', 'Provisional agenda', '', '1.\tAdoption of the agenda.', '2.\tOther business.'];
    expect(parseAgenda(lines.join('\n'), { lang: 'en' }).meeting.venue).toBe('Geneva');
  });
});
