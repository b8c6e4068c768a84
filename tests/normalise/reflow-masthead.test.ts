// A masthead run together on one line reads as the same masthead with its lines: the names one
// by one (body, then organ), the session, the venue and date, the "Distr." / date / language fields.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
function textFixtures(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) textFixtures(path, out);
    else if (entry.name.endsWith('.txt')) out.push(path);
  }
  return out;
}

type Doc = ReturnType<typeof parseAgenda>;
const FIELDS = {
  symbol: (d: Doc) => d.document.symbol,
  issued: (d: Doc) => d.document.issued,
  distribution: (d: Doc) => d.document.distribution,
  originalLanguage: (d: Doc) => d.document.originalLanguage,
  body: (d: Doc) => d.meeting?.body ?? null,
  organ: (d: Doc) => d.meeting?.organ ?? null,
  session: (d: Doc) => d.meeting?.session ?? null,
  venue: (d: Doc) => d.meeting?.venue ?? null,
  startDate: (d: Doc) => d.meeting?.startDate ?? null,
};
type FieldName = keyof typeof FIELDS;

/** Fields a fixture's flat text cannot give as its golden file does, and why (those it gives are checked). */
const CANNOT: Record<string, { fields: FieldName[]; why: string }> = {
  // Two columns printed side by side: the body's name wraps beside "Distr.: Limited", the date of
  // issue and "Original: English", so run together its pieces alternate with those fields.
  'en/DP_2031_L.1.txt': { fields: ['body', 'issued', 'session', 'venue', 'startDate'], why: "the body's name interleaved with the masthead's fields" },
};

describe("a fixture's masthead, its line breaks replaced by spaces, reads as with its lines", () => {
  for (const path of textFixtures(fixtures)) {
    const name = relative(fixtures, path);
    const cannot = CANNOT[name];
    it(`${name}${cannot ? ` (cannot: ${cannot.fields.join(', ')}: ${cannot.why})` : ''}`, () => {
      const golden = JSON.parse(readFileSync(`${path}.expected.json`, 'utf8')) as Doc;
      const flat = parseAgenda(readFileSync(path, 'utf8').replace(/\s*\n\s*/g, ' '));
      for (const [field, read] of Object.entries(FIELDS) as [FieldName, (d: Doc) => unknown][]) {
        if (cannot?.fields.includes(field)) {
          // Left out rather than guessed: a wrong value is worse than none.
          if (field === 'body' || field === 'venue') expect(read(flat), field).toBeNull();
          continue;
        }
        expect(read(flat), field).toEqual(read(golden));
      }
    });
  }
});

