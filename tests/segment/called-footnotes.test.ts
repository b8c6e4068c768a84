// A footnote called from the title ("Programa provisional anotado *") printed with no rule above
// it, as text from a web page or a converted file has it: at the foot of the first page, inside
// an annotation or after the last item. It is page furniture, no part of the annotation; a
// bulleted list whose entries open with the same star is no footnote. Our own sentences in the
// forms real agendas print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Form {
  masthead: string[];
  title: string;
  annotationsHeading: string;
  items: [string, string][];
  /** The second item's annotation in two halves, the page break between them. */
  halves: [string, string];
  footnote: string;
}

const FORMS: Partial<Record<Language, Form>> = {
  es: {
    masthead: ['Naciones Unidas', 'E/C.99/41/1', 'Consejo Económico y Social', 'Distr. general', '5 de enero de 2031', 'Español', 'Original: inglés', 'Comité de los Ríos', '41 er período de sesiones', '17 de febrero a 7 de marzo de 2031'],
    title: 'Programa provisional anotado *',
    annotationsHeading: 'Anotaciones',
    items: [['Aprobación del programa', 'El Comité aprobará su programa.'], ['Organización de los trabajos', ''], ['Asuntos diversos', '']],
    halves: ['El Comité celebrará el período de sesiones en el Palacio de los Ríos,', 'en Ginebra, durante tres semanas.'],
    footnote: '* El presente documento se publica sin haber sido objeto de revisión editorial.',
  },
  fr: {
    masthead: ['Nations Unies', 'E/C.99/41/1', 'Conseil économique et social', 'Distr. générale', '5 janvier 2031', 'Français', 'Original : anglais', 'Comité des rivières', 'Quarante et unième session', '17 février-7 mars 2031'],
    title: 'Ordre du jour provisoire annoté*',
    annotationsHeading: 'Annotations',
    items: [["Adoption de l'ordre du jour", "Le Comité adoptera son ordre du jour."], ['Organisation des travaux', ''], ['Questions diverses', '']],
    halves: ['Le Comité tiendra sa quarante et unième session au Palais des rivières,', 'à Genève, pendant trois semaines.'],
    footnote: '* Le présent document n’a pas été revu par les services d’édition.',
  },
  en: {
    masthead: ['United Nations', 'E/C.99/41/1', 'Economic and Social Council', 'Distr.: General', '5 January 2031', 'Original: English', 'Committee on Rivers', 'Forty-first session', '17 February-7 March 2031'],
    title: 'Annotated provisional agenda*',
    annotationsHeading: 'Annotations',
    items: [['Adoption of the agenda', 'The Committee will adopt its agenda.'], ['Organization of work', ''], ['Other matters', '']],
    halves: ['The Committee will hold the session at the Palace of Rivers,', 'in Geneva, for three weeks.'],
    footnote: '* The present document is being issued without formal editing.',
  },
  ru: {
    masthead: ['Организация Объединенных Наций', 'E/C.99/41/1', 'Экономический и Социальный Совет', 'Distr.: General', '5 January 2031', 'Russian', 'Original: English', 'Комитет по рекам', 'Сорок первая сессия', '17 февраля — 7 марта 2031 года'],
    title: 'Предварительная повестка дня с аннотациями*',
    annotationsHeading: 'Аннотации',
    items: [['Утверждение повестки дня', 'Комитет утвердит свою повестку дня.'], ['Организация работы', ''], ['Прочие вопросы', '']],
    halves: ['Комитет проведет свою сорок первую сессию во Дворце рек и озер,', 'в Женеве, в течение трех недель.'],
    footnote: '* Настоящий документ выпускается без официального редактирования.',
  },
};

function documentWith(form: Form, footnoteAt: 'page break' | 'end'): string {
  const lines = [...form.masthead, '', form.title, ''];
  form.items.forEach(([title], i) => lines.push(`${i + 1}.\t${title}.`));
  lines.push('', form.annotationsHeading, '');
  form.items.forEach(([title, annotation], i) => {
    lines.push(`${i + 1}.\t${title}`, '');
    if (i === 1) {
      if (footnoteAt === 'page break') lines.push(form.halves[0], '', form.footnote, '', form.halves[1], '');
      else lines.push(`${form.halves[0]} ${form.halves[1]}`, '');
    } else if (annotation) {
      lines.push(annotation, '');
    }
  });
  if (footnoteAt === 'end') lines.push(form.footnote);
  return lines.join('\n');
}

describe('a footnote called from the title is no part of an annotation', () => {
  for (const [lang, form] of Object.entries(FORMS) as [Language, Form][]) {
    it(`${lang}: printed at a page break inside an annotation`, () => {
      const items = parseAgenda(documentWith(form, 'page break'), { lang }).items;
      expect(items.map((item) => item.number)).toEqual(['1', '2', '3']);
      expect(items[1]!.annotation).toBe(`${form.halves[0]} ${form.halves[1]}`);
    });
    it(`${lang}: printed after the last item`, () => {
      const items = parseAgenda(documentWith(form, 'end'), { lang }).items;
      expect(items[2]!.annotation).toBeNull();
    });
  }

  it('en: a bulleted list whose entries open with the star stays in the annotation', () => {
    const form = FORMS.en!;
    const text = documentWith(form, 'end').replace(
      'The Committee will adopt its agenda.',
      'The Committee will consider:\n\n* The report of the Bureau.\n\n* The report of the secretariat.',
    );
    const items = parseAgenda(text, { lang: 'en' }).items;
    expect(items[0]!.annotation).toContain('The report of the Bureau');
    expect(items[0]!.annotation).toContain('The report of the secretariat');
  });
});

// Chinese and Arabic print the call and the footnote so too: after the last item here.
const LAST_ITEM: [Language, string][] = [
  ['zh', ['联合国', 'E/C.99/41/1', '经济及社会理事会', 'Distr.: General', '5 January 2031', 'Chinese', 'Original: English', '河流委员会', '第四十一届会议', '', '临时议程和说明*', '', '1.\t通过议程。', '2.\t其他事项。', '', '说明', '', '1.\t通过议程', '', '委员会将通过其议程。', '', '2.\t其他事项', '', '* 本文件未经正式编辑即印发。'].join('\n')],
  ['ar', ['الأمم المتحدة', 'E/C.99/41/1', 'المجلس الاقتصادي والاجتماعي', 'Distr.: General', '5 January 2031', 'Arabic', 'Original: English', 'لجنة الأنهار', 'الدورة الحادية والأربعون', '', 'جدول الأعمال المؤقت وشروحه*', '', '1 - إقرار جدول الأعمال.', '2 - مسائل أخرى.', '', 'الشروح', '', '1 - إقرار جدول الأعمال', '', 'ستقر اللجنة جدول أعمالها.', '', '2 - مسائل أخرى', '', '* تصدر هذه الوثيقة دون تحرير رسمي.'].join('\n')],
];

describe('a footnote called from the title after the last item (zh, ar)', () => {
  it.each(LAST_ITEM)('%s', (lang, text) => {
    const items = parseAgenda(text, { lang }).items;
    expect(items.map((item) => item.number)).toEqual(['1', '2']);
    expect(items[0]!.annotation).not.toBeNull();
    expect(items[1]!.annotation).toBeNull();
  });
});
