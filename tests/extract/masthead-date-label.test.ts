// The date of issue under its label, as the WFP's (and IFAD's) mastheads print it: "Date: 2 May
// 2031", "Date : 2 mai 2031", "Fecha: 2 de mayo de 2031", "التاريخ: 2 أيار/مايو 2031", beside
// "Distribution: General" and "Original: English", in a column of its own or beside the agenda
// item and symbol. Our own sentences in that form, in the languages those boards print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface BoardForm {
  board: string[];
  distribution: string;
  dateLabel: string;
  date: string;
  original: string;
  itemLine: string;
  purpose: string;
  title: string;
  items: string[];
  session: string;
}

const FORMS: Partial<Record<Language, BoardForm>> = {
  en: {
    board: ['Executive Board', 'Annual session', 'Rome, 22-26 June 2031'],
    distribution: 'Distribution: General',
    dateLabel: 'Date: ',
    date: '2 May 2031',
    original: 'Original: English',
    itemLine: 'Agenda item 1',
    purpose: 'For approval',
    title: 'Provisional agenda',
    items: ['1.   Adoption of the agenda (for approval)', '2.   Other business'],
    session: 'Annual session',
  },
  fr: {
    board: ['Conseil d’administration', 'Session annuelle', 'Rome, 22-26 juin 2031'],
    distribution: 'Distribution : générale',
    dateLabel: 'Date : ',
    date: '2 mai 2031',
    original: 'Original : anglais',
    itemLine: 'Point 1 de l’ordre du jour',
    purpose: 'Pour approbation',
    title: 'Ordre du jour provisoire',
    items: ['1.   Adoption de l’ordre du jour (pour approbation)', '2.   Questions diverses'],
    session: 'Session annuelle',
  },
  es: {
    board: ['Junta Ejecutiva', 'Período de sesiones anual', 'Roma, 22-26 de junio de 2031'],
    distribution: 'Distribución: general',
    dateLabel: 'Fecha: ',
    date: '2 de mayo de 2031',
    original: 'Original: inglés',
    itemLine: 'Tema 1 del programa',
    purpose: 'Para aprobación',
    title: 'Programa provisional',
    items: ['1.   Aprobación del programa (para aprobación)', '2.   Asuntos varios'],
    session: 'Período de sesiones anual',
  },
  ar: {
    board: ['المجلس التنفيذي', 'الدورة السنوية', 'روما، 22-26 حزيران/يونيو 2031'],
    distribution: 'التوزيع: عام',
    dateLabel: 'التاريخ: ',
    date: '2 أيار/مايو 2031',
    original: 'الأصل: بالإنكليزية',
    itemLine: 'البند 1 من جدول الأعمال',
    purpose: 'للموافقة',
    title: 'جدول الأعمال المؤقت',
    items: ['1-   إقرار جدول الأعمال (للموافقة)', '2-   مسائل أخرى'],
    session: 'الدورة السنوية',
  },
};

const COLUMN = 50;
const beside = (left: string, right: string) => left + ' '.repeat(Math.max(2, COLUMN - left.length)) + right;

function twoColumns(form: BoardForm): string {
  return [
    ...form.board.map((line) => ' '.repeat(COLUMN) + line),
    '',
    beside(form.distribution, form.itemLine),
    beside(form.dateLabel + form.date, 'WFP/EB.A/2031/1/1'),
    beside(form.original, form.purpose),
    '',
    `                        ${form.title}`,
    '',
    ...form.items,
  ].join('\n');
}

function oneColumn(form: BoardForm): string {
  return [...form.board, '', form.distribution, form.dateLabel + form.date, form.original, form.itemLine, 'WFP/EB.A/2031/1/1', form.purpose, '', form.title, '', ...form.items].join('\n');
}

describe('the date of issue under its label ("Date: 2 May 2031")', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, BoardForm][]) {
    for (const [layout, text] of [['beside the symbol', twoColumns(form)], ['in one column', oneColumn(form)]] as const) {
      it(`${lang}: ${layout}`, () => {
        const result = parseAgenda(text, { lang });
        expect(result.document.issued).toBe('2031-05-02');
        const span = result.document.spans!.issued!;
        expect(text.slice(span.start, span.end)).toBe(form.date);
        expect(result.document.symbol).toBe('WFP/EB.A/2031/1/1');
        expect(result.document.distribution).toBe('general');
        expect(result.meeting.startDate).toBe('2031-06-22');
        expect(result.items.map((item) => item.number)).toEqual(['1', '2']);
      });
    }
  }
});

describe('a "Date:" that labels no date of issue is read as before', () => {
  it('en: a meeting date after the label is no date of issue when the masthead prints one', () => {
    const text = ['United Nations\tXX/C/2031/1', 'Committee on Rivers\tDistr.: General', '\t12 May 2031', '\tOriginal: English', '', 'Fifth session', 'Geneva, 1-5 June 2031', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.'].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).document.issued).toBe('2031-05-12');
  });
});
