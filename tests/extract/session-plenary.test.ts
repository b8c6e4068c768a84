// A session described by a word that leaves its numbering as it is (locale sessionAdjectives), as
// the Conference of European Statisticians prints its sessions: "Seventy-ninth plenary session",
// "Soixante-dix-neuvième réunion plénière", "Семьдесят девятая пленарная сессия". The line was read
// as the organ's name (ECE's name then the body, the Conference the organ) and the session lost.
// Our own documents in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const DOCUMENTS: [Language, string, string, string, string][] = [
  ["en", "United Nations\tECE/CES/2031/1\nEconomic and Social Council\tDistr.: General\n2 March 2031\nEnglish, French and Russian only\nOriginal: English\n\nEconomic Commission for Europe\nConference of European Statisticians\nSeventy-ninth plenary session\nGeneva, 16-18 June 2031\nItem 1 of the provisional agenda\nAdoption of the agenda\n\nProvisional agenda for the seventy-ninth plenary session\n\n1.\tAdoption of the agenda.\n2.\tOther business.\n", "Economic Commission for Europe", "Conference of European Statisticians", "Seventy-ninth plenary session"],
  ["fr", "Nations Unies\tECE/CES/2031/1\nConseil économique et social\tDistr. générale\n\t2 mars 2031\n\tFrançais\n\tOriginal : anglais\nCommission économique pour l’Europe\nConférence des statisticiens européens\nSoixante-dix-neuvième réunion plénière\nGenève, 16-18 juin 2031\n\nOrdre du jour provisoire de la soixante-dix-neuvième réunion plénière\n\n1.\tAdoption de l’ordre du jour.\n2.\tQuestions diverses.\n", "Commission économique pour l’Europe", "Conférence des statisticiens européens", "Soixante-dix-neuvième réunion plénière"],
  ["ru", "Организация Объединенных Наций\tECE/CES/2031/1\nЭкономический и Социальный Совет\tDistr.: General\n\t2 March 2031\n\tRussian\n\tOriginal: English\nЕвропейская экономическая комиссия\nКонференция европейских статистиков\nСемьдесят девятая пленарная сессия\nЖенева, 16–18 июня 2031 года\n\nПредварительная повестка дня семьдесят девятой пленарной сессии\n\n1.\tУтверждение повестки дня.\n2.\tПрочие вопросы.\n", "Европейская экономическая комиссия", "Конференция европейских статистиков", "Семьдесят девятая пленарная сессия"],
];

describe('a plenary session is the session, numbered', () => {
  it.each(DOCUMENTS)('%s', (lang, text, body, organ, session) => {
    const { meeting } = parseAgenda(text, { lang });
    expect([meeting.body, meeting.organ, meeting.session, meeting.sessionNumber]).toEqual([body, organ, session, 79]);
  });

  it('en: read from the title without a session line', () => {
    const text = DOCUMENTS[0]![1].replace('Seventy-ninth plenary session\n', '');
    const { meeting } = parseAgenda(text, { lang: 'en' });
    expect([meeting.organ, meeting.session, meeting.sessionNumber]).toEqual(['Conference of European Statisticians', 'seventy-ninth plenary session', 79]);
  });

  it('en: a kind still makes a session named by its year unnumbered', () => {
    const text = DOCUMENTS[0]![1].replace('Seventy-ninth plenary session', 'First regular session 2031');
    expect(parseAgenda(text, { lang: 'en' }).meeting.sessionNumber).toBeNull();
  });
});
