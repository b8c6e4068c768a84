// Audit: forms of real agendas whose venue the header misread. The Security Council's agenda
// (S/Agenda/…) prints the meeting's date with its hour ("Tuesday, 14 March 2034, at 10 a.m.")
// and its venue alone on the next line ("New York"): the hour is no venue, the line under it is.
// In Russian the date line ends in the hour's abbreviation ("15 ч. 00 м."): no sentence.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface CouncilMasthead {
  organisation: string;
  council: string;
  year: string;
  meeting: string;
  dateLine: string;
  venue: string;
  title: string;
  item: string;
}

/** Our own sentences in the Security Council's masthead form, per language. */
const COUNCIL: Partial<Record<Language, CouncilMasthead>> = {
  en: { organisation: 'United Nations', council: 'Security Council', year: 'Eighty-first year', meeting: '10977th meeting', dateLine: 'Thursday, 9 October 2036, at 3 p.m.', venue: 'New York', title: 'Provisional agenda', item: '1. Adoption of the agenda.' },
  fr: { organisation: 'Nations Unies', council: 'Conseil de sécurité', year: 'Quatre-vingt-unième année', meeting: '10977e séance', dateLine: 'Jeudi 9 octobre 2036, à 15 heures', venue: 'New York', title: 'Ordre du jour provisoire', item: '1. Adoption de l’ordre du jour.' },
  es: { organisation: 'Naciones Unidas', council: 'Consejo de Seguridad', year: 'Octogésimo primer año', meeting: '10977ª sesión', dateLine: 'Jueves 9 de octubre de 2036, a las 15.00 horas', venue: 'Nueva York', title: 'Orden del día provisional', item: '1. Aprobación del orden del día.' },
  ar: { organisation: 'الأمم المتحدة', council: 'مجلس الأمن', year: 'السنة الحادية والثمانون', meeting: 'الجلسة 10977', dateLine: 'الخميس، 9 تشرين الأول/أكتوبر 2036، الساعة 15:00', venue: 'نيويورك', title: 'جدول الأعمال المؤقت', item: '1 - إقرار جدول الأعمال.' },
  ru: { organisation: 'Организация Объединенных Наций', council: 'Совет Безопасности', year: 'Восемьдесят первый год', meeting: '10977-е заседание', dateLine: 'Четверг, 9 октября 2036 года, 15 ч. 00 м.', venue: 'Нью-Йорк', title: 'Предварительная повестка дня', item: '1. Утверждение повестки дня.' },
  zh: { organisation: '联合国', council: '安全理事会', year: '第八十一年', meeting: '第10977次会议', dateLine: '2036年10月9日星期四下午3时', venue: '纽约', title: '临时议程', item: '1. 通过议程。' },
};

describe('Security Council masthead: the hour after the date is no venue; the place under it is', () => {
  for (const [lang, form] of Object.entries(COUNCIL) as [Language, CouncilMasthead][]) {
    it(lang, () => {
      const text = [
        `${form.organisation}                                        S/Agenda/10977`,
        form.council,
        form.year,
        form.meeting,
        form.dateLine,
        form.venue,
        '',
        form.title,
        '',
        form.item,
      ].join('\n');
      const doc = parseAgenda(text, { lang, spans: false });
      expect(doc.meeting.venue).toBe(form.venue);
      expect(doc.meeting.startDate).toBe('2036-10-09');
      expect(doc.meeting.organ).not.toBe(form.venue);
    });
  }
});

describe('a venue printed before the date is still read, and a name under the date line stays a name', () => {
  it('en: "Vienna, 27-29 January 2036" keeps Vienna', () => {
    const doc = parseAgenda(['Working Group on Firearms', 'Vienna, 27-29 January 2036', '', 'Provisional agenda', '', '1. Opening of the meeting.'].join('\n'), { lang: 'en', spans: false });
    expect(doc.meeting.venue).toBe('Vienna');
  });
  it('en: a dated sentence in the header stays prose', () => {
    const doc = parseAgenda(['Letter dated 3 May 2036 from the Chair addressed to the Secretary-General of the Conference.', '', 'Provisional agenda', '', '1. Opening of the meeting.'].join('\n'), { lang: 'en', spans: false });
    expect(doc.meeting.startDate).toBeNull();
  });
  it('en: a long name under a date line without venue is no venue', () => {
    const doc = parseAgenda(['Fifth session', '27-29 January 2036', 'Working Group on the Review of Implementation', '', 'Provisional agenda', '', '1. Opening of the meeting.'].join('\n'), { lang: 'en', spans: false });
    expect(doc.meeting.venue).toBeNull();
  });
});

