// Annotations whose headings are sections naming their item in brackets, as UNEP's and the
// Montreal Protocol's meetings print them: "I. Opening of the meeting (item 1 of the provisional
// agenda)", "A. Adoption of the agenda (item 2 (a) of the provisional agenda)". The brackets say
// which item (or sub-item) the heading and its paragraphs are; the section's roman or letter is
// no item's number, and the numbered paragraphs under the headings are no items.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Form {
  lang: Language;
  masthead: string[];
  title: string;
  /** The reference in brackets to item n, or sub-item n(letter). */
  ref: (n: number, letter?: string) => string;
  labels: [string, string, string, string];
  letters: [string, string];
  headings: [string, string, string, string, string, string];
  paragraphs: [string, string, string, string, string];
}

const forms: Form[] = [
  {
    lang: 'en',
    masthead: ['Open-ended Working Group of the Parties to the Lake Treaty', 'Twelfth meeting', 'Nairobi, 8-12 July 2029'],
    title: 'Annotated provisional agenda',
    ref: (n, l) => `(item ${n}${l ? ` (${l})` : ''} of the provisional agenda)`,
    labels: ['I.', 'II.', 'III.', 'IV.'],
    letters: ['A.', 'B.'],
    headings: ['Opening of the meeting', 'Organizational matters', 'Adoption of the agenda', 'Organization of work', 'Budget of the trust fund', 'Other matters'],
    paragraphs: [
      'The meeting will be opened at 10 a.m. at the conference centre.',
      'The Working Group may wish to adopt the agenda as set out in the document.',
      'The Working Group may wish to agree on the organization of its work.',
      'The Working Group will consider the budget of the trust fund.',
      'The Working Group may wish to take up any other matter.',
    ],
  },
  {
    lang: 'fr',
    masthead: ['Groupe de travail à composition non limitée des Parties au Traité du lac', 'Douzième réunion', 'Nairobi, 8-12 juillet 2029'],
    title: 'Ordre du jour provisoire annoté',
    ref: (n, l) => `(point ${n}${l ? ` ${l})` : ''} de l’ordre du jour provisoire)`,
    labels: ['I.', 'II.', 'III.', 'IV.'],
    letters: ['A.', 'B.'],
    headings: ['Ouverture de la réunion', "Questions d'organisation", "Adoption de l'ordre du jour", 'Organisation des travaux', "Budget du fonds d'affectation spéciale", 'Questions diverses'],
    paragraphs: [
      'La réunion sera ouverte à 10 heures au centre de conférences.',
      "Le Groupe de travail souhaitera peut-être adopter l'ordre du jour.",
      "Le Groupe de travail souhaitera peut-être convenir de l'organisation de ses travaux.",
      "Le Groupe de travail examinera le budget du fonds d'affectation spéciale.",
      'Le Groupe de travail souhaitera peut-être examiner toute autre question.',
    ],
  },
  {
    lang: 'es',
    masthead: ['Grupo de Trabajo de composición abierta de las Partes en el Tratado del Lago', 'Duodécima reunión', 'Nairobi, 8 a 12 de julio de 2029'],
    title: 'Programa provisional anotado',
    ref: (n, l) => `(tema ${n}${l ? ` ${l})` : ''} del programa provisional)`,
    labels: ['I.', 'II.', 'III.', 'IV.'],
    letters: ['A.', 'B.'],
    headings: ['Apertura de la reunión', 'Cuestiones de organización', 'Aprobación del programa', 'Organización de los trabajos', 'Presupuesto del fondo fiduciario', 'Otros asuntos'],
    paragraphs: [
      'La reunión se inaugurará a las 10.00 horas en el centro de conferencias.',
      'El Grupo de Trabajo tal vez desee aprobar el programa.',
      'El Grupo de Trabajo tal vez desee acordar la organización de sus trabajos.',
      'El Grupo de Trabajo examinará el presupuesto del fondo fiduciario.',
      'El Grupo de Trabajo tal vez desee examinar cualquier otro asunto.',
    ],
  },
  {
    lang: 'ru',
    masthead: ['Рабочая группа открытого состава Сторон Договора об озере', 'Двенадцатое совещание', 'Найроби, 8-12 июля 2029 года'],
    title: 'Аннотированная предварительная повестка дня',
    ref: (n, l) => `(пункт ${n}${l ? ` ${l})` : ''} предварительной повестки дня)`,
    labels: ['I.', 'II.', 'III.', 'IV.'],
    letters: ['A.', 'B.'],
    headings: ['Открытие совещания', 'Организационные вопросы', 'Утверждение повестки дня', 'Организация работы', 'Бюджет целевого фонда', 'Прочие вопросы'],
    paragraphs: [
      'Совещание откроется в 10 ч. 00 м. в конференционном центре.',
      'Рабочая группа, возможно, пожелает утвердить повестку дня.',
      'Рабочая группа, возможно, пожелает согласовать организацию своей работы.',
      'Рабочая группа рассмотрит бюджет целевого фонда.',
      'Рабочая группа, возможно, пожелает рассмотреть любые другие вопросы.',
    ],
  },
  {
    lang: 'ar',
    masthead: ['الفريق العامل المفتوح العضوية للأطراف في معاهدة البحيرة', 'الاجتماع الثاني عشر', 'نيروبي، 8-12 تموز/يوليه 2029'],
    title: 'جدول الأعمال المؤقت المشروح',
    ref: (n, l) => `(البند ${n}${l ? ` (${l})` : ''} من جدول الأعمال المؤقت)`,
    labels: ['أولاً -', 'ثانياً -', 'ثالثاً -', 'رابعاً -'],
    letters: ['ألف -', 'باء -'],
    headings: ['افتتاح الاجتماع', 'المسائل التنظيمية', 'إقرار جدول الأعمال', 'تنظيم الأعمال', 'ميزانية الصندوق الاستئماني', 'مسائل أخرى'],
    paragraphs: [
      'سيفتتح الاجتماع في الساعة العاشرة صباحا في مركز المؤتمرات.',
      'قد يود الفريق العامل أن يقر جدول الأعمال.',
      'قد يود الفريق العامل أن يتفق على تنظيم أعماله.',
      'سينظر الفريق العامل في ميزانية الصندوق الاستئماني.',
      'قد يود الفريق العامل أن ينظر في أي مسائل أخرى.',
    ],
  },
  {
    lang: 'zh',
    masthead: ['湖泊条约缔约方不限成员名额工作组', '第十二次会议', '2029年7月8日至12日，内罗毕'],
    title: '临时议程说明',
    ref: (n, l) => `（临时议程项目${n}${l ? `(${l})` : ''}）`,
    labels: ['一、', '二、', '三、', '四、'],
    letters: ['A.', 'B.'],
    headings: ['会议开幕', '组织事项', '通过议程', '工作安排', '信托基金预算', '其他事项'],
    paragraphs: [
      '会议将于上午10时在会议中心开幕。',
      '工作组不妨通过议程。',
      '工作组不妨商定其工作安排。',
      '工作组将审议信托基金预算。',
      '工作组不妨审议任何其他事项。',
    ],
  },
];

