// The Security Council's masthead (S/Agenda/…): "Security Council    Provisional" /
// "Seventy-ninth year" / "10412th meeting" / date and hour / venue. The Council is the body, its
// status word masthead noise, its year the session (its number the session's), and its meeting
// line no body, organ nor session. Our own sentences in that form, six languages.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface CouncilForm {
  organisation: string;
  council: string;
  status: string;
  year: string;
  yearNumber: number;
  meeting: string;
  dateLine: string;
  venue: string;
  title: string;
  item: string;
}

const FORMS: Record<Language, CouncilForm> = {
  en: { organisation: 'United Nations', council: 'Security Council', status: 'Provisional', year: 'Eighty-third year', yearNumber: 83, meeting: '11204th meeting', dateLine: 'Wednesday, 4 June 2031, at 3 p.m.', venue: 'New York', title: 'Provisional agenda', item: '1. Adoption of the agenda.' },
  fr: { organisation: 'Nations Unies', council: 'Conseil de sécurité', status: 'Provisoire', year: 'Quatre-vingt-troisième année', yearNumber: 83, meeting: '11204e séance', dateLine: 'Mercredi 4 juin 2031, à 15 heures', venue: 'New York', title: 'Ordre du jour provisoire', item: '1. Adoption de l’ordre du jour.' },
  es: { organisation: 'Naciones Unidas', council: 'Consejo de Seguridad', status: 'Provisional', year: 'Octogésimo tercer año', yearNumber: 83, meeting: '11204ª sesión', dateLine: 'Miércoles 4 de junio de 2031, a las 15.00 horas', venue: 'Nueva York', title: 'Orden del día provisional', item: '1. Aprobación del orden del día.' },
  ru: { organisation: 'Организация Объединенных Наций', council: 'Совет Безопасности', status: 'Предварительный', year: 'Восемьдесят третий год', yearNumber: 83, meeting: '11204-е заседание', dateLine: 'Среда, 4 июня 2031 года, 15 ч. 00 м.', venue: 'Нью-Йорк', title: 'Предварительная повестка дня', item: '1. Утверждение повестки дня.' },
  ar: { organisation: 'الأمم المتحدة', council: 'مجلس الأمن', status: 'مؤقت', year: 'السنة الثالثة والثمانون', yearNumber: 83, meeting: 'الجلسة 11204', dateLine: 'الأربعاء، 4 حزيران/يونيه 2031، الساعة 15:00', venue: 'نيويورك', title: 'جدول الأعمال المؤقت', item: '1 - إقرار جدول الأعمال.' },
  zh: { organisation: '联合国', council: '安全理事会', status: '临时', year: '第八十三年', yearNumber: 83, meeting: '第11204次会议', dateLine: '2031年6月4日星期三下午3时', venue: '纽约', title: '临时议程', item: '1. 通过议程。' },
};

function agenda(form: CouncilForm, councilLine: string): string {
  return [
    `${form.organisation}                                        S/Agenda/11204`,
    councilLine,
    form.year,
    form.meeting,
    form.dateLine,
    form.venue,
    '',
    form.title,
    '',
    form.item,
  ].join('\n');
}

describe('Security Council masthead: the Council is the body, its year the session, its meeting nothing', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, CouncilForm][]) {
    const layouts: [string, string][] = [
      ['status in a column of its own', `${form.council}                                    ${form.status}`],
      // A dense extraction runs the status onto the name (a space; none in Chinese).
      ['status run onto the name', lang === 'zh' ? `${form.council}${form.status}` : `${form.council} ${form.status}`],
      ['no status', form.council],
    ];
    for (const [layout, councilLine] of layouts) {
      it(`${lang}: ${layout}`, () => {
        const text = agenda(form, councilLine);
        const parsed = parseAgenda(text, { lang });
        const meeting = parsed.meeting;
        // The symbol keeps its mixed-case "Agenda", as "Add." and "Rev." keep theirs.
        expect(parsed.document.symbol).toBe('S/Agenda/11204');
        expect(meeting.body).toBe(form.council);
        expect(meeting.organ).toBeNull();
        expect(meeting.session).toBe(form.year);
        expect(meeting.sessionNumber).toBe(form.yearNumber);
        expect(meeting.venue).toBe(form.venue);
        expect(meeting.startDate).toBe('2031-06-04');
        // The spans point at the text as printed.
        const spans = meeting.spans!;
        expect(text.slice(spans.body!.start, spans.body!.end)).toBe(form.council);
        expect(text.slice(spans.session!.start, spans.session!.end)).toBe(form.year);
      });
    }
  }
});

describe('the Council’s year and meeting words elsewhere are read as before', () => {
  it('en: a year line under another body is no session', () => {
    const text = ['United Nations                                        E/CN.99/2031/1', 'Commission on Examples', 'Eighty-third year', '', 'Provisional agenda', '', '1. Adoption of the agenda.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.sessionNumber).toBeNull();
  });
  it('en: "Security Council" with a status and a longer name after it is not the Council’s masthead', () => {
    const text = ['United Nations                                        S/2031/5', 'Security Council Provisional Committee on Examples', 'Fifth session', '', 'Provisional agenda', '', '1. Adoption of the agenda.'].join('\n');
    const meeting = parseAgenda(text, { lang: 'en' }).meeting;
    expect(meeting.body).not.toBe('Security Council');
    expect(meeting.sessionNumber).toBe(5);
  });
});

// Variants of the same masthead: the status word on a line of its own under the name, and the
// year (with or without the status beside the name) printed above the Council's name.
describe('Security Council masthead variants: status on its own line, year above the name', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, CouncilForm][]) {
    const beside = lang === 'zh' ? `${form.council}${form.status}` : `${form.council}                                    ${form.status}`;
    const variants: [string, string[]][] = [
      ['status on its own line', [form.council, form.status, form.year, form.meeting]],
      ['year above the name with its status', [form.year, beside, form.meeting]],
      ['year above the name, status on its own line', [form.year, form.council, form.status, form.meeting]],
      ['year and meeting above the name', [form.year, form.meeting, form.council]],
    ];
    for (const [variant, masthead] of variants) {
      it(`${lang}: ${variant}`, () => {
        const text = [`${form.organisation}                                        S/Agenda/11204`, ...masthead, form.dateLine, form.venue, '', form.title, '', form.item].join('\n');
        const meeting = parseAgenda(text, { lang }).meeting;
        expect(meeting.body).toBe(form.council);
        expect(meeting.organ).toBeNull();
        expect(meeting.session).toBe(form.year);
        expect(meeting.sessionNumber).toBe(form.yearNumber);
        expect(meeting.venue).toBe(form.venue);
        expect(meeting.startDate).toBe('2031-06-04');
        expect(text.slice(meeting.spans!.session!.start, meeting.spans!.session!.end)).toBe(form.year);
      });
    }
  }
  it('en: a year line with no Council’s name below it is still no session', () => {
    const text = ['United Nations                                        E/CN.99/2031/1', 'Eighty-third year', 'Commission on Examples', '', 'Provisional agenda', '', '1. Adoption of the agenda.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.sessionNumber).toBeNull();
  });
});