interface RunTogetherMasthead {
  organ: string;
  issued: string;
  distr: string;
  original: string;
  body: string;
  meeting: string;
  venue: string;
  title: string;
  item: string;
}

/**
 * "Economic and Social Council 18 December 2035<TAB>Distr.: General": a PDF extraction runs the
 * date of issue into the principal organ's cell. Our own sentences, per language; Arabic, Russian
 * and Chinese versions print the masthead in English or translate the organ's name.
 */
const RUN_TOGETHER: Record<Language, RunTogetherMasthead> = {
  en: { organ: 'Economic and Social Council', issued: '18 December 2035', distr: 'Distr.: General', original: 'Original: English', body: 'Economic Commission for Europe', meeting: 'Geneva, 9–12 March 2036', venue: 'Geneva', title: 'Provisional agenda', item: '1. Adoption of the agenda.' },
  fr: { organ: 'Conseil économique et social', issued: '18 décembre 2035', distr: 'Distr. générale', original: 'Original : anglais', body: 'Commission économique pour l’Europe', meeting: 'Genève, 9-12 mars 2036', venue: 'Genève', title: 'Ordre du jour provisoire', item: '1. Adoption de l’ordre du jour.' },
  es: { organ: 'Consejo Económico y Social', issued: '18 de diciembre de 2035', distr: 'Distr. general', original: 'Original: inglés', body: 'Comisión Económica para Europa', meeting: 'Ginebra, 9 a 12 de marzo de 2036', venue: 'Ginebra', title: 'Programa provisional', item: '1. Aprobación del programa.' },
  ru: { organ: 'Economic and Social Council', issued: '18 December 2035', distr: 'Distr.: General', original: 'Original: English', body: 'Европейская экономическая комиссия', meeting: 'Женева, 9–12 марта 2036 года', venue: 'Женева', title: 'Предварительная повестка дня', item: '1. Утверждение повестки дня.' },
  ar: { organ: 'Economic and Social Council', issued: '18 December 2035', distr: 'Distr.: General', original: 'Original: English', body: 'اللجنة الاقتصادية لأوروبا', meeting: 'جنيف، 9-12 آذار/مارس 2036', venue: 'جنيف', title: 'جدول الأعمال المؤقت', item: '1 - إقرار جدول الأعمال.' },
  zh: { organ: 'Economic and Social Council', issued: '18 December 2035', distr: 'Distr.: General', original: 'Original: English', body: '欧洲经济委员会', meeting: '2036年3月9日至12日，日内瓦', venue: '日内瓦', title: '临时议程', item: '1. 通过议程。' },
};

describe('date of issue run into the principal organ’s masthead cell', () => {
  for (const [lang, form] of Object.entries(RUN_TOGETHER) as [Language, RunTogetherMasthead][]) {
    it(lang, () => {
      const text = [
        'United Nations\tECE/TRANS/WP.99/2036/1',
        '',
        `${form.organ} ${form.issued}\t${form.distr}`,
        '',
        form.original,
        '',
        form.body,
        form.meeting,
        '',
        form.title,
        '',
        form.item,
      ].join('\n');
      const doc = parseAgenda(text, { lang, spans: false });
      expect(doc.document.issued).toBe('2035-12-18');
      expect(doc.meeting.startDate).toBe('2036-03-09');
      expect(doc.meeting.venue).toBe(form.venue);
    });
  }
  it('en: a body’s own name before a date is not read so', () => {
    const text = ['United Nations\tECE/TRANS/WP.99/2036/1', '', 'Inland Transport Committee 18 December 2035\tDistr.: General', '', 'Provisional agenda', '', '1. Adoption of the agenda.'].join('\n');
    expect(parseAgenda(text, { lang: 'en', spans: false }).document.issued).not.toBe('2035-12-18');
  });
});
