// Header forms of real agendas found in the seventh round of probing: sessions past a hundred,
// sessions named by their year and kind, and mastheads printed in odd ways.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

const TITLES = PROVISIONAL_AGENDA_TITLES;

/** A small agenda with a body, the given meeting line and a title in the language. */
function agenda(lang: Language, meetingLine: string, body = 'Committee'): string {
  return `${body}\n${meetingLine}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
}

describe('sessions numbered past a hundred', () => {
  it.each([
    ['en', 'One hundred and fifteenth session', 115],
    ['en', 'One Hundred and Twenty-Fifth session', 125],
    ['en', 'One hundredth session', 100],
    ['fr', 'Cent quinzième session', 115],
    ['fr', 'Cent vingt et unième session', 121],
    ['fr', 'Cent unième session', 101],
    ['fr', 'Centième session', 100],
    ['es', 'Centésimo decimoquinto período de sesiones', 115],
    ['es', 'Centésima vigésima quinta reunión', 125],
    ['es', 'Centésimo período de sesiones', 100],
    ['ru', 'Сто сорок третья сессия', 143],
    ['ru', 'Сто первая сессия', 101],
    ['ru', 'Сотая сессия', 100],
    ['ar', 'الدورة الخامسة عشرة بعد المائة', 115],
    ['ar', 'الدورة الحادية والعشرون بعد المائة', 121],
    ['ar', 'الدورة المائة', 100],
    ['zh', '第一百一十五届会议', 115],
    ['zh', '第一百零五届会议', 105],
    ['zh', '第一百届会议', 100],
    ['zh', '第一百九十九届会议', 199],
  ] as const)('%s: "%s" is session %d', (lang, line, value) => {
    const document = parseAgenda(agenda(lang, line), { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });

  it('reads a Chinese ordinal past a hundred after the body on its line', () => {
    const document = parseAgenda(agenda('zh', '委员会第一百一十五届会议', '消除种族歧视委员会'), { lang: 'zh' });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual(['第一百一十五届会议', 115]);
  });
});

describe('a principal organ meeting on its own', () => {
  it.each([
    ['en', 'United Nations                E/2025/1\nEconomic and Social Council   Distr.: General\n                              13 December 2024\n\n2025 session\n', 'Economic and Social Council'],
    ['fr', 'Nations Unies                 E/2025/1\nConseil économique et social  Distr. générale\n\nSession de 2025\n', 'Conseil économique et social'],
    ['es', 'Naciones Unidas               E/2025/1\nConsejo Económico y Social    Distr. general\n\nPeríodo de sesiones de 2025\n', 'Consejo Económico y Social'],
    ['ru', 'Организация Объединенных Наций   E/2025/1\nЭкономический и Социальный Совет  Distr.: General\n\nСессия 2025 года\n', 'Экономический и Социальный Совет'],
    ['en', 'United Nations                A/79/100\nGeneral Assembly              Distr.: General\n\nSeventy-ninth session\n', 'General Assembly'],
  ] as const)('%s: the masthead organ is the body when no other is named', (lang, masthead, body) => {
    const document = parseAgenda(`${masthead}\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect([document.meeting.body, document.meeting.organ]).toEqual([body, null]);
  });

  it("leaves the body unknown when the symbol is a subsidiary's (the commission's name is not printed)", () => {
    const document = parseAgenda('United Nations                E/CN.7/2025/1\nEconomic and Social Council   Distr.: General\n\nSixty-eighth session\n\nProvisional agenda\n\n1. A\n2. B\n', { lang: 'en' });
    expect(document.meeting.body).toBeNull();
  });
});