function annotations(form: Form): string {
  const { labels, letters, headings: h, paragraphs: p, ref } = form;
  const sep = form.lang === 'zh' || form.lang === 'ar' ? '' : ' ';
  const numbered = (k: number) => `${k}.${sep}${form.lang === 'zh' ? '' : ' '}${p[k - 1]}`;
  return [
    ...form.masthead,
    '',
    form.title,
    '',
    `${labels[0]} ${h[0]} ${ref(1)}`,
    '',
    numbered(1),
    '',
    `${labels[1]} ${h[1]} ${ref(2)}`,
    '',
    `${letters[0]} ${h[2]} ${ref(2, form.lang === 'ar' ? 'أ' : 'a')}`,
    '',
    numbered(2),
    '',
    `${letters[1]} ${h[3]} ${ref(2, form.lang === 'ar' ? 'ب' : 'b')}`,
    '',
    numbered(3),
    '',
    `${labels[2]} ${h[4]} ${ref(3)}`,
    '',
    numbered(4),
    '',
    `${labels[3]} ${h[5]} ${ref(4)}`,
    '',
    numbered(5),
    '',
  ].join('\n');
}

describe('section headings naming their item in brackets', () => {
  it.each(forms.map((form) => [form.lang, form] as const))('%s: the brackets name the items, the paragraphs are annotations', (_lang, form) => {
    const doc = parseAgenda(annotations(form), { lang: form.lang });
    const { headings: h, paragraphs: p } = form;
    expect(doc.items.map((item) => [item.number, item.title])).toEqual([
      ['1', h[0]],
      ['2', h[1]],
      ['3', h[4]],
      ['4', h[5]],
    ]);
    expect(doc.items[1]!.subItems.map((sub) => [sub.number, sub.title])).toEqual([
      ['2(a)', h[2]],
      ['2(b)', h[3]],
    ]);
    expect(doc.items[0]!.annotation).toContain(p[0]);
    expect(doc.items[1]!.subItems[0]!.annotation).toContain(p[1]);
    expect(doc.items[1]!.subItems[1]!.annotation).toContain(p[2]);
    expect(doc.items[2]!.annotation).toContain(p[3]);
    expect(doc.items[3]!.annotation).toContain(p[4]);
    expect(doc.items[1]!.annotation).toBeNull();
  });

  it('a reference run on to the next line closes there', () => {
    const form = forms[0]!;
    const text = annotations(form).replace(
      `I. Opening of the meeting (item 1 of the provisional agenda)`,
      `I. Opening of the preparatory segment (item 1 of the provisional agenda for the\npreparatory segment)`,
    );
    const doc = parseAgenda(text, { lang: 'en' });
    expect(doc.items[0]!.title).toBe('Opening of the preparatory segment');
    expect(doc.items[0]!.annotation).toBe(`1. ${form.paragraphs[0]}`);
  });

  it.each(forms.map((form) => [form.lang, form] as const))('%s: printed without blank lines', (_lang, form) => {
    const text = annotations(form).split('\n').filter((line, k) => k < 4 || line !== '').join('\n');
    const doc = parseAgenda(text, { lang: form.lang });
    expect(doc.items.map((item) => [item.number, item.title])).toEqual([
      ['1', form.headings[0]],
      ['2', form.headings[1]],
      ['3', form.headings[4]],
      ['4', form.headings[5]],
    ]);
    expect(doc.items[1]!.subItems.map((sub) => sub.title)).toEqual([form.headings[2], form.headings[3]]);
    expect(doc.items[0]!.annotation).toContain(form.paragraphs[0]);
    expect(doc.items[3]!.annotation).toContain(form.paragraphs[4]);
  });

  it('a wrapped paragraph line ending in a reference is no heading', () => {
    const text = annotations(forms[0]!).replace(
      'The meeting will be opened at 10 a.m. at the conference centre.',
      'The meeting will be opened at 10 a.m. at the conference centre, as the Bureau agreed when it\ndiscussed the arrangements (item 1 of the provisional agenda)',
    );
    const doc = parseAgenda(text, { lang: 'en' });
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4']);
    expect(doc.items[0]!.annotation).toContain('discussed the arrangements (item 1 of the provisional agenda)');
  });

  it('a paragraph ending in a reference and a full stop is no heading', () => {
    const text = [
      ...forms[0]!.masthead,
      '',
      'Annotated provisional agenda',
      '',
      '1. Opening of the meeting',
      '',
      '2. The meeting will be opened by the Chair (item 1 of the provisional agenda).',
      '',
      '3. Other matters',
      '',
    ].join('\n');
    const doc = parseAgenda(text, { lang: 'en' });
    expect(doc.items.map((item) => item.title)).not.toContain('The meeting will be opened by the Chair');
  });
});

