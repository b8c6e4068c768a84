// Texts that have lost their line breaks (a page run together on one line): the breaks are put
// back before entries and headings, and a text with its breaks is never touched.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import { localeFor } from '../../src/locales/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { hasLostLineBreaks, restoreLostLineBreaks } from '../../src/normalise/reflow.js';
import type { Language } from '../../src/schema.js';

interface ItemLike {
  number: string;
  title: string;
  subItems?: ItemLike[];
}
const flatItems = (items: readonly ItemLike[]): string[] => items.flatMap((i) => [`${i.number} ${i.title}`, ...flatItems(i.subItems ?? [])]);

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
function textFixtures(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) textFixtures(path, out);
    else if (entry.name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/**
 * Fixtures whose text, run together, cannot give the golden items, and why.
 */
const CANNOT: Record<string, string> = {
  // An annotations document (Add.1) whose paragraph numbers stand after its item headings
  // ("Tema 1. Apertura …  1. La Presidenta …"): run together, heading and paragraph are one.
  'es/HSB_EB_9_1_Add.1.txt': 'paragraph numbers printed after each heading',
  // Arabic text extracted in visual order: some item numbers stand after their titles
  // ("… الرقمية. -٥"), which only the line breaks placed.
  'ar/A_HRC_WG.99_2031_1.txt': 'item numbers after their titles (visual order)',
  // Its annotations heading is misspelt ("الشروع" for "الشروح"): the line reader matches it
  // fuzzily on a line of its own, the break step only as the table prints it, so the
  // annotations' sub-items run on as the last item's.
  'ar/CTOC_COP_WG.4_2010_1.txt': 'annotations heading misspelt',
  // An unnumbered "其他事项" (Other matters) item after page furniture with no stop between.
  'zh/E_C.25_2015_1.txt': 'an unnumbered item after page furniture',
};

describe('a fixture with its line breaks replaced by spaces gives the golden items', () => {
  for (const path of textFixtures(fixtures)) {
    const name = relative(fixtures, path);
    const golden = JSON.parse(readFileSync(`${path}.expected.json`, 'utf8')) as { items: ItemLike[] };
    const runTogether = readFileSync(path, 'utf8').replace(/\r?\n/g, ' ');
    const reason = CANNOT[name];
    it(`${name}${reason ? ` (cannot: ${reason})` : ''}`, () => {
      const got = flatItems(parseAgenda(runTogether).items as ItemLike[]);
      if (reason) expect(got).not.toEqual(flatItems(golden.items));
      else expect(got).toEqual(flatItems(golden.items));
    });
  }
});

/** One agenda per language, as a page prints it (with its line breaks). */
const AGENDAS: Record<Language, { text: string; items: string[] }> = {
  en: {
    text: 'United Nations\tX/Y/2031/1\nDistr.: General\n12 March 2031\nOriginal: English\n\nCommittee on Lighthouses\nFourth session\nGeneva, 3-7 May 2031\n\nProvisional agenda\n\n1.\tOpening of the session.\n2.\tAdoption of the agenda.\n3.\tLighthouse keeping:\n(a)\tLamps and lenses;\n(b)\tFog signals.\n4.\tOther matters.\n5.\tAdoption of the report.\n\nAnnotations\n\n1.\tOpening of the session\n\nThe session will be opened by the Chair of the Committee on Monday, 3 May 2031, at 10 a.m. in the main hall of the building.\n\n2.\tAdoption of the agenda\n\nThe Committee will be invited to adopt its provisional agenda as set out in the present document, which was prepared by the secretariat.\n',
    items: ['1 Opening of the session', '2 Adoption of the agenda', '3 Lighthouse keeping', '3(a) Lamps and lenses', '3(b) Fog signals', '4 Other matters', '5 Adoption of the report'],
  },
  fr: {
    text: 'Nations Unies\tX/Y/2031/1\nDistr. générale\n12 mars 2031\nOriginal : anglais\n\nComité des phares\nQuatrième session\nGenève, 3-7 mai 2031\n\nOrdre du jour provisoire\n\n1.\tOuverture de la session.\n2.\tAdoption de l’ordre du jour.\n3.\tEntretien des phares :\n\ta)\tLampes et lentilles ;\n\tb)\tSignaux de brume.\n4.\tQuestions diverses.\n5.\tAdoption du rapport.\n\nAnnotations\n\n1.\tOuverture de la session\n\nLa session sera ouverte par le Président du Comité le lundi 3 mai 2031 à 10 heures, dans la grande salle du bâtiment principal de Genève.\n',
    items: ['1 Ouverture de la session', '2 Adoption de l’ordre du jour', '3 Entretien des phares', '3(a) Lampes et lentilles', '3(b) Signaux de brume', '4 Questions diverses', '5 Adoption du rapport'],
  },
  es: {
    text: 'Naciones Unidas\tX/Y/2031/1\nDistr. general\n12 de marzo de 2031\nOriginal: inglés\n\nComité de Faros\nCuarto período de sesiones\nGinebra, 3 a 7 de mayo de 2031\n\nPrograma provisional\n\n1.\tApertura del período de sesiones.\n2.\tAprobación del programa.\n3.\tMantenimiento de los faros:\n\ta)\tLámparas y lentes;\n\tb)\tSeñales de niebla.\n4.\tOtros asuntos.\n5.\tAprobación del informe.\n\nAnotaciones\n\n1.\tApertura del período de sesiones\n\nEl período de sesiones será inaugurado por el Presidente del Comité el lunes 3 de mayo de 2031, a las 10.00 horas, en la sala principal.\n',
    items: ['1 Apertura del período de sesiones', '2 Aprobación del programa', '3 Mantenimiento de los faros', '3(a) Lámparas y lentes', '3(b) Señales de niebla', '4 Otros asuntos', '5 Aprobación del informe'],
  },
  ru: {
    text: 'Организация Объединенных Наций\tX/Y/2031/1\nDistr.: General\n12 March 2031\nRussian\nOriginal: English\n\nКомитет по маякам\nЧетвертая сессия\nЖенева, 3–7 мая 2031 года\n\nПредварительная повестка дня\n\n1.\tОткрытие сессии.\n2.\tУтверждение повестки дня.\n3.\tСодержание маяков:\n\tа)\tлампы и линзы;\n\tб)\tтуманные сигналы.\n4.\tПрочие вопросы.\n5.\tУтверждение доклада.\n\nАннотации\n\n1.\tОткрытие сессии\n\nСессию откроет Председатель Комитета в понедельник, 3 мая 2031 года, в 10 час. 00 мин. в главном зале здания.\n',
    items: ['1 Открытие сессии', '2 Утверждение повестки дня', '3 Содержание маяков', '3(a) лампы и линзы', '3(b) туманные сигналы', '4 Прочие вопросы', '5 Утверждение доклада'],
  },
  ar: {
    text: 'الأمم المتحدة\tX/Y/2031/1\nDistr.: General\n12 March 2031\nArabic\nOriginal: English\n\nلجنة المنارات\nالدورة الرابعة\nجنيف، ٣-٧ أيار/مايو ٢٠٣١\n\nجدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n٢- إقرار جدول الأعمال.\n٣- صيانة المنارات:\n(أ) المصابيح والعدسات؛\n(ب) إشارات الضباب.\n٤- مسائل أخرى.\n٥- اعتماد التقرير.\n\nالشروح\n\n١- افتتاح الدورة\n\nسيفتتح رئيس اللجنة الدورة في الساعة العاشرة من صباح يوم الاثنين ٣ أيار/مايو ٢٠٣١ في القاعة الرئيسية للمبنى، وسيدلي ببيان افتتاحي قصير.\n',
    items: ['1 افتتاح الدورة', '2 إقرار جدول الأعمال', '3 صيانة المنارات', '3(a) المصابيح والعدسات', '3(b) إشارات الضباب', '4 مسائل أخرى', '5 اعتماد التقرير'],
  },
  zh: {
    text: '联合国\tX/Y/2031/1\nDistr.: General\n12 March 2031\nChinese\nOriginal: English\n\n灯塔委员会\n第四届会议\n2031年5月3日至7日，日内瓦\n\n临时议程\n\n1. 会议开幕。\n2. 通过议程。\n3. 灯塔维护：\n（a） 灯具和透镜；\n（b） 雾号。\n4. 其他事项。\n5. 通过报告。\n\n说明\n\n1. 会议开幕\n\n委员会主席将于2031年5月3日星期一上午10时在大楼主会议厅宣布会议开幕，并作简短的开幕发言。委员会随后将审议秘书处编写的关于灯塔维护工作的报告，并讨论今后的工作安排和闭会期间的活动。委员会还将听取各成员国关于本国灯塔维护情况的口头报告。\n',
    items: ['1 会议开幕', '2 通过议程', '3 灯塔维护', '3(a) 灯具和透镜', '3(b) 雾号', '4 其他事项', '5 通过报告'],
  },
};

const LANGUAGES = Object.keys(AGENDAS) as Language[];
const itemsOf = (text: string) => flatItems(parseAgenda(text).items as ItemLike[]);

describe('detection: only a text that has lost its line breaks is reflowed', () => {
  for (const lang of LANGUAGES) {
    const { text } = AGENDAS[lang];
    it(`${lang}: the page as printed is kept as it is (the same object)`, () => {
      expect(hasLostLineBreaks(text, lang === 'zh')).toBe(false);
      const norm = normalise(text);
      expect(restoreLostLineBreaks(norm, localeFor(lang))).toBe(norm);
    });
    it(`${lang}: the page run together on one line is reflowed`, () => {
      expect(hasLostLineBreaks(text.replace(/\n/g, ' '), lang === 'zh')).toBe(true);
    });
  }
  it('a short text on one line, or one long paragraph among short lines, is no lost text', () => {
    expect(hasLostLineBreaks('Provisional agenda 1. Opening. 2. Other matters.')).toBe(false);
    const paragraph = 'The Committee will consider the report. '.repeat(15);
    expect(hasLostLineBreaks(`Provisional agenda\n\n1. Opening\n\n${paragraph}\n\n2. Other matters\n\n3. Adoption of the report\n\nAnnex\n\nTimetable\n`)).toBe(false);
  });
});

describe('breaks: a page run together gives the items of the page as printed', () => {
  for (const lang of LANGUAGES) {
    const { text, items } = AGENDAS[lang];
    it(`${lang}: as printed`, () => expect(itemsOf(text)).toEqual(items));
    it(`${lang}: every line break a space`, () => expect(itemsOf(text.replace(/\n/g, ' '))).toEqual(items));
    it(`${lang}: every line break a space and tabs spaces`, () => expect(itemsOf(text.replace(/[\n\t]+/g, ' '))).toEqual(items));
    it(`${lang}: an annotations heading that repeats the list's title ends with it, the paragraph after is the annotation`, () => {
      const annotation = (source: string) => parseAgenda(source).items[0]!.annotation;
      // As printed, item 1's annotation is the paragraph under its heading in the annotations.
      const paragraphs = text.split('\n\n');
      const title = items[0]!.slice(items[0]!.indexOf(' ') + 1);
      const underHeading = paragraphs[paragraphs.findLastIndex((paragraph) => paragraph.endsWith(title)) + 1]!.trim();
      expect(annotation(text)).toBe(underHeading);
      expect(annotation(text.replace(/\n/g, ' '))).toBe(annotation(text));
    });
  }
  it('zh: line breaks lost with no space left: a "\\n" is inserted, and spans stay exact', () => {
    const source = AGENDAS.zh.text.replace(/\n+/g, (_, offset: number) => (/[。：；]/.test(AGENDAS.zh.text[offset - 1] ?? '') ? '' : ' '));
    const doc = parseAgenda(source);
    expect(flatItems(doc.items as ItemLike[])).toEqual(AGENDAS.zh.items);
    for (const item of doc.items) {
      // The entry's span, its marker and title, reads the same in the source.
      const span = item.span!;
      expect(source.slice(span.start, span.end)).toMatch(new RegExp(`^${item.number}\\. ${item.title}`));
    }
  });
  it('ar: items bulleted "- ١ …" with no separator, under a title with a word after the table form', () => {
    const text = AGENDAS.ar.text.replace(/^([١-٥])- /gm, '- $1 ').replace('جدول الأعمال المؤقت\n', 'جدول الأعمال المؤقت وشروحه\n');
    expect(itemsOf(text)).toEqual(AGENDAS.ar.items);
    expect(itemsOf(text.replace(/\n/g, ' '))).toEqual(AGENDAS.ar.items);
  });
  it('the next item may start its title with a year; a stray number may not', () => {
    const text = AGENDAS.en.text.replace('4.\tOther matters.', '4.\t2032-2033 programme of work.');
    const items = AGENDAS.en.items.map((i) => (i.startsWith('4 ') ? '4 2032-2033 programme of work' : i));
    expect(itemsOf(text.replace(/\n/g, ' '))).toEqual(items);
  });
  it('an item title ends at its full stop: a footnote after the last item is no part of it', () => {
    const text = `${AGENDAS.en.text.split('\n\nAnnotations')[0]!.replace(/\n/g, ' ')} * The session will open on Monday, 3 May 2031, at 10 a.m. 31-01234 (E) 010331 *3101234*`;
    expect(itemsOf(text)).toEqual(AGENDAS.en.items);
  });
  it('a sentence is never broken where a heading word starts it in lower-case context', () => {
    const norm = normalise(`${'Documents submitted to the session will be issued in advance. The 2030 Agenda for Sustainable Development guides the work. '.repeat(8)}`);
    const out = restoreLostLineBreaks(norm, localeFor('en'));
    expect(out.text).toBe(norm.text);
  });
  it('long white-space runs after entries are read in linear time (no pattern retried along a run)', () => {
    const hostile = `x${' '.repeat(50_000)}1. Opening of the session 2. Other matters (a) B Annotations`.repeat(10);
    const started = performance.now();
    restoreLostLineBreaks(normalise(hostile), localeFor('en'));
    parseAgenda(hostile);
    expect(performance.now() - started).toBeLessThan(3000);
  });
  it('a long run of markers on one line is read in linear time', () => {
    const hostile = '1. A 2. B (a) C; (b) D. Annotations 1. E '.repeat(25_000);
    const started = performance.now();
    const out = restoreLostLineBreaks(normalise(hostile), localeFor('en'));
    expect(out.text.length).toBeGreaterThanOrEqual(hostile.length);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
