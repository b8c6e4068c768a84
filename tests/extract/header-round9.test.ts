// Header forms of real agendas found in the ninth round of probing: the executive boards that
// meet several times a year (WFP/EB.1/…, WFP/EB.A/…: "First Regular Session", "Annual Session"
// without a year, "Distribution: GENERAL", the agenda's heading over "Agenda item 1"), and the
// convention secretariats' mastheads (UNEP/CHW.…, UNEP/EA.…: a logo's acronym on a line of its
// own, the series' name printed beside "Distr." and again over the session).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

const TITLES = PROVISIONAL_AGENDA_TITLES;

const BOARD: Record<Language, [board: string, venue: string]> = {
  en: ['Executive Board', 'Rome, 10–13 February 2031'],
  fr: ['Conseil d’administration', 'Rome, 10-13 février 2031'],
  es: ['Junta Ejecutiva', 'Roma, 10 a 13 de febrero de 2031'],
  ru: ['Исполнительный совет', 'Рим, 10–13 февраля 2031 года'],
  ar: ['المجلس التنفيذي', 'روما، 10-13 شباط/فبراير 2031'],
  zh: ['执行局', '2031年2月10日至13日，罗马'],
};

function boardAgenda(lang: Language, session: string, distribution = 'Distr.: General'): string {
  const [board, venue] = BOARD[lang];
  return `United Nations    WFP/EB.1/2031/1/1\n${distribution}\n12 January 2031\nOriginal: English\n\n${board}\n${session}\n${venue}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
}

describe('a session named by its kind alone, the year in its dates only, has no number', () => {
  it.each([
    ['en', 'Annual Session'],
    ['en', 'Annual session'],
    ['fr', 'Session annuelle'],
    ['es', 'Período de sesiones anual'],
    ['ru', 'Ежегодная сессия'],
    ['ar', 'الدورة السنوية'],
    ['zh', '年度会议'],
    ['zh', '年度届会'],
  ] as [Language, string][])('%s %s', (lang, session) => {
    const doc = parseAgenda(boardAgenda(lang, session), { lang, spans: false });
    expect(doc.meeting.session).toBe(session);
    expect(doc.meeting.sessionNumber).toBeNull();
    expect(doc.meeting.body).toBe(BOARD[lang][0]);
    expect(doc.meeting.organ).toBeNull();
  });
});

describe('an ordinal session with its kind between or after, without a year, is read whole', () => {
  it.each([
    ['en', 'First Regular Session', 1],
    ['en', 'Second regular session', 2],
    ['fr', 'Première session ordinaire', 1],
    ['es', 'Primer período ordinario de sesiones', 1],
    ['ru', 'Первая очередная сессия', 1],
    ['ar', 'الدورة العادية الأولى', 1],
    ['zh', '第一届常会', 1],
  ] as [Language, string, number][])('%s %s', (lang, session, number) => {
    const doc = parseAgenda(boardAgenda(lang, session), { lang, spans: false });
    expect(doc.meeting.session).toBe(session);
    expect(doc.meeting.sessionNumber).toBe(number);
    expect(doc.meeting.organ).toBeNull();
  });

  it('the year after the kind still makes the ordinal a count within the year', () => {
    const doc = parseAgenda(boardAgenda('en', 'First regular session 2031'), { lang: 'en', spans: false });
    expect(doc.meeting.session).toBe('First regular session 2031');
    expect(doc.meeting.sessionNumber).toBeNull();
  });
});

describe('"Distribution" spelt out, with its value, is the distribution', () => {
  it.each([
    ['en', 'Distribution: GENERAL', 'general'],
    ['en', 'Distribution: RESTRICTED', 'restricted'],
    ['fr', 'Distribution : GÉNÉRALE', 'general'],
    ['es', 'Distribución: GENERAL', 'general'],
    ['ru', 'Distribution: General', 'general'],
    ['ar', 'Distribution: General', 'general'],
    ['zh', 'Distribution: Limited', 'limited'],
  ] as [Language, string, string][])('%s %s', (lang, printed, value) => {
    const annual = { en: 'Annual session', fr: 'Session annuelle', es: 'Período de sesiones anual', ru: 'Ежегодная сессия', ar: 'الدورة السنوية', zh: '年度会议' }[lang];
    const doc = parseAgenda(boardAgenda(lang, annual, printed), { lang, spans: false });
    expect(doc.document.distribution).toBe(value);
    expect(doc.meeting.body).toBe(BOARD[lang][0]);
  });

  it('"Distribution" before another word is no masthead', () => {
    const text = `United Nations    A/AC.96/1300\nDistr.: General\n\nDistribution of documentation\nExecutive Committee of the Programme\nSeventy-second session\nGeneva, 4-8 October 2031\n\n${TITLES.en}\n\n1. A\n`;
    const doc = parseAgenda(text, { lang: 'en', spans: false });
    expect(doc.document.distribution).toBe('general');
    expect(doc.meeting.body).toBe('Distribution of documentation');
  });
});

describe('the agenda heading printed over "Agenda item 1", under the meeting lines, names no body', () => {
  const HEADINGS: Record<Language, [heading: string, reference: string]> = {
    en: ['ORGANIZATIONAL AND PROCEDURAL MATTERS', 'Agenda item 1'],
    fr: ['QUESTIONS D’ORGANISATION ET DE PROCÉDURE', 'Point 1 de l’ordre du jour'],
    es: ['ASUNTOS DE ORGANIZACIÓN Y PROCEDIMIENTO', 'Tema 1 del programa'],
    ru: ['ОРГАНИЗАЦИОННЫЕ И ПРОЦЕДУРНЫЕ ВОПРОСЫ', 'Пункт 1 повестки дня'],
    ar: ['المسائل التنظيمية والإجرائية', 'البند 1 من جدول الأعمال'],
    zh: ['组织和程序事项', '议程项目1'],
  };
  it.each(Object.keys(HEADINGS) as Language[])('%s', (lang) => {
    const [board, venue] = BOARD[lang];
    const [heading, reference] = HEADINGS[lang];
    const session = { en: 'First regular session', fr: 'Première session ordinaire', es: 'Primer período ordinario de sesiones', ru: 'Первая очередная сессия', ar: 'الدورة العادية الأولى', zh: '第一届常会' }[lang];
    const text = `United Nations    WFP/EB.1/2031/1/1\nDistr.: General\n\n${board}\n\n${session}\n\n${venue}\n\n${heading}\n\n${reference}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.body).toBe(board);
    expect(doc.meeting.organ).toBeNull();
    expect(doc.meeting.sessionNumber).toBe(1);
  });

  it('a name under a date line alone (no session above) is kept', () => {
    const text = `United Nations    A/HRC/76/1\nDistr.: General\n\n22 February-19 March 2031\nHuman Rights Council\nItem 1 of the provisional agenda\nOrganizational and procedural matters\n\n${TITLES.en}\n\n1. A\n`;
    const doc = parseAgenda(text, { lang: 'en', spans: false });
    expect(doc.meeting.body).toBe('Human Rights Council');
  });
});

