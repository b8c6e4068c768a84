// ECE's flat title: the meeting's held line printed on the title's own line ("Provisional agenda
// for the sixty-fifth session To be held at the Palais des Nations, Geneva, starting at 10 a.m. on
// Tuesday, 17 June 2031"). The held words end the title; the date and venue are read from them
// on, the venue without the hour or the clause of the meeting's start ("starting at 10 a.m.",
// "и откроется"). Our own sentences in the forms ECE agendas print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Row {
  lang: Language;
  masthead: string[];
  title: string;
  held: string;
  venue: string;
  items: string[];
}

const SYMBOL = 'United Nations\tECE/TRANS/WP.99/2031/1';

const ROWS: Row[] = [
  { lang: 'en', masthead: [SYMBOL, 'Working Party on River Transport', 'Sixty-fifth session'], title: 'Provisional agenda for the sixty-fifth session', held: 'To be held at the Palais des Nations, Geneva, starting at 10 a.m. on Tuesday, 17 June 2031', venue: 'the Palais des Nations, Geneva', items: ['1. Adoption of the agenda.', '2. Other business.'] },
  { lang: 'en', masthead: [SYMBOL, 'Working Party on River Transport', 'Sixty-fifth session'], title: 'Annotated provisional agenda for the sixty-fifth session', held: 'to be held at the Palais des Nations, Geneva, starting on Tuesday, 17 June 2031, at 10 a.m.', venue: 'the Palais des Nations, Geneva', items: ['1. Adoption of the agenda.', '2. Other business.'] },
  { lang: 'fr', masthead: [SYMBOL, 'Groupe de travail des transports fluviaux', 'Soixante-cinquième session'], title: 'Ordre du jour provisoire de la soixante-cinquième session', held: 'qui s’ouvrira au Palais des Nations, à Genève, le mardi 17 juin 2031, à 10 heures', venue: 'Palais des Nations, à Genève', items: ['1. Adoption de l’ordre du jour.', '2. Questions diverses.'] },
  { lang: 'ru', masthead: [SYMBOL, 'Рабочая группа по речному транспорту', 'Шестьдесят пятая сессия'], title: 'Предварительная повестка дня шестьдесят пятой сессии,', held: 'которая состоится во Дворце Наций в Женеве и откроется во вторник, 17 июня 2031 года, в 10 ч 00 мин', venue: 'Дворце Наций в Женеве', items: ['1. Утверждение повестки дня.', '2. Прочие вопросы.'] },
  { lang: 'es', masthead: [SYMBOL, 'Grupo de Trabajo sobre el Transporte Fluvial', '65º período de sesiones'], title: 'Programa provisional del 65º período de sesiones,', held: 'que se celebrará en el Palacio de las Naciones, Ginebra, el martes 17 de junio de 2031, a las 10.00 horas', venue: 'Palacio de las Naciones, Ginebra', items: ['1. Aprobación del programa.', '2. Otros asuntos.'] },
  { lang: 'ar', masthead: [SYMBOL, 'الفريق العامل المعني بالنقل النهري', 'الدورة الخامسة والستون'], title: 'جدول الأعمال المؤقت للدورة الخامسة والستين،', held: 'المقرر عقدها في قصر الأمم، جنيف، يوم الثلاثاء 17 حزيران/يونيه 2031، الساعة 10:00', venue: 'قصر الأمم، جنيف', items: ['1 - إقرار جدول الأعمال.', '2 - مسائل أخرى.'] },
  { lang: 'zh', masthead: [SYMBOL, '内河运输工作组', '第六十五届会议'], title: '第六十五届会议临时议程', held: '将于2031年6月17日星期二上午10时在日内瓦万国宫举行', venue: '日内瓦万国宫', items: ['1. 通过议程。', '2. 其他事项。'] },
];

describe('the held line printed on the title’s line', () => {
  for (const row of ROWS) {
    it(`${row.lang}: "${row.title} ${row.held}"`, () => {
      const text = [...row.masthead, '', `${row.title} ${row.held}`, '', ...row.items].join('\n');
      const result = parseAgenda(text, { lang: row.lang });
      expect(result.document.title).toBe(row.title.replace(/[,،]$/u, ''));
      expect(result.document.kind).not.toBe('other');
      expect(result.meeting.startDate).toBe('2031-06-17');
      expect(result.meeting.venue).toBe(row.venue);
      expect(result.items.length).toBe(2);
    });
    it(`${row.lang}: the same held line under the title gives the same venue and date`, () => {
      const text = [...row.masthead, '', row.title.replace(/[,،]$/u, ''), row.held, '', ...row.items].join('\n');
      const result = parseAgenda(text, { lang: row.lang });
      expect(result.meeting.startDate).toBe('2031-06-17');
      expect(result.meeting.venue).toBe(row.venue);
    });
  }

  it('en: a title that names a meeting held elsewhere in a sentence is a title as before', () => {
    const text = [SYMBOL, 'Working Party on River Transport', 'Sixty-fifth session', 'Geneva, 16-18 June 2031', '', 'Provisional agenda for the sixty-fifth session', '', '1. Adoption of the agenda.', '2. Other business.'].join('\n');
    const result = parseAgenda(text, { lang: 'en' });
    expect(result.document.title).toBe('Provisional agenda for the sixty-fifth session');
    expect(result.meeting.venue).toBe('Geneva');
  });
});