/** A masthead per language, as a page prints it, and what it names. */
const MASTHEADS: Record<Language, { text: string; body: string; organ: string; session: string; venue: string }> = {
  en: {
    text: 'United Nations\tX/Y/WG.1/2031/1\nDistr.: General\n2 March 2031\nOriginal: English\n\nConference of the Parties to the Convention on Lighthouses and Coastal Safety\nWorking Group on Fog Signals\nSecond session\nVienna, 3-7 May 2031\n\nProvisional agenda\n\n1.\tOpening of the session.\n2.\tAdoption of the agenda.\n3.\tFog signals.\n4.\tOther matters.\n5.\tAdoption of the report.\n\nAnnotations\n\n1.\tOpening of the session\n\nThe session will be opened by the Chair of the Working Group on Monday, 3 May 2031, at 10 a.m. in the main hall of the building, with a short statement.\n',
    body: 'Conference of the Parties to the Convention on Lighthouses and Coastal Safety',
    organ: 'Working Group on Fog Signals',
    session: 'Second session',
    venue: 'Vienna',
  },
  fr: {
    text: 'Nations Unies\tX/Y/WG.1/2031/1\nDistr. générale\n2 mars 2031\nOriginal : anglais\n\nConférence des Parties à la Convention sur les phares\nGroupe de travail sur les signaux de brume\nDeuxième session\nGenève, 3-7 mai 2031\n\nOrdre du jour provisoire\n\n1.\tOuverture de la session.\n2.\tAdoption de l’ordre du jour.\n3.\tSignaux de brume.\n4.\tQuestions diverses.\n5.\tAdoption du rapport.\n\nAnnotations\n\n1.\tOuverture de la session\n\nLa session sera ouverte par le Président du Groupe de travail le lundi 3 mai 2031 à 10 heures, dans la grande salle du bâtiment principal.\n',
    body: 'Conférence des Parties à la Convention sur les phares',
    organ: 'Groupe de travail sur les signaux de brume',
    session: 'Deuxième session',
    venue: 'Genève',
  },
  es: {
    text: 'Naciones Unidas\tX/Y/WG.1/2031/1\nDistr. general\n2 de marzo de 2031\nOriginal: inglés\n\nConferencia de las Partes en la Convención sobre los Faros\nGrupo de Trabajo sobre las Señales de Niebla\nSegundo período de sesiones\nViena, 3 a 7 de mayo de 2031\n\nPrograma provisional\n\n1.\tApertura del período de sesiones.\n2.\tAprobación del programa.\n3.\tSeñales de niebla.\n4.\tOtros asuntos.\n5.\tAprobación del informe.\n\nAnotaciones\n\n1.\tApertura del período de sesiones\n\nEl período de sesiones será inaugurado por el Presidente del Grupo de Trabajo el lunes 3 de mayo de 2031, a las 10.00 horas, en la sala principal.\n',
    body: 'Conferencia de las Partes en la Convención sobre los Faros',
    organ: 'Grupo de Trabajo sobre las Señales de Niebla',
    session: 'Segundo período de sesiones',
    venue: 'Viena',
  },
  ru: {
    text: 'Организация Объединенных Наций\tX/Y/WG.1/2031/1\nГенеральная Ассамблея\tDistr.: General\n2 March 2031\nRussian\nOriginal: English\n\nКомитет по маякам и безопасности на побережье\nРабочая группа по туманным сигналам\nВторая сессия\nВена, 3–7 мая 2031 года\n\nПредварительная повестка дня\n\n1.\tОткрытие сессии.\n2.\tУтверждение повестки дня.\n3.\tТуманные сигналы.\n4.\tПрочие вопросы.\n5.\tУтверждение доклада.\n\nАннотации\n\n1.\tОткрытие сессии\n\nСессию откроет Председатель Рабочей группы в понедельник, 3 мая 2031 года, в 10 час. 00 мин. в главном зале здания.\n',
    body: 'Комитет по маякам и безопасности на побережье',
    organ: 'Рабочая группа по туманным сигналам',
    session: 'Вторая сессия',
    venue: 'Вена',
  },
  ar: {
    text: 'الأمم المتحدة\tX/Y/WG.1/2031/1\nDistr.: General\n2 March 2031\nArabic\nOriginal: English\n\nلجنة المنارات والسلامة الساحلية\nالفريق العامل المعني بإشارات الضباب\nالدورة الثانية\nفيينا، ٣-٧ أيار/مايو ٢٠٣١\n\nجدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n٢- إقرار جدول الأعمال.\n٣- إشارات الضباب.\n٤- مسائل أخرى.\n٥- اعتماد التقرير.\n\nالشروح\n\n١- افتتاح الدورة\n\nسيفتتح رئيس الفريق العامل الدورة في الساعة العاشرة من صباح يوم الاثنين ٣ أيار/مايو ٢٠٣١ في القاعة الرئيسية للمبنى، وسيدلي ببيان افتتاحي قصير.\n',
    body: 'لجنة المنارات والسلامة الساحلية',
    organ: 'الفريق العامل المعني بإشارات الضباب',
    session: 'الدورة الثانية',
    venue: 'فيينا',
  },
  zh: {
    text: '联合国\tX/Y/WG.1/2031/1\nDistr.: General\n2 March 2031\nChinese\nOriginal: English\n\n灯塔和海岸安全公约缔约方会议\n雾号问题工作组\n第二届会议\n2031年5月3日至7日，维也纳\n\n临时议程\n\n1. 会议开幕。\n2. 通过议程。\n3. 雾号。\n4. 其他事项。\n5. 通过报告。\n\n说明\n\n1. 会议开幕\n\n工作组主席将于2031年5月3日星期一上午10时在大楼主会议厅宣布会议开幕，并作简短的开幕发言。工作组随后将审议秘书处编写的关于雾号的报告，并讨论今后的工作安排和闭会期间的活动。\n',
    body: '灯塔和海岸安全公约缔约方会议',
    organ: '雾号问题工作组',
    session: '第二届会议',
    venue: '维也纳',
  },
};

describe('a masthead run together on one line: names, session, venue', () => {
  for (const lang of Object.keys(MASTHEADS) as Language[]) {
    const { text, ...expected } = MASTHEADS[lang];
    const read = (source: string) => {
      const m = parseAgenda(source).meeting!;
      return { body: m.body, organ: m.organ, session: m.session, venue: m.venue };
    };
    it(`${lang}: as printed`, () => expect(read(text)).toEqual(expected));
    it(`${lang}: every line break a space`, () => expect(read(text.replace(/\n+/g, ' '))).toEqual(expected));
  }
  it('en: a name printed inside another is not cut ("Bureau of the Conference of …"), a premodifier stays with its head', () => {
    const text = MASTHEADS.en.text.replace('Working Group on Fog Signals', 'Open-ended Intergovernmental Working Group on Fog Signals');
    expect(parseAgenda(text.replace(/\n+/g, ' ')).meeting!.organ).toBe('Open-ended Intergovernmental Working Group on Fog Signals');
  });
});

describe('a venue is a place: a name run into it is left out', () => {
  it('en: no session line, the names run into the venue, no place the tables know', () => {
    const text = MASTHEADS.en.text.replace('Second session\nVienna', 'Lighthouse Keepers Grimsby');
    const meeting = parseAgenda(text.replace(/\n+/g, ' ')).meeting!;
    expect(meeting.venue).toBeNull();
    expect(meeting.startDate).toBe('2031-05-03');
  });
  it('a body\'s name cut short after a function word is left out, with a diagnostic', () => {
    const doc = parseAgenda('Executive Board of the\nDistr.: General\n2 March 2031\nOriginal: English\n\nFirst regular session 2031\nNew York, 3-6 February 2031\n\nProvisional agenda\n\n1.\tOpening of the session.\n2.\tOther matters.\n');
    expect(doc.meeting!.body).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('MASTHEAD_RUN_TOGETHER');
  });
});
