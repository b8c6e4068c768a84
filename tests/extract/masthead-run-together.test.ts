// Masthead forms that extractions run together or break apart. Our own sentences in the forms
// real documents print:
// - a masthead run into one line (web pages of the 1990s-2000s FCCC/SBI, CERD, E/CN.x documents:
//   "NACIONES UNIDAS Convención Marco … Distr. GENERAL FCCC/SBI/… ESPAÑOL Original: INGLES ÓRGANO
//   SUBSIDIARIO … Sexto período de sesiones Bonn, …"): symbol, date, languages and names each in
//   its field;
// - a body's name wrapped across a blank line ("Conference of the States Parties to the United
//   Nations" / blank / "Convention against Corruption"): one name.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface RunTogether {
  /** The logo, the series' name (none in a caseless script's test), the masthead fields. */
  logo: string;
  series: string | null;
  fields: string;
  body: string;
  session: string;
  sessionNumber: number;
  venueAndDates: string;
  venue: string;
  title: string;
  item: string;
}

const SYMBOL = 'FCCC/SBX/2031/11';

const RUN_TOGETHER: Record<Language, RunTogether> = {
  es: { logo: 'NACIONES UNIDAS', series: 'Convención Marco sobre los Ríos', fields: `Distr. GENERAL ${SYMBOL} 4 de junio de 2031 ESPAÑOL Original: INGLES`, body: 'ÓRGANO SUBSIDIARIO DE EXAMEN', session: 'Sexto período de sesiones', sessionNumber: 6, venueAndDates: 'Bonn, 28 de julio a 5 de agosto de 2031', venue: 'Bonn', title: 'PROGRAMA PROVISIONAL', item: '1. Apertura del período de sesiones.' },
  en: { logo: 'UNITED NATIONS', series: 'Framework Convention on Rivers', fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 Original: ENGLISH`, body: 'SUBSIDIARY BODY FOR REVIEW', session: 'Sixth session', sessionNumber: 6, venueAndDates: 'Bonn, 28 July - 5 August 2031', venue: 'Bonn', title: 'PROVISIONAL AGENDA', item: '1. Opening of the session.' },
  fr: { logo: 'NATIONS UNIES', series: 'Convention-cadre sur les rivières', fields: `Distr. GÉNÉRALE ${SYMBOL} 4 juin 2031 FRANÇAIS Original : ANGLAIS`, body: 'ORGANE SUBSIDIAIRE D’EXAMEN', session: 'Sixième session', sessionNumber: 6, venueAndDates: 'Bonn, 28 juillet - 5 août 2031', venue: 'Bonn', title: 'ORDRE DU JOUR PROVISOIRE', item: '1. Ouverture de la session.' },
  ru: { logo: 'ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ', series: 'Рамочная конвенция о реках', fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 RUSSIAN Original: ENGLISH`, body: 'ВСПОМОГАТЕЛЬНЫЙ ОРГАН ПО ОБЗОРУ', session: 'Шестая сессия', sessionNumber: 6, venueAndDates: 'Бонн, 28 июля - 5 августа 2031 года', venue: 'Бонн', title: 'ПРЕДВАРИТЕЛЬНАЯ ПОВЕСТКА ДНЯ', item: '1. Открытие сессии.' },
  // A caseless script's logo may start a name ("الأمم المتحدة…"): no series' name before the fields.
  ar: { logo: 'الأمم المتحدة', series: null, fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 ARABIC Original: ENGLISH`, body: 'الهيئة الفرعية للاستعراض', session: 'الدورة السادسة', sessionNumber: 6, venueAndDates: 'بون، 28 تموز/يوليه - 5 آب/أغسطس 2031', venue: 'بون', title: 'جدول الأعمال المؤقت', item: '1 - افتتاح الدورة.' },
  zh: { logo: '联合国', series: '河流框架公约', fields: `Distr. GENERAL ${SYMBOL} 4 June 2031 CHINESE Original: ENGLISH`, body: '附属审查机构', session: '第六届会议', sessionNumber: 6, venueAndDates: '2031年7月28日至8月5日，波恩', venue: '波恩', title: '临时议程', item: '1. 会议开幕。' },
};

describe('a masthead run together on one line: each field in its own', () => {
  for (const [lang, form] of Object.entries(RUN_TOGETHER) as [Language, RunTogether][]) {
    const masthead = [form.logo, form.series, form.fields].filter((part) => part !== null).join(' ');
    // A name run into its session line is read where its script has capitals (name-before-session).
    const cased = lang !== 'ar' && lang !== 'zh';
    const layouts: [string, string[]][] = [
      ['the masthead on one line, the meeting lines under it', [masthead, form.body, form.session, form.venueAndDates]],
      ['the masthead and the body on one line', [`${masthead} ${form.body}`, form.session, form.venueAndDates]],
    ];
    if (cased) {
      layouts.push(['the masthead on one line, the body, session and dates on the next', [masthead, `${form.body} ${form.session} ${form.venueAndDates}`]]);
      layouts.push(['all of it on one line', [`${masthead} ${form.body} ${form.session} ${form.venueAndDates}`]]);
    }
    for (const [layout, lines] of layouts) {
      it(`${lang}: ${layout}`, () => {
        const text = [...lines, '', form.title, '', form.item].join('\n');
        const result = parseAgenda(text, { lang });
        expect(result.document.symbol).toBe(SYMBOL);
        expect(result.document.issued).toBe('2031-06-04');
        expect(result.document.distribution).toBe('general');
        expect(result.document.originalLanguage).toBe('en');
        expect(result.meeting.body).toBe(form.series ?? form.body);
        expect(result.meeting.organ).toBe(form.series ? form.body : null);
        expect(result.meeting.session).toBe(form.session);
        expect(result.meeting.sessionNumber).toBe(form.sessionNumber);
        expect(result.meeting.venue).toBe(form.venue);
        expect(result.meeting.startDate).toBe('2031-07-28');
        expect(result.meeting.endDate).toBe('2031-08-05');
        const spans = result.meeting.spans!;
        expect(text.slice(spans.body!.start, spans.body!.end)).toBe(form.series ?? form.body);
      });
    }
  }

  it('en: the logo with its series letter before the principal organ, run together', () => {
    const text = ['UNITED NATIONS E Economic and Social Council Distr. GENERAL E/CN.99/2031/1 4 June 2031 Original: ENGLISH', 'COMMISSION ON RIVERS', 'Fortieth session', 'Geneva, 1-5 September 2031', '', 'PROVISIONAL AGENDA', '', '1. Opening of the session.'].join('\n');
    const result = parseAgenda(text, { lang: 'en' });
    expect(result.document.symbol).toBe('E/CN.99/2031/1');
    expect(result.meeting.body).toBe('Economic and Social Council');
    expect(result.meeting.organ).toBe('COMMISSION ON RIVERS');
  });

  it('en: a name that starts with the logo’s words, in one case with them, stays whole', () => {
    const text = ['United Nations Assembly on Rivers Distr.: General', '4 June 2031', 'Sixth session', 'Nairobi, 1-5 September 2031', '', 'Provisional agenda', '', '1. Opening of the session.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.body).toBe('United Nations Assembly on Rivers');
  });
});

interface WrappedName {
  first: string;
  second: string;
  whole: string;
  fields: [string, string, string];
  session: string;
  venueAndDates: string;
  title: string;
  item: string;
}

// The name breaks where no name ends: after "to the United Nations" (the parties without their
// instrument), a function word ("de la", "по", "的"), or a word that wants its complement ("لمكافحة").
const WRAPPED: Record<Language, WrappedName> = {
  en: { first: 'Conference of the States Parties to the United Nations', second: 'Convention against Piracy', whole: 'Conference of the States Parties to the United Nations Convention against Piracy', fields: ['Distr.: General', '2 March 2031', 'Original: English'], session: 'Eleventh session', venueAndDates: 'Vienna, 1-5 December 2031', title: 'Provisional agenda', item: '1. Opening of the session.' },
  fr: { first: 'Conférence des États parties à la', second: 'Convention des Nations Unies contre la piraterie', whole: 'Conférence des États parties à la Convention des Nations Unies contre la piraterie', fields: ['Distr. générale', '2 mars 2031', 'Original : anglais'], session: 'Onzième session', venueAndDates: 'Vienne, 1er-5 décembre 2031', title: 'Ordre du jour provisoire', item: '1. Ouverture de la session.' },
  es: { first: 'Conferencia de los Estados Partes en la', second: 'Convención de las Naciones Unidas contra la Piratería', whole: 'Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Piratería', fields: ['Distr. general', '2 de marzo de 2031', 'Original: inglés'], session: 'Undécimo período de sesiones', venueAndDates: 'Viena, 1 a 5 de diciembre de 2031', title: 'Programa provisional', item: '1. Apertura del período de sesiones.' },
  ru: { first: 'Конференция участников Конвенции Организации Объединенных Наций по', second: 'борьбе с пиратством', whole: 'Конференция участников Конвенции Организации Объединенных Наций по борьбе с пиратством', fields: ['Distr.: General', '2 March 2031', 'Original: English'], session: 'Одиннадцатая сессия', venueAndDates: 'Вена, 1-5 декабря 2031 года', title: 'Предварительная повестка дня', item: '1. Открытие сессии.' },
  ar: { first: 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة', second: 'القرصنة', whole: 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة القرصنة', fields: ['Distr.: General', '2 March 2031', 'Original: English'], session: 'الدورة الحادية عشرة', venueAndDates: 'فيينا، 1-5 كانون الأول/ديسمبر 2031', title: 'جدول الأعمال المؤقت', item: '1 - افتتاح الدورة.' },
  zh: { first: '联合国打击海盗行为的', second: '公约缔约国会议', whole: '联合国打击海盗行为的公约缔约国会议', fields: ['Distr.: General', '2 March 2031', 'Original: English'], session: '第十一届会议', venueAndDates: '2031年12月1日至5日，维也纳', title: '临时议程', item: '1. 会议开幕。' },
};

describe('a body’s name wrapped across a blank line is one name', () => {
  for (const [lang, form] of Object.entries(WRAPPED) as [Language, WrappedName][]) {
    const gap = lang === 'zh' ? '' : ' ';
    it(`${lang}: the name's lines with a blank line between`, () => {
      const text = ['United Nations\tCAC/COSX/2031/1', form.first, '', form.second, ...form.fields, '', form.session, form.venueAndDates, '', form.title, '', form.item].join('\n');
      const meeting = parseAgenda(text, { lang }).meeting;
      expect(meeting.body?.replace(/\s+/g, gap)).toBe(form.whole);
      expect(meeting.organ).toBeNull();
    });
    it(`${lang}: …and with the masthead beside it, a blank line inside`, () => {
      const text = ['United Nations\tCAC/COSX/2031/1', `${form.first}\t${form.fields[0]}`, `\t${form.fields[1]}`, '', `${form.second}\t${form.fields[2]}`, '', form.session, form.venueAndDates, '', form.title, '', form.item].join('\n');
      const meeting = parseAgenda(text, { lang }).meeting;
      expect(meeting.body?.replace(/\s+/g, gap)).toBe(form.whole);
      expect(meeting.organ).toBeNull();
    });
  }

  it('en: a whole name, a blank line, then a body of its own, are two names', () => {
    const text = ['United Nations\tCAC/COSX/2031/1', 'Conference of the States Parties to the', 'United Nations Convention against Piracy', '', 'Working Group on Asset Recovery', 'Distr.: General', '2 March 2031', '', 'Eleventh session', 'Vienna, 1-5 December 2031', '', 'Provisional agenda', '', '1. Opening of the session.'].join('\n');
    const meeting = parseAgenda(text, { lang: 'en' }).meeting;
    expect(meeting.body).toBe('Conference of the States Parties to the United Nations Convention against Piracy');
    expect(meeting.organ).toBe('Working Group on Asset Recovery');
  });

  it('en: a name ending in a function word does not take a body of its own after a blank line', () => {
    const text = ['United Nations\tE/CN.99/2031/1', 'Programme of the United Nations for the', '', 'Commission on Rivers', '', 'Fortieth session', 'Geneva, 1-5 September 2031', '', 'Provisional agenda', '', '1. Opening of the session.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.organ).toBe('Commission on Rivers');
  });

  it('es: the parties named with an adjective ("Altas Partes Contratantes") end the name', () => {
    const text = ['Naciones Unidas\tCCW/MSP/2031/1', 'Reunión de las Altas Partes Contratantes', '', 'Grupo de Expertos Gubernamentales', '', 'Sexta reunión', 'Ginebra, 1 a 5 de septiembre de 2031', '', 'Programa provisional', '', '1. Apertura de la reunión.'].join('\n');
    const meeting = parseAgenda(text, { lang: 'es' }).meeting;
    expect(meeting.body).toBe('Reunión de las Altas Partes Contratantes');
    expect(meeting.organ).toBe('Grupo de Expertos Gubernamentales');
  });
});
