// Emit: drafts (normalised offsets) → the output object of the contract (source offsets,
// line and column, ISO values, cleaned text fields).
import { hash } from 'node:crypto';
import { diagnose, type DraftDiagnostic, type NSpan, type ParseContext } from './context.js';
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
import { toSourceSpan } from './normalise/normalise.js';
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

class SpanMapper {
  private readonly lineIndex: LineIndex;
  private readonly pageStarts: number[] | undefined;

  constructor(private readonly ctx: ParseContext) {
    this.lineIndex = new LineIndex(ctx.source);
    this.pageStarts = ctx.options.source?.pageStarts;
  }

  span(span: NSpan): Span {
    const { start, end } = toSourceSpan(this.ctx.norm, span.start, span.end);
    const { line, column } = this.lineIndex.position(start);
    const out: Span = { start, end, line, column };
    if (this.pageStarts) {
      let page = 0;
      while (page + 1 < this.pageStarts.length && this.pageStarts[page + 1]! <= start) page++;
      out.page = page + 1;
    }
    return out;
  }
}

function contains(outer: NSpan, offset: number): boolean {
  return offset >= outer.start && offset < outer.end;
}

/** On a line blanked as page furniture: a running header, a footer, a footnote. */
function inFurniture(ctx: ParseContext, offset: number): boolean {
  return furnitureLineAt(ctx, offset) !== null;
}

function furnitureLineAt(ctx: ParseContext, offset: number): NSpan | null {
  return ctx.furniture?.find((f) => contains(f, offset)) ?? null;
}

/**
 * A footnote is furniture that reads as a sentence; a running header or footer is a symbol, a
 * job number and a page mark. Three words of two letters or more, besides symbols (tokens with a
 * slash), tell them apart.
 */
function inFootnote(ctx: ParseContext, offset: number): boolean {
  const line = furnitureLineAt(ctx, offset);
  if (!line) return false;
  const words = ctx.norm.text
    .slice(line.start, line.end)
    .split(/\s+/)
    .filter((token) => !token.includes('/') && /\p{L}{2,}/u.test(token));
  return words.length >= 3;
}

/**
 * What every part of the output is emitted with. The parts are functions of their own, not one
 * long function: TurboFan's compile time grows faster than a function's length, and a batch
 * worker compiles each of them once it is hot (one long emitDocument took 40-75 ms per compile).
 */
interface Emitter {
  ctx: ParseContext;
  withSpans: boolean;
  span: (s: NSpan) => Span;
  text: (s: NSpan) => string;
}

export function emitDocument(ctx: ParseContext, x: Extraction): AgendaDocument {
  const withSpans = ctx.options.spans !== false;
  const mapper = new SpanMapper(ctx);
  const span = (s: NSpan) => mapper.span(s);
  const text = (s: NSpan) => fieldText(ctx, s);
  const em: Emitter = { ctx, withSpans, span, text };
  const allItems = flatten(x.items);
  // In this order: the meeting's and the dates' DATE_INFERRED diagnostics come before the list of diagnostics is made.
  const document = emitDocumentBlock(em, x);
  const { meeting, startDay } = emitMeeting(em, x);
  const items = x.items.map((item) => emitItem(em, item));
  const mandates = emitMandates(em, x.mandates, allItems);
  const documentSymbols = emitSymbols(ctx, x, allItems, withSpans ? span : null);
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
  const { ctx, withSpans, span, text } = em;
  const h = x.header;
  const documentSpans: Record<string, Span> = {};
  const symbolOverride = ctx.options.symbol ?? null;
  if (h.symbol && !symbolOverride) documentSpans.symbol = span(h.symbol.span);
  if (h.distribution) documentSpans.distribution = span(h.distribution.span);
  if (h.issued) documentSpans.issued = span(h.issued.span);
  if (h.originalLanguage) documentSpans.originalLanguage = span(h.originalLanguage.span);
  const titleSpan = x.segments.title ? trimFieldSpan(ctx, trimLine(x.segments.title), true) : null;
  if (titleSpan) documentSpans.title = span(titleSpan);
  return {
    symbol: symbolOverride ?? h.symbol?.value ?? null,
    distribution: h.distribution?.value ?? null,
    issued: h.issued ? isoDate(h.issued.start) : null,
    originalLanguage: h.originalLanguage?.value ?? null,
    title: titleSpan ? text(titleSpan) : null,
    kind: x.segments.kind,
    ...(withSpans ? { spans: documentSpans } : {}),
  };
}

