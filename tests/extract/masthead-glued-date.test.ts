// The symbol glued to the date of issue, as web extractions print the masthead
// ("CERD/C/72/110 décembre 2007", "CRC/C/13130 July 2003"): the date read, the symbol without the
// day, and a diagnostic that says the two were run together. Our own sentences in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface GluedDate {
  printed: string;
  symbol: string;
  issued: string;
  fields: [string, string];
  body: string;
  session: string;
  title: string;
  item: string;
}

// "CERD/C/72/110 décembre 2007": the day glued to the symbol's last number.
const GLUED: Record<Language, GluedDate> = {
  fr: { printed: 'CERX/C/72/110 décembre 2031', symbol: 'CERX/C/72/1', issued: '2031-12-10', fields: ['Distr. générale', 'Original : anglais'], body: 'Comité des rivières', session: 'Soixante-douzième session', title: 'Ordre du jour provisoire', item: '1. Ouverture de la session.' },
  en: { printed: 'CERX/C/72/120 December 2031', symbol: 'CERX/C/72/1', issued: '2031-12-20', fields: ['Distr.: General', 'Original: English'], body: 'Committee on Rivers', session: 'Seventy-second session', title: 'Provisional agenda', item: '1. Opening of the session.' },
  es: { printed: 'CERX/C/72/130 de diciembre de 2031', symbol: 'CERX/C/72/1', issued: '2031-12-30', fields: ['Distr. general', 'Original: inglés'], body: 'Comité sobre los Ríos', session: '72º período de sesiones', title: 'Programa provisional', item: '1. Apertura del período de sesiones.' },
  ru: { printed: 'CERX/C/72/110 December 2031', symbol: 'CERX/C/72/1', issued: '2031-12-10', fields: ['Distr.: General', 'Original: English'], body: 'Комитет по рекам', session: 'Семьдесят вторая сессия', title: 'Предварительная повестка дня', item: '1. Открытие сессии.' },
  ar: { printed: 'CERX/C/72/110 December 2031', symbol: 'CERX/C/72/1', issued: '2031-12-10', fields: ['Distr.: General', 'Original: English'], body: 'اللجنة المعنية بالأنهار', session: 'الدورة الثانية والسبعون', title: 'جدول الأعمال المؤقت', item: '1 - افتتاح الدورة.' },
  zh: { printed: 'CERX/C/72/110 December 2031', symbol: 'CERX/C/72/1', issued: '2031-12-10', fields: ['Distr.: General', 'Original: English'], body: '河流委员会', session: '第七十二届会议', title: '临时议程', item: '1. 会议开幕。' },
};

describe('a symbol glued to the date of issue: the date read, and a diagnostic', () => {
  for (const [lang, form] of Object.entries(GLUED) as [Language, GluedDate][]) {
    it(`${lang}: "${form.printed}"`, () => {
      const text = [`United Nations\t${form.printed}`, '', ...form.fields, '', form.body, form.session, '', form.title, '', form.item].join('\n');
      const result = parseAgenda(text, { lang });
      expect(result.document.symbol).toBe(form.symbol);
      expect(result.document.issued).toBe(form.issued);
      // The date is no body nor organ.
      expect(result.meeting.body).toBe(form.body);
      expect(result.meeting.organ).toBeNull();
      const glued = result.diagnostics.filter((d) => d.code === 'SYMBOL_DATE_RUN_TOGETHER');
      expect(glued).toHaveLength(1);
      const spans = result.document.spans!;
      expect(text.slice(spans.symbol!.start, spans.symbol!.end)).toBe(form.symbol);
      expect(text.slice(spans.issued!.start, spans.issued!.end)).toBe(form.printed.slice(form.symbol.length));
    });
  }

  it('en: both readings make a date: the symbol the running header prints is taken, the other named', () => {
    const page = ['United Nations\tCERX/C/72/111 June 2031', '', 'Distr.: General', 'Original: English', '', 'Committee on Rivers', 'Seventy-second session', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.', ''];
    const withHeader = [...page, 'CERX/C/72/11', '', '3. Adoption of the report.'].join('\n');
    const result = parseAgenda(withHeader, { lang: 'en' });
    expect(result.document.symbol).toBe('CERX/C/72/11');
    expect(result.document.issued).toBe('2031-06-01');
    const [diagnostic] = result.diagnostics.filter((d) => d.code === 'SYMBOL_DATE_RUN_TOGETHER');
    expect(diagnostic?.message).toContain('CERX/C/72/1 ');
    // Without a running header, the two-digit day; the diagnostic names the other reading.
    const alone = parseAgenda(page.join('\n'), { lang: 'en' });
    expect(alone.document.symbol).toBe('CERX/C/72/1');
    expect(alone.document.issued).toBe('2031-06-11');
    expect(alone.diagnostics.find((d) => d.code === 'SYMBOL_DATE_RUN_TOGETHER')?.message).toContain('CERX/C/72/11');
  });

  it('en: a symbol followed by a word that makes no date with its digits is left as printed', () => {
    const text = ['United Nations\tCERX/C/72/140 December 2031', '', 'Distr.: General', '10 December 2031', 'Original: English', '', 'Committee on Rivers', 'Seventy-second session', '', 'Provisional agenda', '', '1. Opening of the session.'].join('\n');
    const result = parseAgenda(text, { lang: 'en' });
    expect(result.document.symbol).toBe('CERX/C/72/140');
    expect(result.diagnostics.some((d) => d.code === 'SYMBOL_DATE_RUN_TOGETHER')).toBe(false);
  });
});
