// Header forms of real agendas found in the tenth round of probing: the markdown an extraction
// leaves around masthead and meeting lines (the seed's form: "**Distr.: General**", "# Conference
// of the Parties…", "#### Vienna, …"), the General Assembly's Special Committee's "Substantive
// session of 2031" (A/AC.109/…), and the Chinese masthead that prints the treaty over its
// committee ("儿童权利公约" / "儿童权利委员会", CRC/C/…, CRPD/C/…).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

const TITLES = PROVISIONAL_AGENDA_TITLES;

const NAMES: Record<Language, [body: string, organ: string, venue: string, start: string, end: string]> = {
  en: ['Conference of the Parties to the Convention against Things', 'Working Group on Stuff', 'Vienna, 27-29 January 2032', '2032-01-27', '2032-01-29'],
  fr: ['Conférence des Parties à la Convention contre les choses', 'Groupe de travail sur les objets', 'Vienne, 27-29 janvier 2032', '2032-01-27', '2032-01-29'],
  es: ['Conferencia de las Partes en la Convención contra las cosas', 'Grupo de Trabajo sobre los objetos', 'Viena, 27 a 29 de enero de 2032', '2032-01-27', '2032-01-29'],
  ru: ['Конференция Участников Конвенции против вещей', 'Рабочая группа по предметам', 'Вена, 27–29 января 2032 года', '2032-01-27', '2032-01-29'],
  ar: ['مؤتمر الأطراف في اتفاقية مكافحة الأشياء', 'الفريق العامل المعني بالأغراض', 'فيينا، 27-29 كانون الثاني/يناير 2032', '2032-01-27', '2032-01-29'],
  zh: ['反对某事公约缔约方会议', '某事问题工作组', '2032年1月27日至29日，维也纳', '2032-01-27', '2032-01-29'],
};
const VENUES: Record<Language, string> = { en: 'Vienna', fr: 'Vienne', es: 'Viena', ru: 'Вена', ar: 'فيينا', zh: '维也纳' };
const LANGUAGES = Object.keys(NAMES) as Language[];

/** The seed's extraction: bold masthead fields, "#" headings over the names and venue. */
function markdownAgenda(lang: Language, marks: [distr: string, body: string, organ: string, venue: string]): string {
  const [body, organ, venue] = NAMES[lang];
  const [d, b, o, v] = marks;
  return (
    `\n${d}Distr.: General${d.includes('*') ? d : ''}\n10 December 2031\n\n${d}Original: English${d.includes('*') ? d : ''}\n\n` +
    `${b}${body}${b.includes('*') ? b : ''}\n\n${o}${organ}${o.includes('*') ? o : ''}\n${v}${venue}${v.includes('*') ? v : ''}\n\n${TITLES[lang]}\n\n- 1 A.\n- 2 B.\n`
  );
}

describe('markdown around masthead and meeting lines is no part of their fields', () => {
  const MARKS: [string, string, string, string][] = [
    ['**', '# ', '## ', ''],
    ['', '**', '**', '#### '],
    ['**', '#', '###', '**'],
  ];
  it.each(LANGUAGES.flatMap((lang) => MARKS.map((marks) => [lang, marks] as const)))('%s %j', (lang, marks) => {
    const doc = parseAgenda(markdownAgenda(lang, marks), { lang });
    const [body, organ, , start, end] = NAMES[lang];
    expect(doc.document.distribution).toBe('general');
    expect(doc.document.originalLanguage).toBe('en');
    expect(doc.meeting.body).toBe(body);
    expect(doc.meeting.organ).toBe(organ);
    expect(doc.meeting.venue).toBe(VENUES[lang]);
    expect([doc.meeting.startDate, doc.meeting.endDate]).toEqual([start, end]);
    // The spans show the words only, not the marks.
    const text = markdownAgenda(lang, marks);
    const spans = doc.meeting.spans!;
    expect(text.slice(spans.body!.start, spans.body!.end)).toBe(body);
    expect(text.slice(spans.organ!.start, spans.organ!.end)).toBe(organ);
  });

  it('a barcode in asterisks and a footnote asterisk are kept', () => {
    const text = 'United Nations\tA/AC.1/2031/1\nDistr.: General\n2 May 2031\nOriginal: English\n*3108123*\nCommittee on Things\nFifth session*\nNew York, 2-6 June 2031\n\nProvisional agenda\n\n1. A.\n2. B.\n';
    const doc = parseAgenda(text, { lang: 'en', spans: false });
    expect(doc.meeting.body).toBe('Committee on Things');
    expect(doc.meeting.session).toBe('Fifth session');
    expect(doc.meeting.sessionNumber).toBe(5);
  });
});