/** The meeting block, and its start day (whose year dates without one take). */
function emitMeeting(em: Emitter, x: Extraction): { meeting: AgendaDocument['meeting']; startDay: CalendarDay | null } {
  const { ctx, withSpans, span, text } = em;
  const h = x.header;
  const meetingSpans: Record<string, Span> = {};
  if (h.body) meetingSpans.body = span(h.body);
  if (h.organ) meetingSpans.organ = span(h.organ);
  if (h.session) meetingSpans.session = span(h.session.span);
  if (h.venue) meetingSpans.venue = span(h.venue);
  const inferred: ('startDate' | 'endDate' | 'opening')[] = [];
  const meetingDate = h.meetingDate;
  let startDay: CalendarDay | null = meetingDate?.start ?? null;
  // A session held in parts ("28 April–30 May and 30 June–1 August 2025") ends with its last part.
  const lastPart = meetingDate?.seriesLast ?? meetingDate;
  let endDay: CalendarDay | null = lastPart === meetingDate ? (meetingDate?.end ?? null) : (lastPart?.end ?? lastPart?.start ?? null);
  if (startDay && startDay.year === null) startDay = null;
  if (meetingDate && startDay) meetingSpans.startDate = span(meetingDate.span);
  if (lastPart && endDay) meetingSpans.endDate = span(lastPart.span);
  const scheduledDays: CalendarDay[] = [];
  for (const slot of x.schedule.slots) if (slot.date !== null && slot.date.year !== null) scheduledDays.push(slot.date);
  if (!startDay && scheduledDays.length > 0) {
    startDay = scheduledDays[0]!;
    inferred.push('startDate');
    diagnose(ctx, 'info', 'DATE_INFERRED', `Meeting start date ${isoDate(startDay)} taken from the timetable`, null);
  }
  if (!endDay && startDay && scheduledDays.length > 0) {
    const last = scheduledDays.reduce((a, b) => (compareDays(a, b) >= 0 ? a : b));
    if (compareDays(last, startDay) >= 0) {
      endDay = last;
      inferred.push('endDate');
      diagnose(ctx, 'info', 'DATE_INFERRED', `Meeting end date ${isoDate(last)} taken from the timetable`, null);
    }
  }
  let opening: string | null = null;
  if (x.opening) {
    opening = `${isoDate(x.opening.date)}T${formatTime(x.opening.time)}`;
    meetingSpans.opening = span(x.opening.span);
  }
  const meeting: AgendaDocument['meeting'] = {
    body: h.body ? text(h.body) : null,
    organ: h.organ ? text(h.organ) : null,
    session: h.session ? text(h.session.span) : null,
    sessionNumber: h.session?.value ?? null,
    venue: h.venue ? text(h.venue) : null,
    startDate: startDay ? isoDate(startDay) : null,
    endDate: endDay ? isoDate(endDay) : null,
    opening,
    inferred,
    ...(withSpans ? { spans: meetingSpans } : {}),
  };
  return { meeting, startDay };
}

const TATWEEL = 0x0640;

/**
 * The label as printed: digits as printed, and the tatweel that Arabic writes after a letter
 * used as a label ("هـ", the fifth sub-item), which normalisation drops everywhere else.
 */
function labelAsPrinted(ctx: ParseContext, label: NSpan): string {
  const printed = ctx.norm.display.slice(label.start, label.end);
  let end = toSourceSpan(ctx.norm, label.start, label.end).end;
  let tatweels = 0;
  while (ctx.source.charCodeAt(end) === TATWEEL) {
    end++;
    tatweels++;
  }
  return tatweels ? printed + 'ـ'.repeat(tatweels) : printed;
}

function emitItem(em: Emitter, item: ItemDraft): AgendaItem {
  const { ctx, withSpans, span, text } = em;
  const documents = item.documents.flatMap((entry) => resolveDocumentEntry(ctx, entry));
  const annotation = item.paragraphs.length ? paragraphsText(ctx, item.paragraphs) || null : null;
  const annotationSpan =
    annotation && item.paragraphs.length
      ? {
          start: trimFieldSpan(ctx, item.paragraphs[0]!, false).start,
          end: trimFieldSpan(ctx, item.paragraphs[item.paragraphs.length - 1]!, false).end,
        }
      : null;
  // Key order follows the contract's example.
  return {
    number: item.number,
    label: item.labelSpan ? labelAsPrinted(ctx, item.labelSpan) : null,
    title: text(item.titleSpan),
    subItems: item.subItems.map((sub) => emitItem(em, sub)),
    annotation,
    ...(withSpans ? { annotationSpan: annotationSpan ? span(annotationSpan) : null } : {}),
    documents: documents.map((d) => ({
      symbol: d.symbol,
      description: d.description,
      ...(withSpans ? { span: span(d.span) } : {}),
    })),
    ...(withSpans ? { span: span(item.span) } : {}),
  };
}

