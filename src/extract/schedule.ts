// The annex timetable (proposed organization of work). Rows are read cell by cell (tabs, as
// extractions print table cells); a row with a time range opens a slot, rows without one add
// their items to it; a day heading sets the date. A morning slot that follows an afternoon slot
// with no day heading between them belongs to a day whose heading the extraction lost: its date
// is inferred and said so.
import { diagnose, isBlank, trimmedSpan, type NSpan, type ParseContext } from '../context.js';
import { alternation, LETTER, perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import { matchHeadingLine } from '../segment/headings.js';
import { letterIndex, subItemLetter } from '../segment/markers.js';
import type { LineRange } from '../segment/segment.js';
import { addDays, datesWithin, type CalendarDay, type DateMatch } from './dates.js';
import { findTimeRanges, formatTime, type TimeOfDay } from './times.js';

export interface ScheduleSlotDraft {
  date: CalendarDay | null;
  dateInferred: boolean;
  /** The printed day heading this slot's date comes from. */
  heading: DateMatch | null;
  start: TimeOfDay | null;
  end: TimeOfDay | null;
  items: string[];
  span: NSpan;
}

export interface ScheduleResult {
  slots: ScheduleSlotDraft[];
  /** Day headings as printed (their year may be missing). */
  headings: DateMatch[];
}

/** An item cell: "١ (أ)", "1 (a) and (b)", "3 a)", "Item 4", "4". */
const itemCellPattern = perLocale(
  (locale: Locale) =>
    new RegExp(
      `^(?:${alternation(locale.itemWord, locale)}\\s+)?(?<number>\\d{1,2})(?<letters>(?:(?:\\s*(?:[,،]|${alternation([...locale.pairAnd, 'and'], locale)}))?\\s*(?:[(（]\\s*)?[${LETTER}]{1,2}\\s*[)）]){0,8})$`,
      'iu',
    ),
);

/** An item cell at the start of a row's text, before the title: "1 (a) Opening…", "4 Other…". */
const leadingItemPattern = perLocale(
  (locale: Locale) =>
    new RegExp(
      `^\\s*((?:${alternation(locale.itemWord, locale)}\\s+)?\\d{1,2}(?:\\s*[(（][${LETTER}]{1,2}[)）]){0,8})\\s+(?=[${LETTER}])`,
      locale.arabicMorphology ? 'u' : 'iu',
    ),
);

const LETTER_IN_BRACKETS = /(?:[(（]\s*)?(\p{L}{1,2})\s*[)）]/gu;

function readItemCell(cell: string, locale: Locale): string[] | null {
  const m = itemCellPattern(locale).exec(cell.trim());
  if (!m) return null;
  const number = m.groups!.number!;
  const letters = [...m.groups!.letters!.matchAll(LETTER_IN_BRACKETS)].map((l) => letterIndex(l[1]!, locale));
  if (letters.length === 0) return [number];
  if (letters.some((l) => l === undefined)) return null;
  return letters.map((l) => `${number}(${subItemLetter(l!)})`);
}

interface Cell {
  text: string;
  start: number;
}

/** Table cells: tabs separate them, or (text laid out with spaces) runs of two or more spaces. */
function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const m of text.matchAll(/\t| {2,}/g)) {
    cells.push({ text: text.slice(start, m.index), start: offset + start });
    start = m.index + m[0].length;
  }
  cells.push({ text: text.slice(start), start: offset + start });
  return cells;
}

export function extractSchedule(
  ctx: ParseContext,
  range: LineRange,
  allDates: readonly DateMatch[],
  meetingStart: CalendarDay | null,
): ScheduleResult {
  const slots: ScheduleSlotDraft[] = [];
  const headings: DateMatch[] = [];
  let currentDate: CalendarDay | null = null;
  let currentHeading: DateMatch | null = null;
  let headingSinceLastSlot = false;
  /** The current day's heading was lost and its date inferred: so is every slot of that day. */
  let dayInferred = false;
  let started = false;

  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) continue;
    if (!started && matchHeadingLine(ctx, line, ctx.locale.headings.organizationOfWork, 'Organization of work')) {
      started = true;
      continue;
    }
    const cells = cellsOf(line.text, line.start).filter((c) => c.text.trim().length > 0);
    let items: string[] | null = null;
    for (const cell of cells) {
      items = readItemCell(cell.text, ctx.locale);
      if (items) break;
    }
    const times = findTimeRanges(line.text, ctx.locale, line.start);
    if (!items && cells.length === 1) {
      // One cell: "10 a.m.-1 p.m. 1 (a) Opening of the session" as plain text extraction prints
      // a row. The item is the number that follows the time (or starts the line).
      const after = times[0] ? line.text.slice(times[0].span.end - line.start) : line.text;
      const lead = leadingItemPattern(ctx.locale).exec(after);
      if (lead) items = readItemCell(lead[1]!, ctx.locale);
    }

    if (!items && times.length === 0) {
      const heading = datesWithin(allDates, line)[0];
      if (heading) {
        headings.push(heading);
        currentDate = withMeetingYear(heading.start, meetingStart);
        currentHeading = heading;
        headingSinceLastSlot = true;
        dayInferred = false;
      }
      continue; // column headings and titles without an item
    }
    started = true;
    const span = trimmedSpan(line);
    const time = times[0];
    if (time) {
      for (const t of times) {
        if (t.reversed) {
          diagnose(
            ctx,
            'info',
            'TIME_RANGE_REVERSED',
            `Time range printed end first; read as ${formatTime(t.start)}–${formatTime(t.end)}`,
            t.span,
          );
        }
      }
      const previous = slots[slots.length - 1];
      let heading = currentHeading;
      if (
        previous &&
        !headingSinceLastSlot &&
        previous.start &&
        previous.date &&
        minutesOf(time.start) <= minutesOf(previous.start)
      ) {
        // The day's heading was lost: the slot starts a new day.
        currentDate = addDays(previous.date, 1);
        dayInferred = true;
        heading = null;
        currentHeading = null;
        diagnose(
          ctx,
          'info',
          'DATE_INFERRED',
          `Timetable slot at ${formatTime(time.start)} has no day heading; assumed the day after the previous slot`,
          span,
        );
      }
      slots.push({
        date: currentDate,
        dateInferred: dayInferred,
        heading,
        start: time.start,
        end: time.end,
        items: [...(items ?? [])],
        span,
      });
      headingSinceLastSlot = false;
    } else {
      let slot = slots[slots.length - 1];
      if (!slot || headingSinceLastSlot) {
        slot = { date: currentDate, dateInferred: dayInferred, heading: currentHeading, start: null, end: null, items: [], span };
        slots.push(slot);
        headingSinceLastSlot = false;
      }
      for (const item of items ?? []) if (!slot.items.includes(item)) slot.items.push(item);
      slot.span = { start: slot.span.start, end: span.end };
    }
  }
  return { slots, headings };
}

function minutesOf(t: TimeOfDay): number {
  return t.hour * 60 + t.minute;
}

/** A day heading without its year takes the meeting's (the next one if the month is earlier). */
export function withMeetingYear(day: CalendarDay, meetingStart: CalendarDay | null): CalendarDay | null {
  if (day.year !== null) return day;
  if (!meetingStart || meetingStart.year === null) return null;
  const year = day.month < meetingStart.month ? meetingStart.year + 1 : meetingStart.year;
  return { ...day, year };
}
