// PDF input end to end: the PDFs under fixtures/ give what their text versions give, plus what
// only the layout prints; broken PDFs fail with their own codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgendaParseError, parseFile, type AgendaDocument } from '../../src/index.js';
import { extractPdfText, PAGE_SEPARATOR } from '../../src/input/pdf.js';
import { readInput } from '../../src/input/read.js';
import { imageOnlyPdf, textPdf } from './pdf-builder.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (path: string) => join(root, 'fixtures', path);

type Item = AgendaDocument['items'][number];
const flatten = (items: readonly Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.subItems)]);

/** What the PDF and its text version must share. */
function structure(doc: AgendaDocument) {
  return {
    items: flatten(doc.items).map((i) => ({
      number: i.number,
      title: i.title,
      documents: i.documents.map((d) => d.symbol),
    })),
    symbols: doc.documentSymbols.map((s) => ({ symbol: s.symbol, items: s.items })),
    mandates: doc.mandates.map((m) => ({ kind: m.kind, reference: m.reference, symbol: m.symbol, items: m.items })),
    schedule: doc.schedule.map((s) => ({ date: s.date, start: s.start, end: s.end, items: s.items })),
  };
}

async function errorOf(promise: Promise<unknown>): Promise<AgendaParseError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AgendaParseError);
    return error as AgendaParseError;
  }
  throw new Error('expected the PDF to be refused');
}

