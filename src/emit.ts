// Emit: drafts (normalised offsets) → the output object of the contract (source offsets,
// line and column, ISO values, cleaned text fields).
import { hash } from 'node:crypto';
import { diagnose, type NSpan, type ParseContext } from './context.js';
import { compareDays, isoDate, type CalendarDay, type DateMatch } from './extract/dates.js';
import { resolveDocumentEntry } from './extract/documentation.js';
import type { HeaderDraft } from './extract/header.js';
import { flatten, type ItemDraft } from './extract/items.js';
import type { MandateDraft } from './extract/mandates.js';
import { withMeetingYear, type ScheduleResult } from './extract/schedule.js';
import { symbolUrl, type SymbolMatch } from './extract/symbols.js';
import { formatTime } from './extract/times.js';
import { fieldText, paragraphsText, trimFieldSpan } from './extract/text-fields.js';
import { LineIndex } from './normalise/lines.js';
import { toSourceSpanEnd, toSourceStart } from './normalise/normalise.js';
import type { Opening } from './pipeline.js';
import {
  SCHEMA_VERSION,
  type AgendaDocument,
  type AgendaItem,
  type DateEntry,
  type Diagnostic,
  type DocumentSymbol,
  type Mandate,
  type ScheduleSlot,
  type Span,
} from './schema.js';
import type { Segments } from './segment/segment.js';

export interface Extraction {
  segments: Segments;
  header: HeaderDraft;
  items: ItemDraft[];
  mandates: MandateDraft[];
  symbols: SymbolMatch[];
  dates: DateMatch[];
  schedule: ScheduleResult;
  opening: Opening | null;
}

/**
 * What every part of the output is emitted with: the context, whether spans are wanted, and the
 * mapping of normalised spans to source spans. The parts are functions of their own, not one long
 * function: TurboFan's compile time grows faster than a function's length, and a batch worker
 * compiles each of them once it is hot (one long emitDocument took 40-75 ms per compile).
 *
 * A class, not an object of arrow functions: its methods are made once, where closures over each
 * document's context were made again for every document.
 */
class Emitter {
  readonly withSpans: boolean;
  /** Made with the first span: under --no-spans the source's lines are never looked for. */
  private lineIndex: LineIndex | null = null;
  private readonly pageStarts: readonly number[] | undefined;
  /** Made with the first span on PDF input: see pageOf. */
  private pageReach: number[] | null = null;

  constructor(readonly ctx: ParseContext) {
    this.withSpans = ctx.options.spans !== false;
    this.pageStarts = ctx.options.source?.pageStarts;
  }

  span(span: NSpan): Span {
    // Offsets, line and column as numbers, straight into the one object made: toSourceSpan and
    // LineIndex.position made two more objects for every span, which V8 does not remove when
    // their functions are not inlined (the batch runs with --no-turbo-inlining).
    const norm = this.ctx.norm;
    const start = toSourceStart(norm, span.start);
    const end = toSourceSpanEnd(norm, span.start, span.end, start);
    const lines = (this.lineIndex ??= new LineIndex(this.ctx.source));
    const line = lines.lineOf(start);
    const out: Span = { start, end, line, column: lines.columnOf(start, line) };
    if (this.pageStarts) out.page = this.pageOf(start);
    return out;
  }