describe('masthead fields in other forms', () => {
  it.each([
    ['en', '**CAC/COSP/IRG/2026/1**\n\nDistr.: General\n\nCommittee\nFifth session\n', 'CAC/COSP/IRG/2026/1'],
    ['ar', '**CAC/COSP/IRG/2026/1**\n\nDistr.: General\n\nفريق استعراض التنفيذ\nالدورة الخامسة\n', 'CAC/COSP/IRG/2026/1'],
    ['en', 'United Nations    **E/CN.7/2025/1**\n\nCommission on Narcotic Drugs\nSixty-eighth session\n', 'E/CN.7/2025/1'],
  ] as const)('%s: a symbol in markdown emphasis is the symbol', (lang, masthead, symbol) => {
    const document = parseAgenda(`${masthead}\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect(document.document.symbol).toBe(symbol);
  });

  it.each([
    ['ar', 'توزيع: عام', 'general'],
    ['ar', 'توزيع: محدود', 'limited'],
    ['ar', 'التوزيع: عام', 'general'],
    ['en', 'LIMITED', 'limited'],
    ['en', 'GENERAL', 'general'],
    ['es', 'LIMITADA', 'limited'],
    ['fr', 'GÉNÉRALE', 'general'],
  ] as const)('%s: "%s" in the masthead is the distribution', (lang, printed, value) => {
    const document = parseAgenda(`United Nations                    E/CN.7/2025/1\n                                  ${printed}\n\nCommission\nFifth session\n\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect([document.document.distribution, document.meeting.body]).toEqual([value, 'Commission']);
  });

  it('does not read the Arabic "allocation" (توزيع) of agenda items as a distribution', () => {
    const document = parseAgenda('الجمعية العامة\nالدورة الحادية والثمانون\n\nتوزيع بنود جدول الأعمال على اللجنة الثالثة\n\nجدول الأعمال المؤقت\n\n1. أ\n2. ب\n', { lang: 'ar' });
    expect(document.document.distribution).toBeNull();
  });

  it.each([
    ['fr', 'Nations Unies                              CERD/C/115/1\nConvention internationale sur     Distr. générale\n                                  6 février 2025\nde discrimination raciale\n', '6 février 2025'],
    ['en', 'United Nations                                    DP/2025/L.1\nExecutive Board of the             Distr.: Limited\nUnited Nations Development         28 November 2024\nProgramme\n', '28 November 2024'],
  ] as const)('%s: a date of issue printed inside a wrapped body name keeps its text', (lang, masthead, date) => {
    const document = parseAgenda(`${masthead}\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect(document.dates[0]!.text).toBe(date);
    expect(document.meeting.body).not.toContain(date);
  });
});

describe('sessions of a kind, named by their year', () => {
  // SPEC: sessionNumber counts the body's sessions ("fifth session" → 5); the ordinal of a
  // regular session counts within its year, so a session named by its year has no number.
  it.each([
    ['en', 'First regular session 2025'],
    ['en', 'Second regular session 2024'],
    ['en', 'Annual session 2025'],
    ['en', 'First regular session of 2025'],
    ['fr', 'Première session ordinaire de 2025'],
    ['fr', 'Session annuelle de 2025'],
    ['es', 'Primer período ordinario de sesiones de 2025'],
    ['es', 'Período de sesiones anual de 2025'],
    ['ru', 'Первая очередная сессия 2025 года'],
    ['ru', 'Ежегодная сессия 2025 года'],
    ['ar', 'الدورة العادية الأولى لعام 2025'],
    ['ar', 'الدورة السنوية لعام 2025'],
    ['zh', '2025年第一届常会'],
    ['zh', '2025年年度会议'],
  ] as const)('%s: "%s" is the whole session, without a number', (lang, line) => {
    const document = parseAgenda(agenda(lang, line, 'Executive Board'), { lang });
    expect([document.meeting.session, document.meeting.sessionNumber, document.meeting.body]).toEqual([line, null, 'Executive Board']);
  });

  it.each([
    ['en', 'Fifth session', 5],
    ['ar', 'الدورة العادية الحادية والثلاثون', 31],
  ] as const)('%s: "%s" without a year keeps its number', (lang, line, value) => {
    const document = parseAgenda(agenda(lang, line), { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });
});

describe('a text without an agenda title: prose is no name, venue or date', () => {
  it.each([
    [
      'es',
      'Naciones Unidas                          A/C.6/80/L.1\nAsamblea General                Distr. limitada\n\nOctogésimo período de sesiones\nSexta Comisión\n\n       Organización de los trabajos\n\n       Nota de la Secretaría\n\n1.    En su 2ª sesión plenaria, celebrada el 5 de septiembre de 2025, la Asamblea\nGeneral asignó temas a la Comisión.\n\nJueves 2 de octubre\n\nMañana    Elección del Vicepresidente\n',
      ['Asamblea General', 'Sexta Comisión', 80, null, null],
    ],
    [
      'ar',
      'الأمم المتحدة                        A/C.3/81/1\nالجمعية العامة                      Distr.: General\n\nالدورة الحادية والثمانون\nاللجنة الثالثة\n\n      توزيع بنود جدول الأعمال على اللجنة الثالثة\n\nرسالة مؤرخة 16 أيلول/سبتمبر 2026 موجهة إلى رئيس اللجنة الثالثة من رئيس الجمعية العامة\n\n      أتشرف بأن أحيل إليكم طيه بنود جدول الأعمال التي قررت الجمعية العامة أن تحيلها إلى اللجنة الثالثة.\n\n25 -  التنمية الاجتماعية\n',
      ['الجمعية العامة', 'اللجنة الثالثة', 81, null, null],
    ],
    [
      'en',
      'United Nations                          A/99/123\nGeneral Assembly                Distr.: General\n\nNinety-ninth session\nThird Committee\n\nLetter dated 1 June 2031 from the Permanent Representative of Ruritania to the Secretary-General\n\n1. I have the honour to transmit the list of items.\n\nMonday, 3 October\n',
      ['General Assembly', 'Third Committee', 99, null, null],
    ],
  ] as const)('%s: the meeting is read from the lines above the text', (lang, text, expected) => {
    const m = parseAgenda(text, { lang }).meeting;
    expect([m.body, m.organ, m.sessionNumber, m.venue, m.startDate]).toEqual(expected);
  });

  it('still reads a venue and date line, and a long name glued before its date', () => {
    const text = 'Nations Unies                        CTOC/COP/WG.2/2015/1\n\nGroupe de travail intergouvernemental à composition non limitée sur le recouvrement d’avoirs Vienne, 3 et 4 septembre 2015\n\nOrdre du jour provisoire\n\n1. Questions d’organisation.\n2. Adoption du rapport.\n';
    const m = parseAgenda(text, { lang: 'fr' }).meeting;
    expect([m.startDate, m.endDate]).toEqual(['2015-09-03', '2015-09-04']);
  });

  it('skips a numbered line moved above the title, without losing the names around it', () => {
    const text = 'Организация Объединенных Наций\tA/AC.105/C.3/L.12\nГенеральная Ассамблея\tDistr.: Limited\n2. Заявление Председателя.\n\nКомитет по использованию космического\nпространства в мирных целях\nПодкомитет по космической погоде\n\nВена, 8–17 апреля 2019 года\n\nПредварительная повестка дня\n\n1. Утверждение повестки дня.\n3. Общий обмен мнениями.\n';
    const m = parseAgenda(text, { lang: 'ru' }).meeting;
    expect([m.body, m.organ, m.venue]).toEqual(['Комитет по использованию космического пространства в мирных целях', 'Подкомитет по космической погоде', 'Вена']);
  });
});

describe('the session named by the title when no line above names it', () => {
  it.each([
    ['en', 'Agenda for the 2025 session', '2025 session', null],
    ['en', 'Provisional agenda for the eighty-sixth session', 'eighty-sixth session', 86],
    ['fr', 'Ordre du jour provisoire de la quatre-vingt-sixième session', 'quatre-vingt-sixième session', 86],
    ['es', 'Programa provisional del 86º período de sesiones', '86º período de sesiones', 86],
    ['ru', 'Предварительная повестка дня восемьдесят шестой сессии', 'восемьдесят шестой сессии', 86],
    ['ar', 'جدول الأعمال المؤقت للدورة السادسة والثمانين', 'للدورة السادسة والثمانين', 86],
    ['zh', '第八十六届会议临时议程', '第八十六届会议', 86],
  ] as const)('%s: "%s"', (lang, title, session, value) => {
    const document = parseAgenda(`Conference on Disarmament                    CD/2380\n\n${title}\n\n1. A\n2. B\n`, { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([session, value]);
  });

  it('prefers the session line above the title', () => {
    const document = parseAgenda('Committee\nFifth session\n\nProvisional agenda for the sixth session\n\n1. A\n2. B\n', { lang: 'en' });
    expect(document.meeting.sessionNumber).toBe(5);
  });
});

describe('a masthead glued by a web extraction', () => {
  it.each([
    ['fr', 'FRANÇAISOriginal: ANGLAIS', 'en'],
    ['es', 'ESPAÑOLOriginal: INGLÉS', 'en'],
    ['en', 'ENGLISHOriginal: FRENCH', 'fr'],
  ] as const)('%s: "%s" gives the original language', (lang, printed, value) => {
    const document = parseAgenda(`United Nations                 E/CN.7/2025/1\n\n${printed}\n\nCommission\nFifth session\n\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang });
    expect(document.document.originalLanguage).toBe(value);
  });

  it.each([
    ['fr', 'COMITÉ POUR L’ÉLIMINATION DE LA DISCRIMINATION RACIALESoixante-douzième sessionGenève, 18 février-7 mars 2008', 72],
    ['en', 'COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATIONSeventy-second session', 72],
  ] as const)('%s: an ordinal glued to the name in capitals above it is read whole', (lang, line, value) => {
    const document = parseAgenda(`United Nations                 CERD/C/72/1

${line}

${TITLES[lang]}

1. A
2. B
`, { lang });
    expect(document.meeting.sessionNumber).toBe(value);
  });
});

