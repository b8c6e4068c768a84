// The ordered stages: normalise → segment → extract → refine → emit (→ validate, in index.ts).
// Each stage is a function over the shared context; the order here is the whole pipeline.
import { diagnose, splitLines, type NSpan, type ParseContext, type ParseOptions } from './context.js';
import { emitDocument, type Extraction } from './emit.js';
import { extractDatesInLanguages, isoDate, weekdayOf, type CalendarDay, type DateMatch } from './extract/dates.js';
import { extractHeader } from './extract/header.js';
import { attachAnnotations, extractListItems, foldedListTitle, itemsFromHeadings, type ItemDraft } from './extract/items.js';
import { detectLanguage } from './extract/language.js';
import { extractMandates } from './extract/mandates.js';
import { extractSchedule, withMeetingYear, type ScheduleResult } from './extract/schedule.js';
import { findDocumentSymbols } from './extract/symbols.js';
import { findClockTimes, findWordTimes, type ScanRegion, type TimeMatch } from './extract/times.js';
import { foldForMatch } from './normalise/fold.js';
import { normalise } from './normalise/normalise.js';
import { en } from './locales/en.js';
import { localeFor } from './locales/index.js';
import type { Locale } from './locales/types.js';
import type { AgendaDocument } from './schema.js';
import { blankFurniture } from './segment/furniture.js';
import { segment } from './segment/segment.js';

/** How far apart a time and a date may stand to read as one moment ("at 10 a.m. on 27 January"). */
const OPENING_WINDOW = 40;

export function runPipeline(source: string, options: ParseOptions = {}): AgendaDocument {
  const norm = normalise(source);
  const lines = splitLines(norm.text);
  const language = options.lang ?? detectLanguage(norm.text);
  const locale = localeFor(language);
  let ctx: ParseContext = { source, norm, lines, language, locale, options, diagnostics: [] };
  // Mastheads and quoted English dates appear in every language's documents.
  const dateLocales: Locale[] = locale === en ? [en] : [locale, en];

  const segments = segment(ctx);
  // Dates once over the whole text; the header and the timetable take theirs from these.
  const dates = extractDatesInLanguages(norm.text, dateLocales);
  for (const date of dates) {
    if (date.reversed && date.end) {
      const { start, end } = date;
      diagnose(ctx, 'info', 'DATE_RANGE_REVERSED', `A date range printed end first (${end.day}-${start.day}) is read as ${start.day}-${end.day}/${start.month}`, date.span);
    }
  }
  const header = extractHeader(ctx, segments.header, dates);
  // Below the masthead, page furniture (job numbers, barcodes, page numbers, the running header
  // with the document's symbol) is blanked so that no title or paragraph runs through it.
  const ownSymbol = options.symbol ?? header.symbol?.value ?? null;
  const blanked = blankFurniture(ctx.lines, segments.header.to, ownSymbol);
  const furniture = ctx.lines.filter((line, i) => blanked[i] !== line).map(({ start, end }) => ({ start, end }));
  ctx = { ...ctx, lines: blanked, furniture };

  // Without a list (an annotations document), the annotations' headings name the items.
  const items = segments.list
    ? extractListItems(ctx, segments.list)
    : segments.annotations
      ? itemsFromHeadings(ctx, segments.annotations)
      : [];
  if (segments.annotations) attachAnnotations(ctx, items, segments.annotations);
  compareTitles(ctx, items);

  const meetingStart = header.meetingDate?.start ?? null;
  const schedule: ScheduleResult = segments.annex
    ? extractSchedule(ctx, segments.annex, dates, meetingStart)
    : { slots: [], headings: [] };

  checkWeekdays(ctx, dates, meetingStart);
  const opening = findOpening(ctx, dates, meetingStart);

  const extraction: Extraction = {
    segments,
    header,
    items,
    mandates: extractMandates(ctx),
    symbols: findDocumentSymbols(norm.text),
    dates,
    schedule,
    opening,
  };
  if (segments.kind === 'other') {
    diagnose(ctx, 'warning', 'NOT_AN_AGENDA', 'No agenda title was found: the text is not read as an agenda', null);
  }
  return emitDocument(ctx, extraction);
}