  /**
   * The page (from 1) holding a source offset: the page before the first later page start past it.
   * A binary search over `pageReach`, not a walk over all page starts for each span, which was
   * quadratic in a PDF of many pages. The PDF reader's page starts are sorted; a caller's may not
   * be, and the furthest start so far finds the same first start past the offset either way.
   */
  private pageOf(start: number): number {
    const reach = (this.pageReach ??= furthestPageStarts(this.pageStarts!));
    let lo = 1;
    let hi = reach.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (reach[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  spans(spans: readonly NSpan[]): Span[] {
    const out: Span[] = [];
    for (const s of spans) out.push(this.span(s));
    return out;
  }

  text(span: NSpan): string {
    return fieldText(this.ctx, span);
  }
}

/**
 * `reach[k]` is the furthest of page starts 1 to k (index 0, the first page's start, is never
 * compared). A start that does not compare as a number (NaN) stopped the walk, so it counts as
 * past every offset.
 */
function furthestPageStarts(pageStarts: readonly number[]): number[] {
  const reach: number[] = [-Infinity];
  let furthest = -Infinity;
  for (let k = 1; k < pageStarts.length; k++) {
    const at = +pageStarts[k]!;
    if (!(at <= furthest)) furthest = at > furthest ? at : Infinity;
    reach.push(furthest);
  }
  return reach;
}

/**
 * Which span of a list holds an offset (the first-ranked when several do), found by a binary search
 * over the spans sorted by start instead of by reading the whole list for each offset: each symbol
 * of a long document read every item's documentation entries, regions and titles, and every
 * furniture line, which made the emit stage quadratic in the number of symbols.
 *
 * `reach[k]` is the furthest end among the first k + 1 spans by start. The spans that can hold the
 * offset start at or before it; reading back from the last of those, no earlier one can once
 * `reach` is at or before the offset. Disjoint spans (documentation entries, furniture lines,
 * regions) stop after one step; nested ones are read back only as far as the outermost.
 */
class SpanLookup<T> {
  private readonly entries: RankedSpan<T>[];
  private readonly reach: number[] = [];

  constructor(entries: RankedSpan<T>[]) {
    this.entries = entries.sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const entry of this.entries) this.reach.push((reach = Math.max(reach, entry.end)));
  }

  /** The value of the lowest-ranked span holding the offset: what a scan in rank order found first. */
  at(offset: number): T | undefined {
    let best: RankedSpan<T> | undefined;
    for (let k = this.startingBy(offset) - 1; k >= 0 && this.reach[k]! > offset; k--) {
      const entry = this.entries[k]!;
      if (offset < entry.end && (!best || entry.rank < best.rank)) best = entry;
    }
    return best?.value;
  }

  /** Calls `visit` with the value of every span holding the offset, in no particular order. */
  each(offset: number, visit: (value: T) => void): void {
    for (let k = this.startingBy(offset) - 1; k >= 0 && this.reach[k]! > offset; k--) {
      const entry = this.entries[k]!;
      if (offset < entry.end) visit(entry.value);
    }
  }

  /** How many spans start at or before the offset (binary search). */
  private startingBy(offset: number): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface RankedSpan<T> extends NSpan {
  /** Position in the list the span was read from: among spans holding an offset, the lowest wins. */
  rank: number;
  value: T;
}

/** The furniture lines' lookup and each line's footnote verdict, made once per document (context). */
interface FurnitureIndex {
  lookup: SpanLookup<number>;
  footnote: (boolean | undefined)[];
}

const furnitureIndexes = new WeakMap<ParseContext, FurnitureIndex>();

function furnitureIndex(ctx: ParseContext): FurnitureIndex {
  let index = furnitureIndexes.get(ctx);
  if (!index) {
    const furniture = ctx.furniture ?? [];
    index = {
      lookup: new SpanLookup(furniture.map((line, rank) => ({ start: line.start, end: line.end, rank, value: rank }))),
      footnote: [],
    };
    furnitureIndexes.set(ctx, index);
  }
  return index;
}

/** On a line blanked as page furniture: a running header, a footer, a footnote. */
function inFurniture(ctx: ParseContext, offset: number): boolean {
  return furnitureLineAt(ctx, offset) !== undefined;
}

/** The index in `ctx.furniture` of the first furniture line holding the offset. */
function furnitureLineAt(ctx: ParseContext, offset: number): number | undefined {
  return ctx.furniture ? furnitureIndex(ctx).lookup.at(offset) : undefined;
}

/**
 * A footnote is furniture that reads as a sentence; a running header or footer is a symbol, a
 * job number and a page mark. Three words of two letters or more, besides symbols (tokens with a
 * slash), tell them apart. Decided once per line: a long footnote citing many symbols was split
 * into words again for each of them.
 */
function inFootnote(ctx: ParseContext, offset: number): boolean {
  const at = furnitureLineAt(ctx, offset);
  if (at === undefined) return false;
  const { footnote } = furnitureIndex(ctx);
  let verdict = footnote[at];
  if (verdict === undefined) {
    const line = ctx.furniture![at]!;
    const words = ctx.norm.text
      .slice(line.start, line.end)
      .split(/\s+/)
      .filter((token) => !token.includes('/') && /\p{L}{2,}/u.test(token));
    verdict = footnote[at] = words.length >= 3;
  }
  return verdict;
}

export function emitDocument(ctx: ParseContext, x: Extraction): AgendaDocument {
  const em = new Emitter(ctx);
  const allItems = flatten(x.items);
  // In this order: the meeting's and the dates' DATE_INFERRED diagnostics come before the list of diagnostics is made.
  const document = emitDocumentBlock(em, x);
  const { meeting, startDay } = emitMeeting(em, x);
  const items = emitItems(em, x.items);
  const mandates = emitMandates(em, x.mandates, allItems);
  const documentSymbols = emitSymbols(em, x, allItems);
  const dates = emitDates(em, x.dates, startDay);
  const schedule = emitSchedule(em, x.schedule);
  const diagnostics = emitDiagnostics(em);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: sourceBlock(ctx),
    language: ctx.language,
    document,
    meeting,
    items,
    mandates,
    documentSymbols,
    dates,
    schedule,
    diagnostics,
  };
}

function emitDocumentBlock(em: Emitter, x: Extraction): AgendaDocument['document'] {
  const { ctx } = em;
  const h = x.header;
  const symbolOverride = ctx.options.symbol ?? null;
  // A footnote's call at the title's end ("Provisional agenda1", "Provisional agenda 1") is no part of it.
  const footnote = x.segments.titleFootnote;
  const printedTitle = x.segments.title ? trimLine(x.segments.title) : null;
  const titleSpan = printedTitle
    ? trimFieldSpan(ctx, footnote && footnote.start < printedTitle.end ? { start: printedTitle.start, end: footnote.start } : printedTitle, true)
    : null;
  const block: AgendaDocument['document'] = {
    symbol: symbolOverride ?? h.symbol?.value ?? null,
    distribution: h.distribution?.value ?? null,
    issued: h.issued ? isoDate(h.issued.start) : null,
    originalLanguage: h.originalLanguage?.value ?? null,
    title: titleSpan ? em.text(titleSpan) : null,
    kind: x.segments.kind,
  };
  // Spans last, as the contract's example has them; not mapped at all under --no-spans.
  if (em.withSpans) {
    const documentSpans: Record<string, Span> = {};
    if (h.symbol && !symbolOverride) documentSpans.symbol = em.span(h.symbol.span);
    if (h.distribution) documentSpans.distribution = em.span(h.distribution.span);
    if (h.issued) documentSpans.issued = em.span(h.issued.span);
    if (h.originalLanguage) documentSpans.originalLanguage = em.span(h.originalLanguage.span);
    if (titleSpan) documentSpans.title = em.span(titleSpan);
    block.spans = documentSpans;
  }
  return block;
}

/** The meeting block, and its start day (whose year dates without one take). */
function emitMeeting(em: Emitter, x: Extraction): { meeting: AgendaDocument['meeting']; startDay: CalendarDay | null } {
  const { ctx } = em;
  const h = x.header;
  const inferred: ('startDate' | 'endDate' | 'opening')[] = [];
  const meetingDate = h.meetingDate;
  let startDay: CalendarDay | null = meetingDate?.start ?? null;
  // A session held in parts ("28 April–30 May and 30 June–1 August 2025") ends with its last part.
  const lastPart = meetingDate?.seriesLast ?? meetingDate;
  let endDay: CalendarDay | null = lastPart === meetingDate ? (meetingDate?.end ?? null) : (lastPart?.end ?? lastPart?.start ?? null);
  if (startDay && startDay.year === null) startDay = null;
  // The printed dates' spans, taken before the timetable may fill either date in.
  const printedStart = meetingDate && startDay ? meetingDate.span : null;
  const printedEnd = lastPart && endDay ? lastPart.span : null;
  const scheduledDays: CalendarDay[] = [];
  for (const slot of x.schedule.slots) if (slot.date !== null && slot.date.year !== null) scheduledDays.push(slot.date);
  if (!startDay && scheduledDays.length > 0) {
    startDay = scheduledDays[0]!;
    inferred.push('startDate');
    diagnose(ctx, 'info', 'DATE_INFERRED', `Meeting start date ${isoDate(startDay)} taken from the timetable`, null);
  }
  if (!endDay && startDay && scheduledDays.length > 0) {
    let last = scheduledDays[0]!;
    for (const day of scheduledDays) if (compareDays(last, day) < 0) last = day;
    if (compareDays(last, startDay) >= 0) {
      endDay = last;
      inferred.push('endDate');
      diagnose(ctx, 'info', 'DATE_INFERRED', `Meeting end date ${isoDate(last)} taken from the timetable`, null);
    }
  }
  const opening = x.opening ? `${isoDate(x.opening.date)}T${formatTime(x.opening.time)}` : null;
  const meeting: AgendaDocument['meeting'] = {
    body: h.body ? em.text(h.body) : null,
    organ: h.organ ? em.text(h.organ) : null,
    session: h.session ? em.text(h.session.span) : null,
    sessionNumber: h.session?.value ?? null,
    venue: h.venue ? em.text(h.venue) : null,
    startDate: startDay ? isoDate(startDay) : null,
    endDate: endDay ? isoDate(endDay) : null,
    opening,
    inferred,
  };
  // Spans last, in this key order; not mapped at all under --no-spans.
  if (em.withSpans) {
    const meetingSpans: Record<string, Span> = {};
    if (h.body) meetingSpans.body = em.span(h.body);
    if (h.organ) meetingSpans.organ = em.span(h.organ);
    if (h.session) meetingSpans.session = em.span(h.session.span);
    if (h.venue) meetingSpans.venue = em.span(h.venue);
    if (printedStart) meetingSpans.startDate = em.span(printedStart);
    if (printedEnd) meetingSpans.endDate = em.span(printedEnd);
    if (x.opening) meetingSpans.opening = em.span(x.opening.span);
    meeting.spans = meetingSpans;
  }
  return { meeting, startDay };
}

const TATWEEL = 0x0640;

/**
 * The label as printed: digits as printed, and the tatweel that Arabic writes after a letter
 * used as a label ("هـ", the fifth sub-item), which normalisation drops everywhere else.
 */
function labelAsPrinted(ctx: ParseContext, label: NSpan): string {
  const printed = ctx.norm.display.slice(label.start, label.end);
  let end = toSourceSpanEnd(ctx.norm, label.start, label.end, toSourceStart(ctx.norm, label.start));
  let tatweels = 0;
  while (ctx.source.charCodeAt(end) === TATWEEL) {
    end++;
    tatweels++;
  }
  return tatweels ? printed + 'ـ'.repeat(tatweels) : printed;
}

function emitItems(em: Emitter, drafts: readonly ItemDraft[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const draft of drafts) items.push(emitItem(em, draft));
  return items;
}

function emitItem(em: Emitter, item: ItemDraft): AgendaItem {
  const { ctx, withSpans } = em;
  const documents: AgendaItem['documents'] = [];
  for (const entry of item.documents) {
    for (const d of resolveDocumentEntry(ctx, entry)) {
      documents.push(withSpans ? { symbol: d.symbol, description: d.description, span: em.span(d.span) } : { symbol: d.symbol, description: d.description });
    }
  }
  const annotation = item.paragraphs.length ? paragraphsText(ctx, item.paragraphs) || null : null;
  const number = item.number;
  const label = item.labelSpan ? labelAsPrinted(ctx, item.labelSpan) : null;
  const title = em.text(item.titleSpan);
  const subItems = emitItems(em, item.subItems);
  // Key order follows the contract's example: one literal with the spans, one without.
  if (!withSpans) return { number, label, title, subItems, annotation, documents };
  const annotationSpan = annotation
    ? em.span({
        start: trimFieldSpan(ctx, item.paragraphs[0]!, false).start,
        end: trimFieldSpan(ctx, item.paragraphs[item.paragraphs.length - 1]!, false).end,
      })
    : null;
  return { number, label, title, subItems, annotation, annotationSpan, documents, span: em.span(item.span) };
}

function emitMandates(em: Emitter, drafts: readonly MandateDraft[], allItems: readonly ItemDraft[]): Mandate[] {
  const { ctx } = em;
  // The items holding each occurrence are looked up, not found by trying every item against every
  // occurrence: n sub-items citing the same resolution made that n × n tries.
  let texts: SpanLookup<number> | null = null;
  let regions: SpanLookup<number> | null = null;
  const mandates: Mandate[] = [];
  for (const m of drafts) {
    // Items whose annotation cites the mandate, or whose title does (a plain agenda's only text),
    // or a footnote on the item's stretch of the text (footnotes are furniture, out of the annotation).
    const citing: number[] = [];
    const cite = (index: number) => citing.push(index);
    for (const o of m.occurrences) {
      (texts ??= itemTexts(allItems)).each(o.start, cite);
      if (inFurniture(ctx, o.start)) (regions ??= itemRegions(allItems)).each(o.start, cite);
    }
    // In list order, each item once.
    if (citing.length > 1) citing.sort((a, b) => a - b);
    const cited: string[] = [];
    for (let k = 0; k < citing.length; k++) if (k === 0 || citing[k] !== citing[k - 1]) cited.push(allItems[citing[k]!]!.number);
    const out: Mandate = {
      kind: m.kind,
      reference: m.reference,
      symbol: m.symbol,
      issuer: m.issuer ? em.text(m.issuer) : null,
      instrument: m.instrument ? em.text(m.instrument) : null,
      title: m.title ? em.text(m.title) : null,
      items: cited,
    };
    if (em.withSpans) out.spans = em.spans(m.occurrences);
    mandates.push(out);
  }
  return mandates;
}

/** Finds, for an offset, the index in `allItems` of every item whose title or an annotation paragraph holds it. */
function itemTexts(allItems: readonly ItemDraft[]): SpanLookup<number> {
  const entries: RankedSpan<number>[] = [];
  allItems.forEach((item, rank) => {
    entries.push({ start: item.titleSpan.start, end: item.titleSpan.end, rank, value: rank });
    for (const p of item.paragraphs) entries.push({ start: p.start, end: p.end, rank, value: rank });
  });
  return new SpanLookup(entries);
}

/** Finds, for an offset, the index in `allItems` of every item whose region holds it. */
function itemRegions(allItems: readonly ItemDraft[]): SpanLookup<number> {
  const entries: RankedSpan<number>[] = [];
  allItems.forEach((item, rank) => {
    if (item.region) entries.push({ start: item.region.start, end: item.region.end, rank, value: rank });
  });
  return new SpanLookup(entries);
}

function emitDates(em: Emitter, drafts: readonly DateMatch[], startDay: CalendarDay | null): DateEntry[] {
  const { ctx } = em;
  const dates: DateEntry[] = [];
  for (const d of drafts) {
    const startDate = withMeetingYear(d.start, startDay);
    if (!startDate) continue;
    const endDate = d.end ? withMeetingYear(d.end, startDay) : null;
    const yearInferred = d.start.year === null;
    const text = em.text(d.span);
    if (yearInferred) {
      diagnose(ctx, 'info', 'DATE_INFERRED', `Year of "${text}" taken from the meeting`, d.span);
    }
    const entry: DateEntry = {
      text,
      start: isoDate(startDate)!,
      end: endDate ? isoDate(endDate) : null,
      inferred: yearInferred ? ['year'] : [],
    };
    if (em.withSpans) entry.span = em.span(d.span);
    dates.push(entry);
  }
  return dates;
}

function emitSchedule(em: Emitter, drafts: ScheduleResult): ScheduleSlot[] {
  const slots: ScheduleSlot[] = [];
  for (const slot of drafts.slots) {
    const out: ScheduleSlot = {
      date: slot.date ? isoDate(slot.date) : null,
      dateInferred: slot.dateInferred,
      start: slot.start ? formatTime(slot.start) : null,
      end: slot.end ? formatTime(slot.end) : null,
      items: slot.items,
    };
    if (em.withSpans) out.span = em.span(slot.span);
    slots.push(out);
  }
  return slots;
}

function emitDiagnostics(em: Emitter): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const d of em.ctx.diagnostics) {
    diagnostics.push(
      em.withSpans
        ? { severity: d.severity, code: d.code, message: d.message, span: d.span ? em.span(d.span) : null }
        : { severity: d.severity, code: d.code, message: d.message },
    );
  }
  return diagnostics;
}

