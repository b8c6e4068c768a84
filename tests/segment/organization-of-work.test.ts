// A timetable headed by its organization-of-work heading alone, with no "Annex" heading above
// it, after the annotations: it is the annex (its rows read as the schedule), not the last
// item's annotation. Prose under such a heading stays an annotation. Texts are made up.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

interface Form {
  place: string;
  annotations: string;
  items: [string, string];
  notes: [string, string];
  day: string;
  rows: [string, string];
}

const FORMS: Record<Language, Form> = {
  en: {
    place: 'Geneva, 3-7 June 2024',
    annotations: 'Annotations',
    items: ['Opening of the session', 'Other matters'],
    notes: ['The Chair will open the session.', 'No other matter has been raised.'],
    day: 'Monday, 3 June',
    rows: ['10 a.m.–1 p.m.\t1\tOpening of the session', '3–6 p.m.\t2\tOther matters'],
  },
  fr: {
    place: 'Genève, 3-7 juin 2024',
    annotations: 'Annotations',
    items: ['Ouverture de la session', 'Questions diverses'],
    notes: ['Le Président ouvrira la session.', 'Aucune autre question n’a été soulevée.'],
    day: 'Lundi 3 juin',
    rows: ['10 heures-13 heures\t1\tOuverture de la session', '15 heures-18 heures\t2\tQuestions diverses'],
  },
  es: {
    place: 'Ginebra, 3 a 7 de junio de 2024',
    annotations: 'Anotaciones',
    items: ['Apertura del período de sesiones', 'Otros asuntos'],
    notes: ['La Presidencia abrirá el período de sesiones.', 'No se ha planteado ningún otro asunto.'],
    day: 'Lunes 3 de junio',
    rows: ['10.00 a 13.00 horas\t1\tApertura del período de sesiones', '15.00 a 18.00 horas\t2\tOtros asuntos'],
  },
  ru: {
    place: 'Женева, 3–7 июня 2024 года',
    annotations: 'Аннотации',
    items: ['Открытие сессии', 'Прочие вопросы'],
    notes: ['Председатель откроет сессию.', 'Другие вопросы не поднимались.'],
    day: 'Понедельник, 3 июня',
    rows: ['10 ч. 00 м. – 13 ч. 00 м.\t1\tОткрытие сессии', '15 ч. 00 м. – 18 ч. 00 м.\t2\tПрочие вопросы'],
  },
  ar: {
    place: 'جنيف، 3-7 حزيران/يونيه 2024',
    annotations: 'الشروح',
    items: ['افتتاح الدورة', 'مسائل أخرى'],
    notes: ['سيفتتح الرئيس الدورة.', 'لم تثر أي مسألة أخرى.'],
    day: 'الاثنين 3 حزيران/يونيه',
    rows: ['10:00-13:00\t1\tافتتاح الدورة', '15:00-18:00\t2\tمسائل أخرى'],
  },
  zh: {
    place: '2024年6月3日至7日，日内瓦',
    annotations: '说明',
    items: ['会议开幕', '其他事项'],
    notes: ['主席将宣布会议开幕。', '尚未提出其他事项。'],
    day: '6月3日，星期一',
    rows: ['上午10时至下午1时\t1\t会议开幕', '下午3时至6时\t2\t其他事项'],
  },
};

function agenda(language: Language, heading: string, after: string): string {
  const f = FORMS[language];
  return (
    `United Nations\tX/Y/2024/1\nDistr.: General\n2 May 2024\nOriginal: English\n\n${f.place}\n\n` +
    `${PROVISIONAL_AGENDA_TITLES[language]}\n\n1. ${f.items[0]}\n\n2. ${f.items[1]}\n\n${f.annotations}\n\n` +
    `1. ${f.items[0]}\n\n${f.notes[0]}\n\n2. ${f.items[1]}\n\n${f.notes[1]}\n\n${heading}\n\n${after}\n`
  );
}

describe('an organization-of-work heading without an annex heading', () => {
  it.each([
    ['en', 'Proposed organization of work'],
    ['en', 'II. Proposed organization of work'],
    ['fr', 'Organisation des travaux proposée'],
    ['fr', 'Projet d’organisation des travaux'],
    ['es', 'Organización de los trabajos propuesta'],
    ['es', 'Propuesta de organización de los trabajos'],
    ['ru', 'Предлагаемая организация работы'],
    ['ar', 'تنظيم الأعمال المقترح'],
    ['zh', '工作安排'],
    ['zh', '拟议工作安排'],
    ['zh', '会议工作安排'],
    ['zh', '二、工作安排'],
  ] as const)('%s: "%s" heads the timetable', (language, heading) => {
    const f = FORMS[language];
    const doc = parseAgenda(agenda(language, heading, `${f.day}\n${f.rows.join('\n')}`), { lang: language });
    expect(doc.schedule.map((s) => [s.date, s.start, s.items])).toEqual([
      ['2024-06-03', '10:00', ['1']],
      ['2024-06-03', '15:00', ['2']],
    ]);
    expect(doc.items.map((i) => i.annotation)).toEqual(f.notes);
  });

  it.each([
    ['en', 'Proposed organization of work', 'The Committee will meet from 10 a.m. to 1 p.m. and from 3 to 6 p.m.'],
    ['fr', 'Organisation des travaux proposée', 'Le Comité se réunira de 10 heures à 13 heures.'],
    ['zh', '工作安排', '委员会将于上午10时至下午1时举行会议。'],
  ] as const)('%s: prose under "%s" stays the last annotation', (language, heading, prose) => {
    const f = FORMS[language];
    const doc = parseAgenda(agenda(language, heading, prose), { lang: language });
    expect(doc.schedule).toEqual([]);
    expect(doc.items[1]!.annotation).toContain(prose.slice(0, 12));
  });
});

