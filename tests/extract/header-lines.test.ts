// The masthead and meeting lines as extractions print them: several fields on one line or in one
// cell, columns aligned with spaces, the logo's letter apart from the symbol, names wrapped over
// short lines, sessions with the words that qualify them. Every text here is made up.
import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { extractHeader } from '../../src/extract/header.js';
import { fieldText } from '../../src/extract/text-fields.js';
import { en } from '../../src/locales/en.js';
import { localeFor } from '../../src/locales/index.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { contextFor, sliceOf } from '../helpers.js';

/** The header as the pipeline reads it, its names' text without the masthead inside them. */
function header(text: string, lang: Language) {
  const ctx = contextFor(text, lang);
  const locale = localeFor(lang);
  const dates = extractDatesInLanguages(ctx.norm.text, locale === en ? [en] : [locale, en]);
  const h = extractHeader(ctx, { from: 0, to: ctx.lines.length }, dates);
  const named = { ...ctx, furniture: h.furniture };
  return {
    symbol: h.symbol?.value ?? null,
    distribution: h.distribution?.value ?? null,
    issued: h.issued ? isoDate(h.issued.start) : null,
    original: h.originalLanguage?.value ?? null,
    body: h.body ? fieldText(named, h.body) : null,
    organ: h.organ ? fieldText(named, h.organ) : null,
    session: h.session ? [sliceOf(ctx, h.session.span), h.session.value] : null,
    venue: h.venue ? sliceOf(ctx, h.venue) : null,
    meeting: h.meetingDate ? [isoDate(h.meetingDate.start), h.meetingDate.end && isoDate(h.meetingDate.end)] : null,
  };
}

describe('masthead fields run together', () => {
  it('reads every field of a flattened masthead, and the meeting line after it (en)', () => {
    const text = [
      'United Nations E',
      '',
      '/CN.99/2031/1',
      '',
      'Economic and Social Council',
      '',
      'Distr.: General 3 February 2031 Original: English',
      '',
      'Commission on Widget Standards',
      '',
      'Twelfth session Geneva, 4-8 May 2031 Item 2 of the provisional agenda*',
      '',
      'Adoption of the agenda',
      '',
    ].join('\n');
    expect(header(text, 'en')).toEqual({
      symbol: 'E/CN.99/2031/1',
      distribution: 'general',
      issued: '2031-02-03',
      original: 'en',
      body: 'Economic and Social Council',
      organ: 'Commission on Widget Standards',
      session: ['Twelfth session', 12],
      venue: 'Geneva',
      meeting: ['2031-05-04', '2031-05-08'],
    });
  });

  it('reads a letter-spaced logo with the symbol, and the version language between the fields (zh)', () => {
    const text = '联 合 国 XYZ/COP/WG.2/2031/1\n\n公约缔约方会议\n\nDistr.: General 26 March 2031 Chinese Original: English\n\n工作组\n第三届会议\n';
    expect(header(text, 'zh')).toMatchObject({
      symbol: 'XYZ/COP/WG.2/2031/1',
      issued: '2031-03-26',
      original: 'en',
      body: '公约缔约方会议',
      organ: '工作组',
      session: ['第三届会议', 3],
    });
  });

  it('reads the masthead after a name on the same line (fr)', () => {
    const text = 'Conférence des Parties à la Convention sur les forêts\ncontre la désertification Distr. générale 9 janvier 2031\nFrançais\nOriginal : anglais\n\nGroupe de travail\nVienne, 3-5 mars 2031\n';
    expect(header(text, 'fr')).toMatchObject({
      distribution: 'general',
      issued: '2031-01-09',
      original: 'en',
      body: 'Conférence des Parties à la Convention sur les forêts contre la désertification',
      organ: 'Groupe de travail',
      venue: 'Vienne',
    });
  });

  it('reads "Original: English/French" whole (es)', () => {
    const text = 'Distr. general\n5 de marzo de 2031\nEspañol\nOriginal: inglés/francés\n\nComité de Expertos en Tejidos\n';
    expect(header(text, 'es')).toMatchObject({ issued: '2031-03-05', original: 'en', body: 'Comité de Expertos en Tejidos', organ: null });
  });

  it('keeps "United Nations" that a name begins or ends with', () => {
    expect(header('United Nations\tA/CN.99/1\nGeneral Assembly\tDistr.: General\n\nUnited Nations Commission on Widget Law\nFifth session\n', 'en')).toMatchObject({
      symbol: 'A/CN.99/1',
      body: 'General Assembly',
      organ: 'United Nations Commission on Widget Law',
    });
    expect(header('Conference of the Parties to the United Nations Original: English\nConvention on Widgets\n', 'en').body).toBe(
      'Conference of the Parties to the United Nations Convention on Widgets',
    );
  });

  it('takes a lone capital for the logo only when the rest of a symbol follows', () => {
    expect(header('United Nations A\n\nDistr.: General\n\nCommittee on Widgets\n', 'en')).toMatchObject({ symbol: null, body: 'Committee on Widgets' });
    expect(header('United Nations S /2031/12\n\nDistr.: General\n', 'en').symbol).toBe('S/2031/12');
    expect(header('Working Group A\nSecond meeting\n', 'en')).toMatchObject({ symbol: null, body: 'Working Group A' });
  });
});