function trimLine(line: { start: number; end: number; text: string }): NSpan {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

function emitSymbols(em: Emitter, x: Extraction, allItems: readonly ItemDraft[]): DocumentSymbol[] {
  const { ctx } = em;
  const own = ctx.options.symbol ?? x.header.symbol?.value ?? null;
  const headerEnd = ctx.lines[x.segments.header.to]?.start ?? ctx.norm.text.length;
  const bySymbol = new Map<string, { occurrences: NSpan[]; items: Set<string> }>();
  const listings = itemListings(allItems);
  const around = itemsAround(allItems);
  for (const match of x.symbols) {
    if (match.start < headerEnd && x.segments.title) continue; // the masthead's own symbol
    const entryItem = listings.at(match.start);
    const regionItem = entryItem ?? around.at(match.start);
    // The running header repeats the document's own symbol (known or not): only a documentation
    // list cites it. A footnote's symbols count.
    if (!entryItem && (match.symbol === own || (inFurniture(ctx, match.start) && !inFootnote(ctx, match.start)))) continue;
    let entry = bySymbol.get(match.symbol);
    if (!entry) {
      entry = { occurrences: [], items: new Set() };
      bySymbol.set(match.symbol, entry);
    }
    entry.occurrences.push({ start: match.start, end: match.end });
    if (regionItem) entry.items.add(regionItem.number);
  }
  // Items in list order; made only when some symbol is cited by two items or more.
  let order: Map<string, number> | null = null;
  const symbols: DocumentSymbol[] = [];
  for (const [symbol, entry] of bySymbol) {
    const items = [...entry.items];
    if (items.length > 1) {
      const itemOrder = (order ??= new Map(allItems.map((item, i) => [item.number, i])));
      items.sort((a, b) => itemOrder.get(a)! - itemOrder.get(b)!);
    }
    const out: DocumentSymbol = { symbol, url: symbolUrl(symbol), items };
    if (em.withSpans) out.spans = em.spans(entry.occurrences);
    symbols.push(out);
  }
  return symbols;
}

/** Finds, for an offset, the first item (in list order) whose documentation list has an entry there. */
function itemListings(allItems: readonly ItemDraft[]): SpanLookup<ItemDraft> {
  const entries: RankedSpan<ItemDraft>[] = [];
  allItems.forEach((item, rank) => {
    for (const d of item.documents) entries.push({ start: d.span.start, end: d.span.end, rank, value: item });
  });
  return new SpanLookup(entries);
}

/** Finds, for an offset, the first item (in list order) whose region or title holds it. */
function itemsAround(allItems: readonly ItemDraft[]): SpanLookup<ItemDraft> {
  const entries: RankedSpan<ItemDraft>[] = [];
  allItems.forEach((item, rank) => {
    if (item.region) entries.push({ start: item.region.start, end: item.region.end, rank, value: item });
    entries.push({ start: item.titleSpan.start, end: item.titleSpan.end, rank, value: item });
  });
  return new SpanLookup(entries);
}

function sourceBlock(ctx: ParseContext): AgendaDocument['source'] {
  const given = ctx.options.source ?? {};
  return {
    path: given.path ?? null,
    format: given.format ?? 'text',
    bytes: given.bytes ?? Buffer.byteLength(ctx.source, 'utf8'),
    sha256: given.sha256 ?? hash('sha256', ctx.source),
    encoding: given.encoding ?? 'utf-8',
    pages: given.pages ?? null,
  };
}
