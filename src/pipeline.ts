// The ordered stages: normalise → segment → extract → refine → emit (→ validate, in index.ts).
// Each stage is a function over the shared context; the order here is the whole pipeline.
import { diagnose, splitLines, trimmedSpan, type NSpan, type ParseContext, type ParseOptions } from './context.js';
import { emitDocument, type Extraction } from './emit.js';
import { extractDatesInLanguages, isoDate, weekdayOf, type CalendarDay, type DateMatch } from './extract/dates.js';
import { extractHeader } from './extract/header.js';
import { attachAnnotations, extractListItems, foldedListTitle, itemsAfterEmptyList, itemsFromHeadings, type ItemDraft } from './extract/items.js';
import { detectLanguageWithCertainty } from './extract/language.js';
import { extractMandates } from './extract/mandates.js';
import { extractSchedule, withMeetingYear, type ScheduleResult } from './extract/schedule.js';
import { findDocumentSymbols } from './extract/symbols.js';
import { findClockTimes, findTimeRanges, wordTimeReader, type ScanRegion, type TimeMatch } from './extract/times.js';
import { foldForMatch, sameUpToLamAlef } from './normalise/fold.js';
import { normalise } from './normalise/normalise.js';
import { restoreLostLineBreaks } from './normalise/reflow.js';
import { localeFor } from './locales/index.js';
import type { Locale } from './locales/types.js';
import type { AgendaDocument } from './schema.js';
import { blankFurniture } from './segment/furniture.js';
import { segment } from './segment/segment.js';

/** An item title longer than this is a paragraph (see runPipeline). */
const PARAGRAPH_LENGTH = 150;

/** How far apart a time and a date may stand to read as one moment ("at 10 a.m. on 27 January"). */
const OPENING_WINDOW = 40;

export function runPipeline(source: string, options: ParseOptions = {}): AgendaDocument {
  const printed = normalise(source);
  const detected = options.lang ? null : detectLanguageWithCertainty(printed.text);
  const language = options.lang ?? detected!.language;
  const locale = localeFor(language);
  // A text run together on one line has its line breaks put back; any other is kept as it is.
  const norm = restoreLostLineBreaks(printed, locale);
  const lines = splitLines(norm.text);
  let ctx: ParseContext = { source, norm, lines, language, locale, options, diagnostics: [] };
  // A short Latin text without a sign of its language (an English masthead alone, "Other
  // matters") is read as English, and says so rather than guess silently.
  if (detected && !detected.certain) {
    diagnose(ctx, 'info', 'LANGUAGE_UNCERTAIN', `Too few words tell the language of the text: read as ${language}; give --lang to choose`, null);
  }
  // Mastheads and quoted English dates appear in every language's documents.
  const english = localeFor('en');
  const dateLocales: Locale[] = locale === english ? [english] : [locale, english];

  let segments = segment(ctx);
  // Dates once over the whole text; the header and the timetable take theirs from these.
  const dates = extractDatesInLanguages(norm.text, dateLocales);
  for (const date of dates) {
    if (date.reversed && date.end) {
      const { start, end } = date;
      diagnose(ctx, 'info', 'DATE_RANGE_REVERSED', `A date range printed end first (${end.day}-${start.day}) is read as ${start.day}-${end.day}/${start.month}`, date.span);
    }
  }
  const header = extractHeader(ctx, segments.header, dates, segments.title);
  // Below the masthead, page furniture (job numbers, barcodes, page numbers, the running header
  // with the document's symbol) is blanked so that no title or paragraph runs through it.
  const ownSymbol = options.symbol ?? header.symbol?.value ?? null;
  // A footnote called from the masthead or title ("…anotado *") is furniture wherever it is printed below.
  const blanked = blankFurniture(ctx.lines, segments.header.to, ownSymbol, segments.title?.index ?? null);
  const blankedLines = ctx.lines.filter((line, i) => blanked[i] !== line);
  // Masthead cells inside a body's name ("to the United Nations    Original: English") are left out of it as furniture is.
  const furniture = [...header.furniture, ...blankedLines.map(({ start, end }) => ({ start, end }))];
  ctx = { ...ctx, lines: blanked, furniture };

  // Without a list (an annotations document), the annotations' headings name the items: those
  // segmentation read, unless furniture blanked since stands at one.
  // A list annotated in place is read as both the list and the annotations.
  const inPlace = segments.list !== null && segments.annotations !== null && segments.list.from === segments.annotations.from;
  let items = segments.list
    ? extractListItems(ctx, segments.list, inPlace)
    : segments.annotations
      ? itemsFromHeadings(ctx, segments.annotations, segments.itemHeadings, blankedLines.map((line) => line.index))
      : [];
  // A list with no item in it (the list heading or "Item 1" alone, the "Annotations" heading right
  // under the title, the list left to an annex or another document): the annotations' worded
  // headings name the items, or without any their plain-numbered headings.
  if (items.length === 0 && segments.list && segments.annotations) items = itemsAfterEmptyList(ctx, segments.annotations);
  // A letter or report whose opening line reads like a title ("Provisional agenda of the meeting
  // …, transmitted herewith"): its numbered paragraphs are no items. An agenda always has short
  // items ("Other matters"); when every one runs on for a paragraph, the text is no agenda.
  if (items.length > 0 && items.every((item) => item.titleSpan.end - item.titleSpan.start > PARAGRAPH_LENGTH)) {
    segments = { ...segments, title: null, kind: 'other', list: null, annotations: null, annex: null };
    items = [];
  }
  if (segments.annotations) {
    attachAnnotations(ctx, items, segments.annotations, inPlace);
  }
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
  } else if (items.length === 0) {
    // An agenda whose items could not be read is a failure to say, not an empty agenda.
    diagnose(ctx, 'warning', 'NO_ITEMS', 'An agenda title was found but no numbered items after it', segments.title ? trimmedSpan(segments.title) : null);
  }
  return emitDocument(ctx, extraction);
}