describe('columns aligned with spaces', () => {
  it('reads the left column as the name and the right as the masthead (en)', () => {
    const text = [
      'United Nations                                              XYZ/COSP/WG.1/2031/1',
      '           Conference of the States Parties                  Distr.: General',
      '                                                             2 April 2031',
      '           to the United Nations                             Original: English',
      '           Convention on Widgets',
      '',
      'Review Group',
      'Resumed third session',
      'Vienna, 1-3 June 2031',
      '',
    ].join('\n');
    expect(header(text, 'en')).toEqual({
      symbol: 'XYZ/COSP/WG.1/2031/1',
      distribution: 'general',
      issued: '2031-04-02',
      original: 'en',
      body: 'Conference of the States Parties to the United Nations Convention on Widgets',
      organ: 'Review Group',
      session: ['Resumed third session', 3],
      venue: 'Vienna',
      meeting: ['2031-06-01', '2031-06-03'],
    });
  });

  it('does the same in Spanish', () => {
    const text = 'Naciones Unidas                                  XYZ/COP/2031/1\n   Conferencia de las Partes en la                Distr. general\n   Convención sobre los Tejidos                   7 de abril de 2031\n                                                  Original: inglés\n\nGrupo de Trabajo sobre Hilos\n';
    expect(header(text, 'es')).toMatchObject({
      symbol: 'XYZ/COP/2031/1',
      issued: '2031-04-07',
      body: 'Conferencia de las Partes en la Convención sobre los Tejidos',
      organ: 'Grupo de Trabajo sobre Hilos',
    });
  });
});

describe('job numbers', () => {
  it.each([
    ['ar', 'V.31-01234 (A)    010431    020431'],
    ['en', 'V.31-01234 (E)\t010431\t020431'],
    ['ru', 'V.31-01234 (R) 010431 020431'],
  ] as const)('%s: "%s" is furniture, print dates and all', (lang, line) => {
    const body = lang === 'ar' ? 'لجنة المنسوجات' : lang === 'ru' ? 'Комиссия по тканям' : 'Commission on Textiles';
    expect(header(`Distr.: General\n\n${line}\n\n*3101234*\n\n${body}\n`, lang)).toMatchObject({ body, organ: null });
  });

  it('keeps six-digit numbers that no job number stands beside', () => {
    expect(header('Distr.: General\n\nPanel 123456\n', 'en').body).toBe('Panel 123456');
  });
});