describe("a logo's acronym and a name printed twice count once", () => {
  const CONFERENCE: Record<Language, string> = {
    en: 'Conference of the Parties to the Basel Convention',
    fr: 'Conférence des Parties à la Convention de Bâle',
    es: 'Conferencia de las Partes en el Convenio de Basilea',
    ru: 'Конференция Сторон Базельской конвенции',
    ar: 'مؤتمر الأطراف في اتفاقية بازل',
    zh: '巴塞尔公约缔约方大会',
  };
  const MEETING: Record<Language, string> = {
    en: 'Twenty-first meeting\nGeneva, 5–16 May 2031',
    fr: 'Vingt et unième réunion\nGenève, 5-16 mai 2031',
    es: 'Vigésima primera reunión\nGinebra, 5 a 16 de mayo de 2031',
    ru: 'Двадцать первое совещание\nЖенева, 5–16 мая 2031 года',
    ar: 'الاجتماع الحادي والعشرون\nجنيف، 5-16 أيار/مايو 2031',
    zh: '第二十一次会议\n2031年5月5日至16日，日内瓦',
  };

  it.each(Object.keys(CONFERENCE) as Language[])('%s: an acronym over the name', (lang) => {
    const text = `UNITED NATIONS\n\nBC\n\nUNEP/CHW.21/1\n\nDistr.: General\n15 March 2031\n\n${CONFERENCE[lang]}\n${MEETING[lang]}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.body).toBe(CONFERENCE[lang]);
    expect(doc.meeting.organ).toBeNull();
  });

  it.each(Object.keys(CONFERENCE) as Language[])('%s: the name beside "Distr." and over the session', (lang) => {
    const text = `United Nations\tUNEP/CHW.21/1\n${CONFERENCE[lang]}\tDistr.: General\n\t15 March 2031\n\n${CONFERENCE[lang]}\n${MEETING[lang]}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.body).toBe(CONFERENCE[lang]);
    expect(doc.meeting.organ).toBeNull();
  });

  it('an acronym alone is still a name', () => {
    const text = `United Nations    UNEP/CHW.21/1\nDistr.: General\n\nBC\nTwenty-first meeting\nGeneva, 5–16 May 2031\n\n${TITLES.en}\n\n1. A\n`;
    const doc = parseAgenda(text, { lang: 'en', spans: false });
    expect(doc.meeting.body).toBe('BC');
  });
});