describe('a list followed by annotations whose headings name their items in brackets', () => {
  it('each heading goes to the item its brackets name', () => {
    const text = [
      ...forms[0]!.masthead,
      '',
      'Provisional agenda and annotations',
      '',
      'I. Provisional agenda',
      '',
      '1. Opening of the meeting.',
      '2. Organizational matters:',
      '   (a) Adoption of the agenda;',
      '   (b) Organization of work.',
      '3. Other matters.',
      '',
      'II. Annotations',
      '',
      'A. Opening of the meeting (item 1 of the provisional agenda)',
      '',
      '1. The meeting will be opened at 10 a.m. at the conference centre.',
      '',
      'B. Adoption of the agenda (item 2 (a) of the provisional agenda)',
      '',
      '2. The Working Group may wish to adopt the agenda.',
      '',
      'C. Organization of work (item 2 (b) of the provisional agenda)',
      '',
      '3. The Working Group may wish to agree on its work.',
      '',
      'D. Other matters (item 3 of the provisional agenda)',
      '',
      '4. The Working Group may wish to take up any other matter.',
      '',
    ].join('\n');
    const doc = parseAgenda(text, { lang: 'en' });
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    expect(doc.items[0]!.annotation).toBe('1. The meeting will be opened at 10 a.m. at the conference centre.');
    expect(doc.items[1]!.subItems[0]!.annotation).toBe('2. The Working Group may wish to adopt the agenda.');
    expect(doc.items[1]!.subItems[1]!.annotation).toBe('3. The Working Group may wish to agree on its work.');
    expect(doc.items[2]!.annotation).toBe('4. The Working Group may wish to take up any other matter.');
  });
});