describe('the seed PDF (Arabic, CTOC/COP/WG.4/2010/1)', async () => {
  const pdf = await parseFile(fixture('ar/CTOC_COP_WG.4_2010_1.pdf'));
  const text = await parseFile(fixture('ar/CTOC_COP_WG.4_2010_1.txt'));

  it('gives the items, documents, symbols, mandates and timetable slots of the seed text', () => {
    expect(structure(pdf)).toEqual(structure(text));
    expect(pdf.schedule).toHaveLength(6);
    expect(flatten(pdf.items).map((i) => i.number)).toEqual(['1', '1(a)', '1(b)', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('keeps the annotations and document descriptions word for word', () => {
    const clean = (s: string | null) => s?.trim() ?? null;
    expect(flatten(pdf.items).map((i) => clean(i.annotation))).toEqual(flatten(text.items).map((i) => clean(i.annotation)));
    expect(flatten(pdf.items).flatMap((i) => i.documents.map((d) => d.description))).toEqual(
      flatten(text.items).flatMap((i) => i.documents.map((d) => d.description)),
    );
  });

  it('reads what only the layout prints: the masthead symbol, the meeting dates, the day headings', () => {
    expect(pdf.document.symbol).toBe('CTOC/COP/WG.4/2010/1');
    expect(pdf.meeting).toMatchObject({ startDate: '2010-01-27', endDate: '2010-01-29', inferred: [] });
    expect(pdf.meeting.spans?.endDate).toBeDefined();
    expect(pdf.schedule.map((s) => s.date)).toEqual(['2010-01-27', '2010-01-27', '2010-01-28', '2010-01-28', '2010-01-29', '2010-01-29']);
    expect(pdf.schedule.every((s) => s.dateInferred === false)).toBe(true);
    expect(pdf.diagnostics.map((d) => d.code)).not.toContain('TIME_RANGE_REVERSED');
  });

  it('describes the source and puts each span on its page', () => {
    expect(pdf.source).toMatchObject({ format: 'pdf', pages: 5, encoding: 'pdf' });
    const pages = flatten(pdf.items).map((i) => i.span?.page);
    expect(pages[0]).toBe(1); // the agenda list
    expect(pdf.schedule.every((s) => s.span?.page === 5)).toBe(true); // the annex
    expect(pdf.document.spans?.symbol?.page).toBe(1);
  });
});

describe('the rebuilt text', async () => {
  const bytes = readFileSync(fixture('ar/CTOC_COP_WG.4_2010_1.pdf'));
  const { text, pages, pageStarts } = await extractPdfText(bytes, { path: null });

  it('is in logical order: symbols whole, time ranges start first, Arabic-Indic digits as printed', () => {
    expect(text).toContain('نيسان/أبريل ٢٠٠٩ (CTOC/COP/WG.4/2009/2)');
    expect(text).toContain('فيينا، ٢٧-٢٩ كانون الثاني/يناير ٢٠١٠');
    expect(text).toContain('للمقرر ٤/٤، المعنون "الاتجار بالبشر"، الذي');
    expect(text).toContain('(CTOC/COP/WG.4/2010/4)');
    expect(text).not.toMatch(/\s\p{Mn}/u); // harakat drawn apart are joined to their letter
  });

  it('rebuilds the annex table: cells in reading order, separated by tabs', () => {
    expect(text).toContain('١٠/٠٠-١٣/٠٠\t١ (أ)\tافتتاح الاجتماع\n\t١ (ب)\tإقرار جدول الأعمال وتنظيم الأعمال\n');
    expect(text).toContain('التاريخ والتوقت\tبند جدول الأعمال\tالعنوان والوصف');
    expect(text).toContain('\nالخميس، ٢٨ كانون الثاني/يناير\n');
  });

  it('joins wrapped lines into paragraphs and keeps the masthead lines apart', () => {
    expect(text).toContain('\nمؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية\n');
    expect(text).toContain('Distr.: General\n10 December 2009\nArabic\nOriginal: English');
    expect(text).toContain('٢- تنفيذ بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، المكمل لاتفاقية الأمم المتحدة');
  });

  it('drops page furniture but keeps the masthead symbol', () => {
    expect(text).not.toContain('V.09-88123');
    expect(text.match(/CTOC\/COP\/WG\.4\/2010\/1/g)).toHaveLength(1);
    expect(text.startsWith('الأمم المتحدة\n\nCTOC/COP/WG.4/2010/1\n')).toBe(true);
    expect(text).not.toMatch(/^[٠-٩]+$/mu); // page numbers
  });

  it('says where each page starts', () => {
    expect(pages).toBe(5);
    expect(pageStarts).toHaveLength(5);
    expect(pageStarts[0]).toBe(0);
    for (const start of pageStarts.slice(1)) expect(text.slice(start - PAGE_SEPARATOR.length, start)).toBe(PAGE_SEPARATOR);
    expect(text.slice(pageStarts[4]!)).toMatch(/^المرفق\n/);
  });
});

describe.each([
  ['en/CTOC_COP_WG.4_2010_1.en.pdf', 'en/CTOC_COP_WG.4_2010_1.en.txt', 'CTOC/COP/WG.4/2010/1', 'en'],
  ['fr/CAC_COSP_WG.7_2011_1.pdf', 'fr/CAC_COSP_WG.7_2011_1.txt', 'CAC/COSP/WG.7/2011/1', 'fr'],
  ['es/CTOC_COP_WG.10_2013_1.pdf', 'es/CTOC_COP_WG.10_2013_1.txt', 'CTOC/COP/WG.10/2013/1', 'es'],
  ['ru/ECE_ENERGY_GE.9_2014_1.pdf', 'ru/ECE_ENERGY_GE.9_2014_1.txt', 'ECE/ENERGY/GE.9/2014/1', 'ru'],
  ['zh/CTOC_COP_WG.8_2012_1.pdf', 'zh/CTOC_COP_WG.8_2012_1.txt', 'CTOC/COP/WG.8/2012/1', 'zh'],
])('%s (made with LibreOffice from its text fixture)', async (pdfPath, textPath, symbol, language) => {
  const pdf = await parseFile(fixture(pdfPath));
  const text = await parseFile(fixture(textPath));

  it('gives what the text version gives', () => {
    expect(structure(pdf)).toEqual(structure(text));
    expect(pdf.language).toBe(language);
    expect(pdf.document).toMatchObject({ symbol, distribution: text.document.distribution, issued: text.document.issued });
    expect(pdf.meeting).toMatchObject({ startDate: text.meeting.startDate, endDate: text.meeting.endDate, venue: text.meeting.venue });
  });
});

describe('the rebuilt text of the Russian and Chinese PDFs', async () => {
  const ru = (await extractPdfText(readFileSync(fixture('ru/ECE_ENERGY_GE.9_2014_1.pdf')), { path: null })).text;
  const zh = (await extractPdfText(readFileSync(fixture('zh/CTOC_COP_WG.8_2012_1.pdf')), { path: null })).text;

  it('reads a documentation list printed symbol first as a two-column table', () => {
    expect(ru).toContain('\nECE/ENERGY/GE.9/2014/3 и Corr.1\tПроект спецификаций для классификации геотермальных ресурсов\n');
    expect(ru).toContain('\nECE/ENERGY/GE.9/2014/1\tПредварительная повестка дня и аннотации\n');
  });

  it('keeps the ECE masthead lines apart and a wide time cell whole', () => {
    expect(ru).toContain('\nЕвропейская экономическая комиссия\n\nКомитет по устойчивой энергетике\n\nГруппа экспертов по геотермальной энергии\n');
    expect(ru).toContain('\n10 час. 00 мин.–13 час. 00 мин.\t5\tПлан работы на 2014–2015 годы\n');
  });

  it('joins wrapped CJK lines without a space and drops the autospace around Latin digits', () => {
    expect(zh).toContain('\n证人和举报人保护问题工作组会议将于2012年11月28日星期三上午10时开幕。\n');
    expect(zh).toContain('通过了题为“证人和举报人保护”的第5/4号决议，决定根据《公约》第32条第3款和缔约方会议议事规则第2条第2款设立');
    expect(zh).toContain('（CTOC/COP/WG.8/2012/3和Corr.1）');
    expect(zh).not.toMatch(/\p{sc=Han} \d|\d \p{sc=Han}/u);
  });

  it('keeps documentation entries apart though their symbols outnumber their CJK characters', () => {
    expect(zh).toContain('临时议程和说明（CTOC/COP/WG.8/2012/1）\n\n与会者须知（CTOC/COP/WG.8/2012/INF/1）');
  });

  it('rebuilds the timetable: day headings as rows, item numbers on the line of their row', () => {
    expect(zh).toContain(
      '\n11月28日，星期三\t\t\n上午10时至下午1时\t1（a）\t会议开幕\n\t1（b）\t通过议程和工作安排\n\t2\t证人保护措施的立法框架\n下午3时至6时\t2\t证人保护措施的立法框架（续）\n11月29日，星期四\t\t\n',
    );
  });
});

describe('PDFs that cannot be read', () => {
  const seed = readFileSync(fixture('ar/CTOC_COP_WG.4_2010_1.pdf'));

  it.each([
    ['truncated to half', seed.subarray(0, seed.length >> 1)],
    ['truncated to its header', seed.subarray(0, 400)],
    ['garbage after %PDF-', Buffer.from('%PDF-1.7\n' + 'not a pdf at all '.repeat(40))],
  ])('%s: PDF_CORRUPT', async (_name, bytes) => {
    const error = await errorOf(parseFile(new Uint8Array(bytes), { path: 'broken.pdf' }));
    expect(error.code).toBe('PDF_CORRUPT');
    expect(error.path).toBe('broken.pdf');
  });

  it('encrypted, no password: PDF_ENCRYPTED, saying how to give one', async () => {
    const error = await errorOf(parseFile(join(import.meta.dirname, 'data', 'encrypted.pdf')));
    expect(error.code).toBe('PDF_ENCRYPTED');
    expect(error.message).toMatch(/--password/);
  });

  it('encrypted, wrong password: PDF_ENCRYPTED', async () => {
    const error = await errorOf(parseFile(join(import.meta.dirname, 'data', 'encrypted.pdf'), { password: 'guess' }));
    expect(error.code).toBe('PDF_ENCRYPTED');
  });

  it('encrypted, right password: read', async () => {
    const read = await readInput(join(import.meta.dirname, 'data', 'encrypted.pdf'), { password: 'secret' });
    expect(read.text).toBe('United Nations A/CONF.1/1\nProvisional agenda\n1. Opening of the session.\n2. Adoption of the agenda.\n');
  });

  it('scanned images without a text layer: PDF_NO_TEXT', async () => {
    const error = await errorOf(parseFile(imageOnlyPdf(), { path: 'scan.pdf' }));
    expect(error.code).toBe('PDF_NO_TEXT');
    expect(error.message).toBe('no text layer: the PDF is scanned images; OCR it first');
  });

  it('over the size limit: TOO_LARGE, before pdf.js sees it', async () => {
    const error = await errorOf(parseFile(textPdf(['x']), { maxBytes: 100 }));
    expect(error.code).toBe('TOO_LARGE');
  });
});

describe('a PDF in a standard font without embedded fonts', () => {
  it('is read line by line from its positions', async () => {
    const read = await readInput(textPdf(['Provisional agenda', '1. Opening of the session.', '2. Adoption of the agenda.']));
    expect(read.source.format).toBe('pdf');
    expect(read.text).toBe('Provisional agenda\n1. Opening of the session.\n2. Adoption of the agenda.\n');
  });
});