describe('a session line printed above the body, across a blank line', () => {
  it('keeps the body below it when an agenda title follows', () => {
    const text = 'Distr.\nLIMITADA\n\nLC/CPX.29/1\n3 de julio de 2024\n\nVigesimonoveno período de sesiones\n\nComité de Planificación Territorial de América Latina y el Caribe\nSantiago, 28 y 29 de agosto de 2024\n\nTEMARIO PROVISIONAL ANOTADO\n\n1. Elección de la Mesa.\n2. Otros asuntos.\n';
    const m = parseAgenda(text, { lang: 'es' }).meeting;
    expect([m.body, m.sessionNumber, m.venue]).toEqual(['Comité de Planificación Territorial de América Latina y el Caribe', 29, 'Santiago']);
  });
});

describe('masthead words looked up in the language and distribution tables', () => {
  // The tables are indexed with words from the text: an object's own members are no words.
  it.each(['constructor', 'toString', '__proto__'])('"%s" is neither a distribution nor a language', (word) => {
    const text = `United Nations\tE/C.99/2025/1\nDistr.: ${word}\n1 March 2025\nOriginal: ${word}\n\nCommittee\nFifth session\n\nProvisional agenda\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text);
    expect(doc.document.distribution).toBeNull();
    expect(doc.document.originalLanguage).toBeNull();
  });
});