describe('names wrapped over short lines', () => {
  it.each([
    ['ru', ['Конференция участников', 'Конвенции о защите', 'перелетных птиц и', 'их местообитаний'], 'Рабочая группа по гнездам'],
    ['ar', ['مؤتمر الأطراف في اتفاقية', 'حماية الطيور المهاجرة'], 'فريق الخبراء المعني بالأعشاش'],
    ['es', ['Conferencia de las Partes', 'en el Convenio sobre', 'Aves Migratorias'], 'Grupo de Trabajo sobre Nidos'],
    ['fr', ['Conférence des Parties', 'à la Convention sur', 'les oiseaux migrateurs'], 'Groupe de travail sur les nids'],
    ['en', ['Conference of the Parties', 'Convention on Migratory', 'Birds and their Habitats'], 'Working Group on Nests'],
  ] as const)('%s: the lines of a name are one name, the organ after it another', (lang, lines, organ) => {
    const venue = { ru: 'Вена, 18-20 мая 2031 года', ar: 'فيينا، ١٨-٢٠ أيار/مايو ٢٠٣١', es: 'Viena, 18 a 20 de mayo de 2031', fr: 'Vienne, 18-20 mai 2031', en: 'Vienna, 18-20 May 2031' }[lang];
    const text = `${lines.join('\n')}\tDistr.: General\n7 March 2031\nOriginal: English\n\n${organ}\n${venue}\n`;
    expect(header(text, lang)).toMatchObject({ body: lines.join(' '), organ, meeting: ['2031-05-18', '2031-05-20'] });
  });

  it('keeps apart a name that ends with its head and the next one', () => {
    expect(header('Economic and Social Council\nCommission on Widgets\nFifth session\n', 'en')).toMatchObject({
      body: 'Economic and Social Council',
      organ: 'Commission on Widgets',
    });
    expect(header('Совет по тканям\nРабочая группа\n', 'ru')).toMatchObject({ body: 'Совет по тканям', organ: 'Рабочая группа' });
    expect(header('Conference of the Parties\nSubsidiary Body for Advice\n', 'en')).toMatchObject({
      body: 'Conference of the Parties',
      organ: 'Subsidiary Body for Advice',
    });
  });

  it('keeps a logo acronym apart, and drops the logo words wrapped one a line', () => {
    expect(header('XYZ\nCONVENTION SUR LES\nTISSUS\tDistr.\nGÉNÉRALE\n\nGROUPE DE TRAVAIL\n', 'fr')).toMatchObject({
      distribution: 'general',
      body: 'CONVENTION SUR LES TISSUS',
      organ: 'GROUPE DE TRAVAIL',
    });
    expect(header('NACIONES\nUNIDAS\nComisión de Tejidos\tDistr. general\n', 'es')).toMatchObject({ body: 'Comisión de Tejidos', organ: null });
  });

  it('reads the Russian logo line as masthead', () => {
    expect(header('Организация Объединенных Наций\tXYZ/1\nЭкономический и Социальный Совет\tDistr.: General\n\nКомиссия по тканям\n', 'ru')).toMatchObject({
      symbol: 'XYZ/1',
      body: 'Экономический и Социальный Совет',
      organ: 'Комиссия по тканям',
    });
  });
});

describe('meeting lines carrying several things', () => {
  it.each([
    ['en', 'Ninth session, Nairobi, 2-6 March 2031', 'Ninth session', 'Nairobi'],
    ['en', 'Nairobi, 2-6 March 2031, ninth session', 'ninth session', 'Nairobi'],
    ['fr', 'Neuvième session Nairobi, 2-6 mars 2031 Point 3 de l’ordre du jour provisoire', 'Neuvième session', 'Nairobi'],
    ['es', 'Noveno período de sesiones Nairobi, 2 a 6 de marzo de 2031 Tema 3 del programa provisional', 'Noveno período de sesiones', 'Nairobi'],
    ['ru', 'Девятая сессия Найроби, 2-6 марта 2031 года Пункт 3 предварительной повестки дня', 'Девятая сессия', 'Найроби'],
    ['ar', 'الدورة التاسعة نيروبي، ٢-٦ آذار/مارس ٢٠٣١ البند ٣ من جدول الأعمال المؤقت', 'الدورة التاسعة', 'نيروبي'],
    ['zh', '第九届会议 2031年3月2日至6日，内罗毕 临时议程项目3', '第九届会议', '内罗毕'],
  ] as const)('%s: %s', (lang, line, session, venue) => {
    const h = header(`Committee on Widgets\n${line}\n`, lang);
    expect(h).toMatchObject({ body: 'Committee on Widgets', organ: null, session: [session, 9], venue, meeting: ['2031-03-02', '2031-03-06'] });
  });
});

