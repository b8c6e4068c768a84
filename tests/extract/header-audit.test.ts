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