/** ITEM_TITLE_MISMATCH where the annotated heading differs in words from the list title. */
function compareTitles(ctx: ParseContext, items: readonly ItemDraft[]): void {
  for (const item of items) {
    if (item.headingTitleSpan) {
      const listTitle = ctx.norm.text.slice(item.titleSpan.start, item.titleSpan.end);
      const heading = ctx.norm.text.slice(item.headingTitleSpan.start, item.headingTitleSpan.end);
      if (foldedListTitle(ctx, item) !== foldForMatch(heading)) {
        diagnose(
          ctx,
          'warning',
          'ITEM_TITLE_MISMATCH',
          `Item ${item.number}: the list reads "${listTitle.replace(/\s+/g, ' ')}", the annotations "${heading.replace(/\s+/g, ' ')}"`,
          item.headingTitleSpan,
        );
      }
    }
    compareTitles(ctx, item.subItems);
  }
}

function checkWeekdays(ctx: ParseContext, dates: readonly DateMatch[], meetingStart: CalendarDay | null): void {
  for (const date of dates) {
    if (date.weekday === null) continue;
    const day = withMeetingYear(date.start, meetingStart);
    if (!day) continue;
    const actual = weekdayOf(day);
    if (actual !== null && actual !== date.weekday) {
      const names = ctx.locale.weekdays;
      diagnose(
        ctx,
        'warning',
        'WEEKDAY_MISMATCH',
        `${isoDate(day)} is a ${names[actual]?.[0] ?? actual}, not a ${names[date.weekday]?.[0] ?? date.weekday}`,
        date.weekdaySpan ?? date.span,
      );
    }
  }
}

export interface Opening {
  date: CalendarDay;
  time: TimeMatch['time'];
  span: NSpan;
}

/**
 * The longest time a document prints ("الساعة العاشرة والنصف صباحاً", "10 час. 00 мин."), with room
 * to spare: a time that ends within OPENING_WINDOW of a date starts no further away than this.
 */
const LONGEST_TIME = 64;

/**
 * Where a time next to a single date may start. Only these stretches are scanned: a clock-time
 * scan over a whole text stops at every number in it.
 */
function openingRegions(dates: readonly DateMatch[]): ScanRegion[] {
  const regions: ScanRegion[] = [];
  const around = dates
    .filter((d) => !d.end)
    .map((d) => ({ from: Math.max(0, d.span.start - OPENING_WINDOW - LONGEST_TIME), to: d.span.end + OPENING_WINDOW + 1 }))
    .sort((a, b) => a.from - b.from);
  for (const region of around) {
    const last = regions[regions.length - 1];
    if (last && region.from <= last.to) last.to = Math.max(last.to, region.to);
    else regions.push({ ...region });
  }
  return regions;
}

/** The first stated time that stands next to a date: "الساعة العاشرة صباحاً يوم الأربعاء ٢٧ …". */
function findOpening(ctx: ParseContext, dates: readonly DateMatch[], meetingStart: CalendarDay | null): Opening | null {
  const text = ctx.norm.text;
  const times: TimeMatch[] = [];
  for (const region of openingRegions(dates)) {
    times.push(...findWordTimes(text, ctx.locale, region), ...findClockTimes(text, ctx.locale, region));
    if (ctx.locale !== en) times.push(...findClockTimes(text, en, region));
  }
  times.sort((a, b) => a.span.start - b.span.start);
  for (const time of times) {
    for (const date of dates) {
      if (date.end) continue;
      const after = date.span.start - time.span.end;
      const before = time.span.start - date.span.end;
      if ((after >= 0 && after <= OPENING_WINDOW) || (before >= 0 && before <= OPENING_WINDOW)) {
        const day = withMeetingYear(date.start, meetingStart);
        if (!day) continue;
        return {
          date: day,
          time: time.time,
          span: { start: Math.min(time.span.start, date.span.start), end: Math.max(time.span.end, date.span.end) },
        };
      }
    }
  }
  return null;
}