function emitMandates(em: Emitter, drafts: readonly MandateDraft[], allItems: readonly ItemDraft[]): Mandate[] {
  const { ctx, withSpans, span, text } = em;
  // Each item's title and annotation, from the first start to the last end: an occurrence outside
  // it is in neither, which two comparisons tell before the title and each paragraph are tried.
  const textExtents = allItems.map((item) => {
    let { start, end } = item.titleSpan;
    for (const p of item.paragraphs) {
      if (p.start < start) start = p.start;
      if (p.end > end) end = p.end;
    }
    return { start, end };
  });
  return drafts.map((m) => {
    // Items whose annotation cites the mandate, or whose title does (a plain agenda's only text),
    // or a footnote on the item's stretch of the text (footnotes are furniture, out of the annotation).
    const cited = allItems.filter((item, i) =>
      m.occurrences.some(
        (o) =>
          (contains(textExtents[i]!, o.start) && (contains(item.titleSpan, o.start) || item.paragraphs.some((p) => contains(p, o.start)))) ||
          (item.region !== null && contains(item.region, o.start) && inFurniture(ctx, o.start)),
      ),
    );
    const out: Mandate = {
      kind: m.kind,
      reference: m.reference,
      symbol: m.symbol,
      issuer: m.issuer ? text(m.issuer) : null,
      instrument: m.instrument ? text(m.instrument) : null,
      title: m.title ? text(m.title) : null,
      items: cited.map((i) => i.number),
    };
    if (withSpans) out.spans = m.occurrences.map(span);
    return out;
  });
}

function emitDates(em: Emitter, drafts: readonly DateMatch[], startDay: CalendarDay | null): DateEntry[] {
  const { ctx, withSpans, span, text } = em;
  const dates: DateEntry[] = [];
  for (const d of drafts) {
    const startDate = withMeetingYear(d.start, startDay);
    if (!startDate) continue;
    const endDate = d.end ? withMeetingYear(d.end, startDay) : null;
    const yearInferred = d.start.year === null;
    if (yearInferred) {
      diagnose(ctx, 'info', 'DATE_INFERRED', `Year of "${text(d.span)}" taken from the meeting`, d.span);
    }
    const entry: DateEntry = {
      text: text(d.span),
      start: isoDate(startDate)!,
      end: endDate ? isoDate(endDate) : null,
      inferred: yearInferred ? ['year'] : [],
    };
    if (withSpans) entry.span = span(d.span);
    dates.push(entry);
  }
  return dates;
}

function emitSchedule(em: Emitter, drafts: ScheduleResult): ScheduleSlot[] {
  const { withSpans, span } = em;
  return drafts.slots.map((slot) => {
    const out: ScheduleSlot = {
      date: slot.date ? isoDate(slot.date) : null,
      dateInferred: slot.dateInferred,
      start: slot.start ? formatTime(slot.start) : null,
      end: slot.end ? formatTime(slot.end) : null,
      items: slot.items,
    };
    if (withSpans) out.span = span(slot.span);
    return out;
  });
}

function emitDiagnostics(em: Emitter): Diagnostic[] {
  const { ctx, withSpans, span } = em;
  return ctx.diagnostics.map((d: DraftDiagnostic) => ({
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(withSpans ? { span: d.span ? span(d.span) : null } : {}),
  }));
}

function trimLine(line: { start: number; end: number; text: string }): NSpan {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

function emitSymbols(
  ctx: ParseContext,
  x: Extraction,
  allItems: readonly ItemDraft[],
  span: ((s: NSpan) => Span) | null,
): DocumentSymbol[] {
  const own = ctx.options.symbol ?? x.header.symbol?.value ?? null;
  const headerEnd = ctx.lines[x.segments.header.to]?.start ?? ctx.norm.text.length;
  const bySymbol = new Map<string, { occurrences: NSpan[]; items: Set<string>; cited: boolean }>();
  for (const match of x.symbols) {
    if (match.start < headerEnd && x.segments.title) continue; // the masthead's own symbol
    const entryItem = allItems.find((item) => item.documents.some((d) => contains(d.span, match.start)));
    const regionItem =
      entryItem ??
      allItems.find((item) => (item.region && contains(item.region, match.start)) || contains(item.titleSpan, match.start));
    // The running header repeats the document's own symbol (known or not): only a documentation
    // list cites it. A footnote's symbols count.
    if (!entryItem && (match.symbol === own || (inFurniture(ctx, match.start) && !inFootnote(ctx, match.start)))) continue;
    let entry = bySymbol.get(match.symbol);
    if (!entry) {
      entry = { occurrences: [], items: new Set(), cited: false };
      bySymbol.set(match.symbol, entry);
    }
    entry.occurrences.push({ start: match.start, end: match.end });
    if (regionItem) entry.items.add(regionItem.number);
  }
  const order = new Map(allItems.map((item, i) => [item.number, i]));
  return [...bySymbol].map(([symbol, entry]) => {
    const out: DocumentSymbol = {
      symbol,
      url: symbolUrl(symbol),
      items: [...entry.items].sort((a, b) => order.get(a)! - order.get(b)!),
    };
    if (span) out.spans = entry.occurrences.map(span);
    return out;
  });
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