/** ITEM_TITLE_MISMATCH where the annotated heading differs in words from the list title. */
function compareTitles(ctx: ParseContext, items: readonly ItemDraft[]): void {
  for (const item of items) {
    if (item.headingTitleSpan) {
      const listTitle = ctx.norm.text.slice(item.titleSpan.start, item.titleSpan.end);
      const heading = ctx.norm.text.slice(item.headingTitleSpan.start, item.headingTitleSpan.end);
      if (!sameUpToLamAlef(foldedListTitle(ctx, item), foldForMatch(heading))) {
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

/** How far after a date its exception word is looked for ("2024年6月3日星期一除外"; the weekday may follow the date read). */
const EXCEPT_AFTER_WINDOW = 8;

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

/**
 * The opening: a stated time next to a single date, "الساعة العاشرة صباحاً يوم الأربعاء ٢٧ …".
 *
 * The contract's opening is the first meeting's, and the first meeting is held on the meeting's
 * start date (from the header). So a date-time pair on that date is the evidence, and the first
 * such pair in the text wins: the opening is stated in the header, its footnote or the first
 * annotations, ahead of the timetable, whose first day's first slot (a range) is the fallback.
 * Pairs on other dates are other meetings or events (the adoption of the report "el jueves 29
 * … a las 17.30 horas", a high-level segment, registration the day before, a past session) and
 * are not taken: a wrong opening is worse than none. The one exception is a pair that names the
 * start date's weekday against its own date, within a week of it: the start date with its day
 * number misprinted ("el lunes 5 de abril" for Monday 4 April). It keeps its printed date, as
 * every value does, and WEEKDAY_MISMATCH reports it. Without a start date there is nothing to
 * compare with, and the first pair in the text is taken.
 */
function findOpening(ctx: ParseContext, dates: readonly DateMatch[], meetingStart: CalendarDay | null): Opening | null {
  const text = ctx.norm.text;
  const english = localeFor('en');
  const locales = ctx.locale === english ? [english] : [ctx.locale, english];
  // Regions are read one at a time, in text order, and reading stops at the first opening: it
  // is usually stated in the header, ahead of the timetable's many dated rows. Every time of a
  // region starts after every time of the regions before it, so the times come in text order.
  const regions = openingRegions(dates);

  // A range stands for its start: "el lunes 3 de junio de 2024, de 10.00 a 13.00 horas" opens at
  // 10.00 (read singly, only the end, "13.00 horas", carries its hour word).
  const rangesOf = (region: ScanRegion): TimeMatch[] => {
    const found: TimeMatch[] = [];
    for (const locale of locales) {
      for (const range of findTimeRanges(text, locale, 0, region)) found.push({ span: range.span, time: range.start });
    }
    return found.sort((a, b) => a.span.start - b.span.start);
  };
  // The ranges of regions [0, rangesRead), in text order, with the furthest end reached so far.
  const ranges: TimeMatch[] = [];
  const reach: number[] = [];
  let rangesRead = 0;
  /** Reads the ranges of every region that starts before `end` (a range starts in its region). */
  const readRangesBefore = (end: number): void => {
    for (; rangesRead < regions.length && regions[rangesRead]!.from < end; rangesRead++) {
      for (const r of rangesOf(regions[rangesRead]!)) {
        ranges.push(r);
        reach.push(Math.max(r.span.end, reach[reach.length - 1] ?? 0));
      }
    }
  };
  // A single time inside a range is one of its ends. Ranges in text order, with the furthest end
  // reached so far, answer "does any range overlap this time" by one binary search.
  const inRange = (t: TimeMatch) => {
    let lo = 0;
    let hi = ranges.length; // ranges[0, lo) start before the time ends
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.span.start < t.span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > t.span.start;
  };
  const readWordTimes = wordTimeReader(text, ctx.locale);
  /** The region's times in text order: its ranges, and its single times that are no range's end. */
  const timesIn = (region: ScanRegion): TimeMatch[] => {
    readRangesBefore(region.to);
    const own = ranges.filter((r) => r.span.start >= region.from && r.span.start < region.to);
    const singles = readWordTimes(region);
    for (const locale of locales) singles.push(...findClockTimes(text, locale, region));
    // A single time near the region's end may run into a range of the next region.
    readRangesBefore(Math.max(0, ...singles.map((t) => t.span.end)));
    return [...own, ...singles.filter((t) => !inRange(t))].sort((a, b) => a.span.start - b.span.start);
  };
  // Dates are in text order and do not overlap, so their ends are in order too: the dates near
  // each time (times also in text order) are found by a pointer that only moves forward.
  const days = dates.filter((d) => !d.end);

  const onStart = (day: CalendarDay, start: CalendarDay) =>
    day.month === start.month && day.day === start.day && (start.year === null || day.year === start.year);
  const serial = (d: CalendarDay) => Date.UTC(d.year ?? 0, d.month - 1, d.day) / 86_400_000;
  const misprintedStart = (date: DateMatch, day: CalendarDay, start: CalendarDay) =>
    date.weekday !== null &&
    date.weekday !== weekdayOf(day) &&
    date.weekday === weekdayOf(start) &&
    Math.abs(serial(day) - serial(start)) < 7;

  // A time and a date make one moment only within a sentence: "… a las 17.30 horas.\n\nAnexo\n\n
  // Miércoles 28 de agosto" is two, and so is "… at 5.30 p.m. The session opens on 3 June" (the
  // time's own full stop ends its sentence). A timetable's day heading and its first row, with
  // nothing but white space between, are one.
  const apart = (first: NSpan, second: NSpan) => {
    const gap = text.slice(first.end, second.start);
    return (
      /[.!?؟](?=\s)|[。！？]/.test(gap) ||
      (text[first.end - 1] === '.' && /^\s+\p{Lu}/u.test(gap)) ||
      (/\n[^\S\n]*\n/.test(gap) && /\S/.test(gap))
    );
  };

  // "…from 2 p.m. to 5 p.m., except on Monday, 6 October, when the session will open at 10 a.m.":
  // hours before an exception word are every other day's, not the date's after it. Chinese says
  // so after the date ("…下午3时至6时，但10月6日星期一除外").
  const exceptBefore = ctx.locale.clock?.exceptBefore ?? [];
  const exceptAfter = ctx.locale.clock?.exceptAfter ?? [];
  const excepted = (time: NSpan, date: NSpan) => {
    if (exceptBefore.length > 0) {
      const gap = text.slice(time.end, date.start).toLowerCase();
      if (exceptBefore.some((word) => gap.includes(word))) return true;
    }
    if (exceptAfter.length === 0) return false;
    const next = text.slice(date.end, date.end + EXCEPT_AFTER_WINDOW).trimStart();
    return exceptAfter.some((word) => next.startsWith(word));
  };

  let misprinted: Opening | null = null;
  let first = 0;
  for (const region of regions) {
    for (const time of timesIn(region)) {
      while (first < days.length && days[first]!.span.end < time.span.start - OPENING_WINDOW) first++;
      for (let i = first; i < days.length && days[i]!.span.start <= time.span.end + OPENING_WINDOW; i++) {
        const date = days[i]!;
        const after = date.span.start - time.span.end;
        const before = time.span.start - date.span.end;
        if (!((after >= 0 && after <= OPENING_WINDOW) || (before >= 0 && before <= OPENING_WINDOW))) continue;
        if (after >= 0 ? apart(time.span, date.span) || excepted(time.span, date.span) : apart(date.span, time.span)) continue;
        const day = withMeetingYear(date.start, meetingStart);
        if (!day) continue;
        const opening: Opening = {
          date: day,
          time: time.time,
          span: { start: Math.min(time.span.start, date.span.start), end: Math.max(time.span.end, date.span.end) },
        };
        if (!meetingStart || onStart(day, meetingStart)) return opening;
        if (!misprinted && misprintedStart(date, day, meetingStart)) misprinted = opening;
      }
    }
  }
  return misprinted;
}