describe('a substantive session named by its year has no number', () => {
  const ORGAN: Record<Language, [organ: string, series: string]> = {
    en: ['Special Committee on the Situation of Things', 'General Assembly'],
    fr: ['Comité spécial chargé d’étudier les choses', 'Assemblée générale'],
    es: ['Comité Especial encargado de examinar las cosas', 'Asamblea General'],
    ru: ['Специальный комитет по вопросу о вещах', 'Генеральная Ассамблея'],
    ar: ['اللجنة الخاصة المعنية بالأشياء', 'الجمعية العامة'],
    zh: ['某事问题特别委员会', '大会'],
  };
  it.each([
    ['en', 'Substantive session of 2031'],
    ['en', '2031 substantive session'],
    ['fr', 'Session de fond de 2031'],
    ['es', 'Período de sesiones sustantivo de 2031'],
    ['ru', 'Основная сессия 2031 года'],
    ['ar', 'الدورة الموضوعية لعام 2031'],
    ['zh', '2031年实质性会议'],
  ] as [Language, string][])('%s %s', (lang, session) => {
    const [organ, series] = ORGAN[lang];
    const text = `United Nations\tA/AC.109/2031/L.1\n${series}\tDistr.: General\n20 February 2031\n\nOriginal: English\n${organ}\n${session}\n${NAMES[lang][2]}\n\n${TITLES[lang]}\n\n1. A.\n2. B.\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.session).toBe(session);
    expect(doc.meeting.sessionNumber).toBeNull();
    expect(doc.meeting.body).toBe(series);
    expect(doc.meeting.organ).toBe(organ);
  });

  it.each([
    ['en', 'First substantive session', 1],
    ['ru', 'Первая основная сессия', 1],
  ] as [Language, string, number][])('an ordinal with the kind between, no year: %s %s', (lang, session, number) => {
    const text = `United Nations\tA/AC.300/2031/1\nDistr.: General\n20 February 2031\nOriginal: English\nPreparatory Committee\n${session}\n${NAMES[lang][2]}\n\n${TITLES[lang]}\n\n1. A.\n2. B.\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.session).toBe(session);
    expect(doc.meeting.sessionNumber).toBe(number);
  });
});

describe('Chinese: a treaty printed over its committee are two names', () => {
  it.each([
    ['儿童权利公约', '儿童权利委员会'],
    ['残疾人权利公约', '残疾人权利委员会'],
    ['关于持久性有机污染物的斯德哥尔摩公约', '持久性有机污染物审查委员会'],
    ['某事任择议定书', '某事小组委员会'],
  ])('%s / %s', (treaty, committee) => {
    const text = `联 合 国\tCRC/C/110/1\n${treaty}\tDistr.: General\n2031年6月2日\nChinese\nOriginal: English\n${committee}\n第一百一十届会议\n2031年9月8日至26日，日内瓦\n\n临时议程\n\n1. 通过议程。\n2. 其他事项。\n`;
    const doc = parseAgenda(text, { lang: 'zh', spans: false });
    expect(doc.meeting.body).toBe(treaty);
    expect(doc.meeting.organ).toBe(committee);
    expect(doc.meeting.sessionNumber).toBe(110);
  });

  it.each([
    ['联合国打击跨国有组织犯罪公约', '缔约方会议', '联合国打击跨国有组织犯罪公约缔约方会议'],
    ['某事公约', '缔约国会议', '某事公约缔约国会议'],
  ])('the parties of the treaty go on its name: %s / %s', (first, second, whole) => {
    const text = `联 合 国\tCTOC/COP/2031/1\n${first}\n${second}\tDistr.: General\n2031年6月2日\nChinese\nOriginal: English\n第十一届会议\n2031年10月8日至12日，维也纳\n\n临时议程\n\n1. 组织事项。\n2. 其他事项。\n`;
    const doc = parseAgenda(text, { lang: 'zh', spans: false });
    expect(doc.meeting.body).toBe(whole);
    expect(doc.meeting.organ).toBeNull();
  });
});
