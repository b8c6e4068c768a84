// The General Assembly's annotated preliminary list (A/…/100): its title printed on one line,
// its items listed in its contents (each entry closed by a leader and page number, a cluster's
// heading among them), then annotated. The kind is left as the title reads; the items must be
// read. Texts are made up, in the printed form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Form {
  title: string;
  items: [string, string, string];
  cluster: string;
  notes: [string, string, string];
}

const FORMS: Partial<Record<Language, Form>> = {
  en: {
    title: 'Annotated preliminary list of items to be included in the provisional agenda of the ninety-first regular session of the General Assembly',
    items: ['Opening of the session', 'General debate', 'Report of the Economic and Social Council'],
    cluster: 'A. Promotion of sustained economic growth',
    notes: ['The President will open the session.', 'The general debate will open on the first day.', 'The report will be before the Assembly.'],
  },
  fr: {
    title: 'Liste préliminaire annotée des questions à inscrire à l’ordre du jour provisoire de la quatre-vingt-onzième session ordinaire de l’Assemblée générale',
    items: ['Ouverture de la session', 'Débat général', 'Rapport du Conseil économique et social'],
    cluster: 'A. Promotion d’une croissance économique soutenue',
    notes: ['Le Président ouvrira la session.', 'Le débat général s’ouvrira le premier jour.', 'Le rapport sera présenté à l’Assemblée.'],
  },
  es: {
    title: 'Lista preliminar anotada de los temas que se incluirán en el programa provisional del nonagésimo primer período ordinario de sesiones de la Asamblea General',
    items: ['Apertura del período de sesiones', 'Debate general', 'Informe del Consejo Económico y Social'],
    cluster: 'A. Promoción del crecimiento económico sostenido',
    notes: ['La Presidencia abrirá el período de sesiones.', 'El debate general comenzará el primer día.', 'El informe se presentará a la Asamblea.'],
  },
  ru: {
    title: 'Аннотированный предварительный перечень пунктов, подлежащих включению в предварительную повестку дня девяносто первой очередной сессии Генеральной Ассамблеи',
    items: ['Открытие сессии', 'Общие прения', 'Доклад Экономического и Социального Совета'],
    cluster: 'A. Содействие поступательному экономическому росту',
    notes: ['Председатель откроет сессию.', 'Общие прения начнутся в первый день.', 'Доклад будет представлен Ассамблее.'],
  },
  ar: {
    title: 'القائمة الأولية المشروحة للبنود المقرر إدراجها في جدول الأعمال المؤقت للدورة العادية الحادية والتسعين للجمعية العامة',
    items: ['افتتاح الدورة', 'المناقشة العامة', 'تقرير المجلس الاقتصادي والاجتماعي'],
    cluster: 'ألف - تعزيز النمو الاقتصادي المطرد',
    notes: ['سيفتتح الرئيس الدورة.', 'ستبدأ المناقشة العامة في اليوم الأول.', 'سيعرض التقرير على الجمعية.'],
  },
  zh: {
    title: '大会第九十一届常会临时议程内列入项目附加说明的初步清单',
    items: ['会议开幕', '一般性辩论', '经济及社会理事会的报告'],
    cluster: 'A. 促进持续经济增长',
    notes: ['主席将宣布会议开幕。', '一般性辩论将于第一天开始。', '报告将提交大会。'],
  },
};

function list(f: Form): string {
  const contents = [`1. ${f.items[0]} . . . . . . 3`, `2. ${f.items[1]} . . . . . . 3`, `${f.cluster} . . . . . . 4`, `3. ${f.items[2]} . . . . . . 4`];
  const annotated = f.items.flatMap((item, i) => [`${i + 1}. ${item}`, '', f.notes[i], '']);
  return `United Nations\tA/91/100\nGeneral Assembly\tDistr.: General\n15 June 2036\nOriginal: English\n\n${f.title}\n\n${contents.join('\n')}\n\n${annotated.join('\n')}`;
}

describe('the annotated preliminary list (A/…/100)', () => {
  it.each(Object.keys(FORMS) as Language[])('%s: its items are read from its contents, then annotated', (language) => {
    const f = FORMS[language]!;
    const doc = parseAgenda(list(f), { lang: language });
    expect(doc.document.kind).not.toBe('other');
    expect(doc.items.map((i) => i.title)).toEqual(f.items);
    expect(doc.items.map((i) => i.annotation)).toEqual(f.notes);
  });
});
