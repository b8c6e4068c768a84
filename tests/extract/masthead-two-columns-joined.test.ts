// A two-column masthead whose columns a PDF extraction ran together line by line: the name's
// lines on the left, "Distr.: General" / the date of issue / "Original: English" on the right,
// each line's two halves joined by one space ("Conference of the States Parties to the Distr.:
// General" / "United Nations Convention against 2 March 2031" / "Piracy Original: English"), or
// the two columns' lines alternating. Each field is still whole on its line and is read; the
// name's lines make one name. Our own sentences in the forms real mastheads print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Row {
  name: string[];
  fields: [string, string, string];
  after: string[];
  body: string;
  venue: string;
}

const ROWS: Record<Language, Row> = {
  en: { name: ['Conference of the States Parties to the', 'United Nations Convention against', 'Piracy'], fields: ['Distr.: General', '2 March 2031', 'Original: English'], after: ['Eleventh session', 'Vienna, 1-5 December 2031', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.'], body: 'Conference of the States Parties to the United Nations Convention against Piracy', venue: 'Vienna' },
  fr: { name: ['Conférence des États parties à la', 'Convention des Nations Unies contre la', 'piraterie'], fields: ['Distr. générale', '2 mars 2031', 'Original : anglais'], after: ['Onzième session', 'Vienne, 1er-5 décembre 2031', '', 'Ordre du jour provisoire', '', '1. Ouverture de la session.', '2. Questions diverses.'], body: 'Conférence des États parties à la Convention des Nations Unies contre la piraterie', venue: 'Vienne' },
  es: { name: ['Conferencia de los Estados Partes en la', 'Convención de las Naciones Unidas contra la', 'Piratería'], fields: ['Distr. general', '2 de marzo de 2031', 'Original: inglés'], after: ['Undécimo período de sesiones', 'Viena, 1 a 5 de diciembre de 2031', '', 'Programa provisional', '', '1. Apertura del período de sesiones.', '2. Otros asuntos.'], body: 'Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Piratería', venue: 'Viena' },
  ru: { name: ['Конференция государств – участников', 'Конвенции Организации Объединенных Наций', 'против пиратства'], fields: ['Distr.: General', '2 March 2031', 'Original: English'], after: ['Одиннадцатая сессия', 'Вена, 1-5 декабря 2031 года', '', 'Предварительная повестка дня', '', '1. Открытие сессии.', '2. Прочие вопросы.'], body: 'Конференция государств – участников Конвенции Организации Объединенных Наций против пиратства', venue: 'Вена' },
  ar: { name: ['مؤتمر الدول الأطراف في اتفاقية', 'الأمم المتحدة لمكافحة', 'القرصنة'], fields: ['Distr.: General', '2 March 2031', 'Original: English'], after: ['الدورة الحادية عشرة', 'فيينا، 1-5 كانون الأول/ديسمبر 2031', '', 'جدول الأعمال المؤقت', '', '1 - افتتاح الدورة.', '2 - مسائل أخرى.'], body: 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة القرصنة', venue: 'فيينا' },
  zh: { name: ['联合国打击海盗行为', '公约缔约国会议'], fields: ['Distr.: General', '2 March 2031', 'Original: English'], after: ['第十一届会议', '2031年12月1日至5日，维也纳', '', '临时议程', '', '1. 会议开幕。', '2. 其他事项。'], body: '联合国打击海盗行为公约缔约国会议', venue: '维也纳' },
};

type Layout = 'joined' | 'joined, the right column first' | 'alternating';

/** The masthead's lines, the two columns' halves of each line joined by a space (either first) or alternating. */
function masthead(row: Row, layout: Layout): string[] {
  const lines = layout === 'alternating' ? ['United Nations', 'CAC/COSX/2031/1'] : ['United Nations CAC/COSX/2031/1'];
  for (let i = 0; i < Math.max(row.name.length, row.fields.length); i++) {
    const halves = [row.name[i], row.fields[i]].filter((half): half is string => half !== undefined);
    if (layout === 'alternating') lines.push(...halves);
    else lines.push((layout === 'joined' ? halves : halves.reverse()).join(' '));
  }
  return lines;
}

describe('a two-column masthead run together line by line', () => {
  for (const [lang, row] of Object.entries(ROWS) as [Language, Row][]) {
    for (const layout of ['joined', 'joined, the right column first', 'alternating'] as Layout[]) {
      it(`${lang}: the columns' lines ${layout}`, () => {
        const result = parseAgenda([...masthead(row, layout), '', ...row.after].join('\n'), { lang });
        expect(result.document.symbol).toBe('CAC/COSX/2031/1');
        expect(result.document.distribution).toBe('general');
        expect(result.document.issued).toBe('2031-03-02');
        expect(result.document.originalLanguage).toBe('en');
        expect(result.meeting.body?.replace(/\s+/g, lang === 'zh' ? '' : ' ')).toBe(row.body);
        expect(result.meeting.organ).toBeNull();
        expect(result.meeting.sessionNumber).toBe(11);
        expect(result.meeting.venue).toBe(row.venue);
        expect(result.meeting.startDate).toBe('2031-12-01');
      });
    }
  }

  it('en: a meeting’s place and date moved up under "Distr." are no date of issue', () => {
    const text = ['United Nations    TD/B/EX(99)/1', 'Trade and Development Board', 'Committee on Rivers    Distr.: General', 'Geneva, 3 February 2031', '', 'Ninety-ninth executive session', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.'].join('\n');
    const result = parseAgenda(text, { lang: 'en' });
    expect(result.document.issued).toBeNull();
    expect(result.meeting.startDate).toBe('2031-02-03');
  });
});
