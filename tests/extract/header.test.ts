import { describe, expect, it } from 'vitest';
import { extractDatesInLanguages, isoDate } from '../../src/extract/dates.js';
import { extractHeader } from '../../src/extract/header.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { parseAgenda } from '../../src/index.js';
import { contextFor, sliceOf } from '../helpers.js';

function header(text: string, lang: 'ar' | 'en') {
  const ctx = contextFor(text, lang);
  const dates = extractDatesInLanguages(ctx.norm.text, lang === 'ar' ? [ar, en] : [en]);
  const h = extractHeader(ctx, { from: 0, to: ctx.lines.length }, dates);
  return {
    symbol: h.symbol?.value ?? null,
    distribution: h.distribution?.value ?? null,
    issued: h.issued ? isoDate(h.issued.start) : null,
    original: h.originalLanguage?.value ?? null,
    body: h.body ? sliceOf(ctx, h.body) : null,
    organ: h.organ ? sliceOf(ctx, h.organ) : null,
    session: h.session ? [sliceOf(ctx, h.session.span), h.session.value] : null,
    venue: h.venue ? sliceOf(ctx, h.venue) : null,
    meeting: h.meetingDate ? [isoDate(h.meetingDate.start), h.meetingDate.end && isoDate(h.meetingDate.end)] : null,
  };
}

describe('header', () => {
  it('reads the seed masthead and meeting lines', () => {
    const text =
      '\n\nDistr.: General\n10 December 2009\nArabic\nOriginal: English\n\nمؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية\n\n\n\nالفريق العامل المعنى بالاتجار بالأشخاص\nفيينا، ٢٧ كانون الثاني/يناير ٢٠١٠\n';
    expect(header(text, 'ar')).toEqual({
      symbol: null,
      distribution: 'general',
      issued: '2009-12-10',
      original: 'en',
      body: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      organ: 'الفريق العامل المعنى بالاتجار بالأشخاص',
      session: null,
      venue: 'فيينا',
      meeting: ['2010-01-27', null],
    });
  });

  it('reads an English masthead with symbol, session and a date range; skips job numbers', () => {
    const text =
      'United Nations\nE/CN.15/2010/1\nEconomic and Social Council\nDistr.: Limited\n5 March 2010\nOriginal: English\nV.10-51234 (E)\n\nCommission on Crime Prevention and Criminal Justice\nNineteenth session\nVienna, 17-21 May 2010\n';
    expect(header(text, 'en')).toEqual({
      symbol: 'E/CN.15/2010/1',
      distribution: 'limited',
      issued: '2010-03-05',
      original: 'en',
      body: 'Economic and Social Council',
      organ: 'Commission on Crime Prevention and Criminal Justice',
      session: ['Nineteenth session', 19],
      venue: 'Vienna',
      meeting: ['2010-05-17', '2010-05-21'],
    });
  });
});

describe('sessions', () => {
  it.each([
    ['en', 'Commission on Narcotic Drugs, fifty-third session', 'fifty-third session', 53],
    ['en', 'Sixty-fifth session', 'Sixty-fifth session', 65],
    ['ar', 'الدورة الحادية عشرة', 'الدورة الحادية عشرة', 11],
    ['ar', 'الدورة الخامسة عشرة للجنة', 'الدورة الخامسة عشرة', 15],
    ['ar', 'الدورة الثالثة والخمسون', 'الدورة الثالثة والخمسون', 53],
    ['ar', 'الدورة الحادية والعشرون', 'الدورة الحادية والعشرون', 21],
    ['ru', 'Пятьдесят третья сессия', 'Пятьдесят третья сессия', 53],
    ['zh', '委员会第五届会议', '第五届会议', 5],
    ['fr', 'Cinquante-troisième session', 'Cinquante-troisième session', 53],
    ['es', 'Quincuagésimo tercer período de sesiones', 'Quincuagésimo tercer período de sesiones', 53],
  ] as const)('%s: %s', (language, line, printed, number) => {
    const document = parseAgenda(`Distr.: General\n\nBody\n${line}\n\nProvisional agenda\n\n1. Opening.`, { lang: language });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([printed, number]);
  });
});