describe('an agenda for one meeting gives its date under its title ("To be held on …")', () => {
  const HELD: Record<Language, [council: string, held: string]> = {
    en: ['Security Council', 'To be held on Monday, 27 January 2031, at 10 a.m.'],
    fr: ['Conseil de sécurité', 'Devant se tenir le lundi 27 janvier 2031, à 10 heures'],
    es: ['Consejo de Seguridad', 'Que se celebrará el lunes 27 de enero de 2031, a las 10.00 horas'],
    ru: ['Совет Безопасности', 'Которое состоится в понедельник, 27 января 2031 года, в 10 ч 00 мин.'],
    ar: ['مجلس الأمن', 'المقرر عقدها يوم الاثنين، 27 كانون الثاني/يناير 2031، الساعة 10:00'],
    zh: ['安全理事会', '将于2031年1月27日星期一上午10时举行'],
  };
  it.each(Object.keys(HELD) as Language[])('%s', (lang) => {
    const [council, held] = HELD[lang];
    const text = `United Nations    S/Agenda/9000\n${council}\n\n${TITLES[lang]}\n${held}\n\n1. Adoption of the agenda.\n2. The situation in the region.\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.startDate).toBe('2031-01-27');
    expect(doc.meeting.body).toBe(council);
  });

  it('a date in the header wins, and a sentence saying so is a letter\'s text', () => {
    const header = `United Nations    A/86/1\nDistr.: General\n\nCommittee on Information\nForty-third session\nNew York, 2-13 May 2031\n\n${TITLES.en}\nTo be held on Monday, 27 January 2031, at 10 a.m.\n\n1. A\n`;
    expect(parseAgenda(header, { lang: 'en', spans: false }).meeting.startDate).toBe('2031-05-02');
    const letter = `United Nations    A/86/123\nDistr.: General\n\n${TITLES.en} of the meeting, transmitted herewith\nI have the honour to transmit the agenda of the meeting to be held on 12 June 2031.\n\n1. A\n`;
    expect(parseAgenda(letter, { lang: 'en', spans: false }).meeting.startDate).toBeNull();
  });
});