describe('sessions with their qualifiers, and without a number', () => {
  it.each([
    ['en', 'Resumed eighth session', 8],
    ['en', 'Reconvened sixty-fourth session', 64],
    ['en', 'Eighth session (resumed)', 8],
    ['fr', 'Reprise de la huitième session', 8],
    ['es', 'Continuación del octavo período de sesiones', 8],
    ['ru', 'Возобновленная восьмая сессия', 8],
    ['ar', 'الدورة الثامنة المستأنفة', 8],
    ['zh', '第八届会议续会', 8],
    ['en', 'Special session', null],
    ['en', 'Resumed special session', null],
    ['fr', 'Session extraordinaire', null],
    ['es', 'Período extraordinario de sesiones', null],
    ['ru', 'Специальная сессия', null],
    ['ar', 'الدورة الاستثنائية', null],
    ['en', '2031 session', null],
    ['fr', 'Session de 2031', null],
    ['es', 'Período de sesiones de 2031', null],
    ['ru', 'Сессия 2031 года', null],
  ] as const)('%s: "%s" is the session (%s)', (lang, line, value) => {
    const title = { en: 'Provisional agenda', fr: 'Ordre du jour provisoire', es: 'Programa provisional', ru: 'Предварительная повестка дня', ar: 'جدول الأعمال المؤقت', zh: '临时议程' }[lang];
    const document = parseAgenda(`Distr.: General\n\nCommittee on Widgets\n${line}\n\n${title}\n\n1. A\n`, { lang });
    expect([document.meeting.session, document.meeting.sessionNumber, document.meeting.organ]).toEqual([line, value, null]);
  });

  it('reads no session number from a year or from zero', () => {
    const document = parseAgenda('Distr.: General\n\nCommittee on Widgets\nMeeting 0\n\nProvisional agenda\n\n1. A\n', { lang: 'en' });
    expect(document.meeting.sessionNumber).toBeNull();
  });
});

describe('a masthead in space-aligned columns, through the whole pipeline', () => {
  it('leaves the masthead cells out of the body named beside them', () => {
    const text = [
      'Conference of the States Parties          Distr.: General',
      'to the United Nations                     21 March 2030',
      'Convention against Corruption             Original: English',
      '',
      'Provisional agenda',
      '',
      '1. Opening of the session.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.meeting.body).toBe('Conference of the States Parties to the United Nations Convention against Corruption');
    expect([document.document.distribution, document.document.issued, document.document.originalLanguage]).toEqual(['general', '2030-03-21', 'en']);
  });
});

describe('forms found in a third round of probing', () => {
  it('reads an Arabic masthead that translates "Distr."', () => {
    const document = parseAgenda('الجمعية العامة\nالتوزيع: عام\n\nجدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n', { lang: 'ar' });
    expect([document.document.distribution, document.meeting.body]).toEqual(['general', 'الجمعية العامة']);
  });

  it('takes a job number printed in the masthead for no body', () => {
    const document = parseAgenda('19-00631 (S)\nComisión de Planificación\n\nPrograma provisional\n\n1. Apertura.\n', { lang: 'es' });
    expect(document.meeting.body).toBe('Comisión de Planificación');
  });

  it('reads an executive session', () => {
    const document = parseAgenda('Trade Board\nFifty-eighth executive session\n\nProvisional agenda\n\n1. Opening.\n', { lang: 'en' });
    expect([document.meeting.session, document.meeting.sessionNumber, document.meeting.organ]).toEqual(['Fifty-eighth executive session', 58, null]);
  });

  it('reads non-breaking hyphens in ordinals, ranges and symbols', () => {
    const document = parseAgenda('CEDAW/C/ABC/6\u20117\n\nCommittee\nForty\u2011seventh session\nGeneva, 4\u201122 October 2010\n\nProvisional agenda\n\n1. Opening.\n', { lang: 'en' });
    expect([document.document.symbol, document.meeting.sessionNumber, document.meeting.startDate, document.meeting.endDate]).toEqual([
      'CEDAW/C/ABC/6-7',
      47,
      '2010-10-04',
      '2010-10-22',
    ]);
  });

  it('finds an annex heading centred by a layout-preserving extraction', () => {
    const text = 'Provisional agenda\n\n1. Opening.\n\n' + ' '.repeat(34) + 'Annex\n\nProposed organization of work\n\nMonday, 4 October\n10 a.m.-1 p.m.\t1\tOpening\n';
    expect(parseAgenda(text, { lang: 'en' }).schedule).toHaveLength(1);
  });
});