describe('header lines that name no body', () => {
  it('skips "Item 4 of the provisional agenda"', () => {
    const document = parseAgenda(
      'Distr.: General\n\nCommission on Narcotic Drugs\nFifty-third session\nVienna, 8-12 March 2010\nItem 4 of the provisional agenda\n\nProvisional agenda\n\n1. Opening.',
      { lang: 'en' },
    );
    expect([document.meeting.body, document.meeting.organ]).toEqual(['Commission on Narcotic Drugs', null]);
  });

  it('does not take the title of the item a document belongs to for a body', () => {
    const document = parseAgenda(
      'Distr.: General\n\nConference of the Parties\nFifteenth session\nCopenhagen, 7-18 December 2009\nItem 2 (c) of the provisional agenda\nOrganizational matters\nAdoption of the agenda\n\nProvisional agenda and annotations\n\n1. Opening of the session.',
      { lang: 'en' },
    );
    expect([document.meeting.body, document.meeting.organ, document.meeting.sessionNumber]).toEqual(['Conference of the Parties', null, 15]);
  });

  it('reads "Distr." and "GENERAL" printed on two lines', () => {
    const document = parseAgenda(
      'UNITED NATIONS\n\nDistr.\nGENERAL\n\nFCCC/CP/2001/1\n20 August 2001\n\nOriginal: ENGLISH\n\nCONFERENCE OF THE PARTIES\nSeventh session\n\nPROVISIONAL AGENDA AND ANNOTATIONS\n\n1. Opening of the session.',
      { lang: 'en' },
    );
    expect([document.document.distribution, document.document.symbol, document.meeting.body]).toEqual([
      'general',
      'FCCC/CP/2001/1',
      'CONFERENCE OF THE PARTIES',
    ]);
  });
});

describe('session lines in the forms bodies print them', () => {
  it.each([
    ['es', 'Vigesimonoveno período de sesiones', 29],
    ['es', '13er período de sesiones', 13],
    ['es', '21 er período de sesiones', 21],
    ['es', '2do período de sesiones', 2],
    // The degree sign printed for the ordinal indicator.
    ['es', '97° período de sesiones', 97],
    ['es', '97º período de sesiones', 97],
    ['es', 'Primer período extraordinario de sesiones', 1],
    ['en', 'Twenty-seventh special session', 27],
    ['ru', 'Двадцать седьмая специальная сессия', 27],
    ['ar', 'الاجتماع الرابع عشر', 14],
    ['ar', 'الاجتماع الحادي والعشرون', 21],
  ] as const)('%s: "%s" is session %d', (lang, line, value) => {
    const document = parseAgenda(`Body\n${line}\n\n${lang === 'ar' ? 'جدول الأعمال المؤقت' : lang === 'es' ? 'Programa provisional' : lang === 'ru' ? 'Предварительная повестка дня' : 'Provisional agenda'}\n\n1. A\n`, { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });

  it('reads an Arabic organ on the line after its body, with no blank line between', () => {
    const text = 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد\nفريق استعراض التنفيذ\nالدورة الخامسة\n';
    expect(header(text, 'ar')).toMatchObject({
      body: 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد',
      organ: 'فريق استعراض التنفيذ',
      session: ['الدورة الخامسة', 5],
    });
  });
});

describe('an Arabic session with its kind before its ordinal', () => {
  it.each([
    ['الدورة العادية الحادية والثلاثون', 31],
    ['الدورة الاستثنائية الثالثة', 3],
  ])('%s is session %d', (line, value) => {
    const document = parseAgenda(`الجمعية العامة\n${line}\n\nجدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n`, { lang: 'ar' });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });
});