// Treaty meetings (BWC/MSP) head their timetable "Provisional programme of work" and its
// counterparts; ECLAC heads the section holding it "III. ORGANIZACIÓN DEL PERÍODO DE SESIONES".
describe('a programme-of-work or organization-of-the-session heading', () => {
  const HEADINGS = [
    ['en', 'Provisional programme of work'],
    ['en', 'III. ORGANIZATION OF THE SESSION'],
    ['fr', 'Programme de travail provisoire'],
    ['fr', 'Organisation de la session'],
    ['es', 'Programa de trabajo provisional'],
    ['es', 'III. ORGANIZACIÓN DEL PERÍODO DE SESIONES'],
    ['ru', 'Предварительная программа работы'],
    ['ar', 'برنامج العمل المؤقت'],
    ['zh', '暂定工作方案'],
  ] as const;
  const ANNEX: Record<Language, string> = { en: 'Annex', fr: 'Annexe', es: 'Anexo', ru: 'Приложение', ar: 'المرفق', zh: '附件' };

  it.each(HEADINGS)('%s: "%s" heads the timetable without an annex heading', (language, heading) => {
    const f = FORMS[language];
    const doc = parseAgenda(agenda(language, heading, `${f.day}\n${f.rows.join('\n')}`), { lang: language });
    expect(doc.schedule.map((s) => [s.date, s.start, s.items])).toEqual([
      ['2024-06-03', '10:00', ['1']],
      ['2024-06-03', '15:00', ['2']],
    ]);
    expect(doc.items.map((i) => i.annotation)).toEqual(f.notes);
  });

  it.each(HEADINGS)('%s: "%s" heads the timetable under an annex heading', (language, heading) => {
    const f = FORMS[language];
    const doc = parseAgenda(agenda(language, ANNEX[language], `${heading}\n\n${f.day}\n${f.rows.join('\n')}`), { lang: language });
    expect(doc.schedule.map((s) => [s.date, s.start, s.items])).toEqual([
      ['2024-06-03', '10:00', ['1']],
      ['2024-06-03', '15:00', ['2']],
    ]);
    expect(doc.items.map((i) => i.annotation)).toEqual(f.notes);
  });

  it.each(HEADINGS)('%s: an item titled "%s" in the list stays an item', (language, heading) => {
    const f = FORMS[language];
    const title = heading.replace(/^[IV]+\. /, '');
    const text =
      `United Nations\tX/Y/2024/1\nDistr.: General\n2 May 2024\nOriginal: English\n\n${f.place}\n\n` +
      `${PROVISIONAL_AGENDA_TITLES[language]}\n\n1. ${f.items[0]}\n\n2. ${title}\n\n3. ${f.items[1]}\n`;
    const doc = parseAgenda(text, { lang: language });
    expect(doc.items.map((i) => i.title)).toEqual([f.items[0], title, f.items[1]]);
    expect(doc.schedule).toEqual([]);
  });
});

describe('ECLAC: the timetable under "III. ORGANIZACIÓN DEL PERÍODO DE SESIONES"', () => {
  it('reads its rows and the points of the temario they take up ("Puntos 1 y 2")', () => {
    const f = FORMS.es;
    const rows = ['Lunes 3 de junio', '09.30 a 10.30 horas   Inauguración', '10.30 a 13.00 horas   Puntos 1 y 2', '15.00 a 18.00 horas   Punto 2 (continuación)'];
    const doc = parseAgenda(agenda('es', 'III. ORGANIZACIÓN DEL PERÍODO DE SESIONES', rows.join('\n')), { lang: 'es' });
    expect(doc.schedule.map((s) => [s.date, s.start, s.end, s.items])).toEqual([
      ['2024-06-03', '09:30', '10:30', []],
      ['2024-06-03', '10:30', '13:00', ['1', '2']],
      ['2024-06-03', '15:00', '18:00', ['2']],
    ]);
    expect(doc.items.map((i) => i.annotation)).toEqual(f.notes);
  });
});
