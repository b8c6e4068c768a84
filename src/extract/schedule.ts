// The annex timetable (proposed organization of work). Rows are read cell by cell (tabs, as
// extractions print table cells); a row with a time range or a half-day word ("Morning",
// "上午") opens a slot, rows without one add their items to it; a day heading, or a date in a
// row's own cell, sets the date of that row and those after it. A morning slot that follows an
// afternoon slot with no day heading between them belongs to a day whose heading the extraction
// lost: its date is inferred and said so.
import { compiledAtOnce, diagnose, isBlank, trimmedSpan, type Line, type NSpan, type ParseContext } from '../context.js';
import { alternation, LETTER, perLocale, WORD_END, WORD_START } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import { foldForMatch } from '../normalise/fold.js';
import { matchHeadingLine } from '../segment/headings.js';
import { letterIndex, subItemLetter } from '../segment/markers.js';
import type { LineRange } from '../segment/segment.js';
import { addDays, firstDateFrom, firstDateWithin, type CalendarDay, type DateMatch } from './dates.js';
import { findTimeRanges, formatTime, type TimeOfDay, type TimeRangeMatch } from './times.js';

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

/**
 * The parts of an item cell: "Items 1 and 2", "Points 1 et 2", "Temas 1, 2 y 3", "1, 2 а), 2 б)",
 * "4 (a)–(d)", "١ و٢ (أ) إلى (ز)", "Item 2 (continued)", "4（续）". The cell is read token by
 * token with a sticky pattern; each token is a bounded run, so reading is linear.
 */
const itemCellPatterns = perLocale((locale: Locale) => {
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  // English words appear in every language's tables.
  const and = alternation([...locale.pairAnd, 'and'], locale);
  const to = alternation([...locale.rangeTo, ...(locale.clock?.rangeTo ?? []), 'to'], locale);
  // A list word must be followed by what it joins: Arabic "و" is written onto it ("و٢", "و(ب)").
  const joined = '(?=[\\s\\d(（])';
  // Run on short cells, row after row: compiled to machine code at once (see compiledAtOnce).
  return {
    word: compiledAtOnce(new RegExp(`^${alternation(locale.itemWord, locale)}(?:\\s+|(?=\\d))`, flags), locale.code),
    continued: compiledAtOnce(new RegExp(`[(（]\\s*${alternation(locale.continued, locale)}\\s*[)）]$`, flags), locale.code),
    token: compiledAtOnce(
      new RegExp(
        `\\s*(?:(?<number>\\d{1,2})(?!\\d)|[(（]\\s*(?<letter>[${LETTER}]{1,2})\\s*[)）]|(?<bare>[${LETTER}]{1,2})\\s*[)）]` +
          `|(?<list>[,،、;]|${and}${joined})|(?<range>[-–—]|${to}${joined}))`,
        `${flags}y`,
      ),
      locale.code,
    ),
  };
});

/** The longest span a printed range may stand for: "(a)–(z)", "Items 3 to 10". */
const MAX_RANGE = 26;

/** An item cell's item named without a letter. */
const NO_LETTER = -1;

/** Item numbers, times and dates are written in ASCII digits (what `\d` matches). */
const DIGIT = /[0-9]/;

/** The items an item cell names, in order; null when the cell is not (only) item numbers. */
function readItemCell(cell: string, locale: Locale): string[] | null {
  // Most cells are titles: without a number they name no item, and need not be tokenised.
  if (!DIGIT.test(cell)) return null;
  const p = itemCellPatterns(locale);
  let text = cell.trim();
  // "(continued)" is the only suffix taken off, and it ends in a bracket.
  if (text.endsWith(')') || text.endsWith('）')) text = text.replace(p.continued, '').trimEnd();
  const word = p.word.exec(text);
  if (word) text = text.slice(word[0].length);
  // The first token must be a number ("Wednesday, 27 January" is a day, not items).
  if (!DIGIT.test(text[0] ?? '')) return null;
  return readItemTokens(text, word !== null, locale);
}

/**
 * The items of an item cell's numbers and letters (`worded`: after an item word). Apart from
 * readItemCell, whose every cell passes through it: this loop is compiled on its own, and not
 * again when a branch of the cell's first step is first taken.
 */
function readItemTokens(text: string, worded: boolean, locale: Locale): string[] | null {
  // An item's letter is NO_LETTER, not null, when it has none: a field that holds null, then a
  // number, changes the objects' map and deoptimised the code that had seen them.
  const items: { number: number; letter: number }[] = [];
  let range = false;
  const token = itemCellPatterns(locale).token;
  token.lastIndex = 0;
  while (token.lastIndex < text.length) {
    const g = token.exec(text)?.groups;
    if (!g) return null;
    const last = items[items.length - 1];
    if (g.number !== undefined) {
      const number = Number(g.number);
      // "Items 3–5"; without the item word "3-6" is more likely hours than items.
      if (range && (!worded || !last || last.letter !== NO_LETTER || number <= last.number || number - last.number > MAX_RANGE)) return null;
      for (let n = range ? last!.number + 1 : number; n <= number; n++) items.push({ number: n, letter: NO_LETTER });
      range = false;
    } else if (g.letter !== undefined || g.bare !== undefined) {
      const letter = letterIndex((g.letter ?? g.bare)!, locale);
      if (letter === undefined || !last) return null;
      if (range) {
        // "(a)–(d)", "(أ) إلى (ز)": the letters between belong to the same item.
        if (last.letter === NO_LETTER || letter <= last.letter || letter - last.letter > MAX_RANGE) return null;
        for (let l = last.letter + 1; l <= letter; l++) items.push({ number: last.number, letter: l });
        range = false;
      } else if (last.letter === NO_LETTER) {
        last.letter = letter; // "2 (a)": the number named the item with its first letter
      } else {
        items.push({ number: last.number, letter }); // "(a) and (b)"
      }
    } else if (g.range !== undefined) {
      if (!last || range) return null;
      range = true;
    } else if (!last || range) {
      return null; // a list word with nothing before it
    }
  }
  if (items.length === 0 || range) return null;
  const names = items.map((i) => (i.letter === NO_LETTER ? String(i.number) : `${i.number}(${subItemLetter(i.letter)})`));
  return [...new Set(names)];
}

/** An item cell at the start of a row's text, before the title: "1 (a) Opening…", "4 Other…". */
const leadingItemPattern = perLocale((locale: Locale) =>
  compiledAtOnce(
    new RegExp(
      `^\\s*((?:${alternation(locale.itemWord, locale)}\\s+)?\\d{1,2}(?:\\s*[(（][${LETTER}]{1,2}[)）]){0,8})\\s+(?=[${LETTER}])`,
      locale.arabicMorphology ? 'u' : 'iu',
    ),
    locale.code,
  ),
);

/** A half-day label cell: the word alone, or before its hours in brackets ("Tarde (15.00…)"). */
const halfDayPattern = perLocale((locale: Locale) => {
  const c = locale.clock ?? {};
  if (!c.halfDayMorning?.length && !c.halfDayAfternoon?.length) return null;
  const words = (list: readonly string[] | undefined) => (list?.length ? alternation(list, locale) : '(?!)');
  return compiledAtOnce(
    new RegExp(
      `^(?:(?<morning>${words(c.halfDayMorning)})|(?<afternoon>${words(c.halfDayAfternoon)}))\\s*(?:[(（:]|$)`,
      locale.arabicMorphology ? 'u' : 'iu',
    ),
    locale.code,
  );
});

type HalfDay = 'morning' | 'afternoon';

function readHalfDay(cell: string, locale: Locale): HalfDay | null {
  const m = halfDayPattern(locale)?.exec(cell.trim());
  if (!m) return null;
  return m.groups!.morning !== undefined ? 'morning' : 'afternoon';
}

/**
 * The words that join a day to its hours in one cell: "Martes 1 de julio, de las 15.00 a las
 * 18.00 horas" (a range's "from"), "on 4 April at 10 a.m." (the "at" word). Removed from a cell's
 * rest, with the date and the time ranges, before it is tested for other words.
 */
const timeJoinerPattern = perLocale((locale: Locale) => {
  const words = [...(locale.clock?.rangeFrom ?? []), ...locale.time.hourWord];
  if (!words.length) return null;
  const [start, end] = locale.spaceless ? ['', ''] : [WORD_START, WORD_END];
  return new RegExp(`${start}${alternation(words, locale)}${end}`, locale.arabicMorphology ? 'gu' : 'giu');
});

/**
 * A cell that is a date and nothing more ("Monday, 4 April", "3月11日，星期一"), or a date with
 * the row's hours ("Tuesday, 1 July, 3 p.m.-6 p.m.", "Martes 1 de julio, de las 15.00 a las
 * 18.00 horas", as treaty-body timetables and workplans print a row): the row's day.
 */
function dayOfCell(cell: Cell, dates: readonly DateMatch[], times: readonly TimeRangeMatch[], locale: Locale): DateMatch | null {
  const end = cell.start + cell.text.length;
  const date = firstDateWithin(dates, { start: cell.start, end });
  if (!date) return null;
  const hours = times.filter((t) => t.span.start >= cell.start && t.span.end <= end).map((t) => t.span);
  // The day comes first. Hours before it ("15.00 a 18.00 horas Miércoles 6 de marzo", as PDF
  // extraction glues a row to the next row's day heading) are that row's, the day the next row's.
  if (hours.some((h) => h.start < date.span.start)) return null;
  // The cell without its date and its time ranges (spans in text order, not overlapping).
  const taken = [date.span, ...hours];
  let rest = '';
  let at = cell.start;
  for (const span of taken) {
    if (span.start < at) return null;
    rest += cell.text.slice(at - cell.start, span.start - cell.start) + ' ';
    at = span.end;
  }
  rest += cell.text.slice(at - cell.start);
  // A title that mentions a date ("… held on 4 April") is no day cell.
  if (!/[\p{L}\p{N}]/u.test(rest)) return date;
  const joiner = taken.length > 1 ? timeJoinerPattern(locale) : null;
  return joiner && !/[\p{L}\p{N}]/u.test(rest.replace(joiner, '')) ? date : null;
}

/**
 * Whether a date holds the offset. Dates are in text order and do not overlap: only the last that
 * starts at or before it may hold it, found by a binary search (a timetable of thousands of rows
 * asks this of each row; reading every date each time was the square of its length).
 */
function dateAt(dates: readonly DateMatch[], offset: number): boolean {
  const last = dates[firstDateFrom(dates, offset + 1) - 1];
  return last !== undefined && offset < last.span.end;
}

/** The language's weekday names, folded: a cell "Вторник," that names a day and no date. */
const weekdayNames = perLocale((locale: Locale) => new Set(locale.weekdays.flat().map(foldForMatch)));

function isWeekdayName(text: string, locale: Locale): boolean {
  return weekdayNames(locale).has(foldForMatch(text));
}

interface Cell {
  text: string;
  start: number;
}

/**
 * Table cells: tabs part them, or (text laid out with spaces) runs of two or more spaces, and in
 * a markdown table ("| 10 a.m.-1 p.m. | 1 (a) |") its bars.
 */
const CELL_GAP = /\t| {2,}/g;
const MARKDOWN_CELL_GAP = /\t| {2,}|\|/g;

function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  // exec, not matchAll: matchAll copies the pattern on every call.
  const gap = /^\s*\|/.test(text) ? MARKDOWN_CELL_GAP : CELL_GAP;
  gap.lastIndex = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    cells.push({ text: text.slice(start, m.index), start: offset + start });
    start = m.index + m[0].length;
  }
  cells.push({ text: text.slice(start), start: offset + start });
  return cells;
}

/** Characters of words a note's sentence prints before its first time at least: a row's cells before its hours are a day, at most. */
const NOTE_WORDS_BEFORE_TIME = 25;

/** True if the line reads as a sentence about the hours: words before its first time, a final stop. */
function isNoteSentence(line: Line, firstTime: TimeRangeMatch): boolean {
  const before = line.text.slice(0, firstTime.span.start - line.start);
  return before.trim().length >= NOTE_WORDS_BEFORE_TIME && /\p{Ll}[ \t]+\p{Ll}/u.test(before) && /[.。]\s*$/u.test(line.text);
}

export function extractSchedule(
  ctx: ParseContext,
  range: LineRange,
  allDates: readonly DateMatch[],
  meetingStart: CalendarDay | null,
): ScheduleResult {
  const reader = new ScheduleReader(ctx, allDates, meetingStart);
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (!isBlank(line)) reader.readRow(i, line);
  }
  return { slots: reader.slots, headings: reader.headings };
}

type Diagnostic = ParseContext['diagnostics'][number];

/**
 * The state of extractSchedule as it reads the timetable row by row. A class, not closures over
 * one long function's variables: its steps are each optimised apart (extractSchedule was ~80 ms
 * of TurboFan, compiled twice, as one body), and its fields keep one shape.
 */
class ScheduleReader {
  readonly slots: ScheduleSlotDraft[] = [];
  readonly headings: DateMatch[] = [];
  currentDate: CalendarDay | null = null;
  currentHeading: DateMatch | null = null;
  headingSinceLastSlot = false;
  /** The current day's heading was lost and its date inferred: so is every slot of that day. */
  dayInferred = false;
  /** When the last slot began (minutes, or its half day's), if its row said. */
  lastOrder: number | null = null;
  /** The line that opened the last slot, and the DATE_INFERRED note of that slot, if any. */
  lastSlotLine = -1;
  lastSlotOpensWithWeekday = false;
  inferenceNote: Diagnostic | null = null;
  started = false;
  /** A grid's half days across its columns: each row's cells under them are that day's slots. */
  grid: Map<number, GridColumn> | null = null;
  readonly locale: Locale;
  /**
   * Read once, here: locales differ in shape, and readRow, reading it off each locale, was
   * recompiled as each was first met.
   */
  readonly organizationOfWork: readonly string[];

  constructor(
    readonly ctx: ParseContext,
    readonly allDates: readonly DateMatch[],
    readonly meetingStart: CalendarDay | null,
  ) {
    this.locale = ctx.locale;
    this.organizationOfWork = ctx.locale.headings.organizationOfWork;
  }

  startDay(heading: DateMatch): void {
    this.headings.push(heading);
    this.currentDate = withMeetingYear(heading.start, this.meetingStart);
    this.currentHeading = heading;
    this.headingSinceLastSlot = true;
    this.dayInferred = false;
  }

  readRow(i: number, line: Line): void {
    const { ctx, locale, allDates } = this;
    if (!this.started && matchHeadingLine(ctx, line, this.organizationOfWork, 'Organization of work')) {
      this.started = true;
      return;
    }
    const rawCells = cellsOf(line.text, line.start);
    const cells = rawCells.filter((c) => c.text.trim().length > 0);
    // Read once: a row with items is no grid header, and its items are read below.
    let items = firstOf(cells, (c) => readItemCell(c.text, locale));
    const header = rawCells.length >= 2 && !items ? gridHeader(rawCells, locale) : null;
    if (header) {
      this.grid = header;
      this.started = true;
      return;
    }
    if (this.grid && rawCells.length >= 2 && this.readGridRow(line, rawCells, this.grid)) return;
    const times = findTimeRanges(line.text, locale, line.start);
    if (!items && cells.length === 1) items = this.leadingItems(line, times);
    // "Matin", "Tarde (15.00 a 18.00 horas)": a half day opens a slot even without hours.
    const halfDay = firstOf(cells, (c) => readHalfDay(c.text, locale));

    if (!items && times.length === 0 && !halfDay) {
      const heading = firstDateWithin(allDates, line);
      if (heading) this.startDay(heading);
      return; // column headings and titles without an item
    }
    // A note under the table that states the hours in a sentence ("Note : Les séances du matin se
    // tiendront de 10 heures à 13 heures…", "Morning meetings will be held from 10 a.m. to 1
    // p.m.") is no row: one cell, no item, words before its first time, a final stop.
    if (!items && !halfDay && cells.length === 1 && isNoteSentence(line, times[0]!)) return;
    this.started = true;
    // A date in a cell of its own dates this row and the rows after it, as a heading line does:
    // "Monday, 4 April\t10:00–13:00\tItems 1 and 2".
    const day = firstOf(cells, (c) => dayOfCell(c, allDates, times, locale));
    const span = trimmedSpan(line);
    const time = times[0] ?? null;
    if (day) this.dateRow(i, day, time !== null || halfDay !== null);
    this.noteReversedTimes(times);
    if (time || halfDay) this.openSlot(i, time, halfDay, items, cells, span);
    else this.addToSlot(items, span);
  }

  /** "Lundi 6 mai<TAB>Points 1 et 2<TAB>Point 3": the day, then the items of each half day. Whether it read any. */
  private readGridRow(line: Line, rawCells: readonly Cell[], grid: Map<number, GridColumn>): boolean {
    const { allDates, locale } = this;
    const day = firstOf(rawCells, (c) => dayOfCell(c, allDates, [], locale));
    if (day) this.startDay(day);
    let read = false;
    for (const [index, column] of grid) {
      const columnItems = rawCells[index] ? readItemCell(rawCells[index]!.text, locale) : null;
      if (!columnItems) continue;
      this.slots.push({ date: this.currentDate, dateInferred: this.dayInferred, heading: this.currentHeading, start: column.start, end: column.end, items: columnItems, span: trimmedSpan(line) });
      read = true;
    }
    if (read) this.headingSinceLastSlot = false;
    return read;
  }

  /**
   * One cell: "10 a.m.-1 p.m. 1 (a) Opening of the session" as plain text extraction prints
   * a row. The item is the number that follows the time (or starts the line).
   */
  private leadingItems(line: Line, times: readonly TimeRangeMatch[]): string[] | null {
    const afterAt = times[0] ? times[0].span.end : line.start;
    const lead = leadingItemPattern(this.locale).exec(line.text.slice(afterAt - line.start));
    // "3 to 6 February 2025" (a workplan's dates over its table) starts with a day, not an item.
    const leadAt = lead ? afterAt + lead[0].indexOf(lead[1]!) : -1;
    if (lead && !dateAt(this.allDates, leadAt)) return readItemCell(lead[1]!, this.locale);
    return null;
  }

  /** A row's own day cell dates it and the rows after it; `timed`: the row has hours or a half day. */
  private dateRow(i: number, day: DateMatch, timed: boolean): void {
    const wrapped = this.slots[this.slots.length - 1];
    if (!timed && day.weekday === null && wrapped?.dateInferred && this.lastSlotLine === i - 1 && this.lastSlotOpensWithWeekday) {
      // "Вторник,\t10:00–13:00\t1\n11 февраля\t2": the row above opened with a weekday alone,
      // and its day cell wrapped onto this line. Its slot is dated by it after all; its inference
      // is withdrawn.
      this.startDay(day);
      wrapped.date = this.currentDate;
      wrapped.dateInferred = false;
      wrapped.heading = day;
      const k = this.inferenceNote ? this.ctx.diagnostics.indexOf(this.inferenceNote) : -1;
      if (k >= 0) this.ctx.diagnostics.splice(k, 1);
      this.headingSinceLastSlot = false;
    } else {
      this.startDay(day);
    }
  }

  private noteReversedTimes(times: readonly TimeRangeMatch[]): void {
    for (const t of times) {
      if (t.reversed) {
        diagnose(
          this.ctx,
          'info',
          'TIME_RANGE_REVERSED',
          `Time range printed end first; read as ${formatTime(t.start)}–${formatTime(t.end)}`,
          t.span,
        );
      }
    }
  }

  /** A row with hours or a half day opens a slot; a lost day heading is inferred (and said so). */
  private openSlot(i: number, time: TimeRangeMatch | null, halfDay: HalfDay | null, items: string[] | null, cells: readonly Cell[], span: NSpan): void {
    const { ctx, meetingStart, slots } = this;
    const order = time ? minutesOf(time.start) : halfDay === 'morning' ? 0 : NOON;
    const previous = slots[slots.length - 1];
    let heading = this.currentHeading;
    this.inferenceNote = null;
    if (!previous && this.currentDate === null && meetingStart && meetingStart.year !== null) {
      // Every day heading lost, the first among them: the timetable starts on the meeting's first day.
      this.currentDate = meetingStart;
      this.dayInferred = true;
      diagnose(
        ctx,
        'info',
        'DATE_INFERRED',
        `Timetable slot at ${time ? formatTime(time.start) : halfDay} has no day heading; assumed the meeting's first day`,
        span,
      );
      this.inferenceNote = ctx.diagnostics[ctx.diagnostics.length - 1]!;
    }
    if (previous?.date && this.lastOrder !== null && !this.headingSinceLastSlot && order <= this.lastOrder) {
      // The day's heading was lost: a slot no later than the last one starts a new day.
      this.currentDate = addDays(previous.date, 1);
      this.dayInferred = true;
      heading = null;
      this.currentHeading = null;
      diagnose(
        ctx,
        'info',
        'DATE_INFERRED',
        `Timetable slot at ${time ? formatTime(time.start) : halfDay} has no day heading; assumed the day after the previous slot`,
        span,
      );
      this.inferenceNote = ctx.diagnostics[ctx.diagnostics.length - 1]!;
    }
    slots.push({
      date: this.currentDate,
      dateInferred: this.dayInferred,
      heading,
      start: time?.start ?? null,
      end: time?.end ?? null,
      items: [...(items ?? [])],
      span,
    });
    this.lastOrder = order;
    this.lastSlotLine = i;
    this.lastSlotOpensWithWeekday = cells.length > 1 && isWeekdayName(cells[0]!.text, this.locale);
    this.headingSinceLastSlot = false;
  }

  /** A row without hours adds its items to the last slot (or to a new one, after a day heading). */
  private addToSlot(items: string[] | null, span: NSpan): void {
    let slot = this.slots[this.slots.length - 1];
    if (!slot || this.headingSinceLastSlot) {
      slot = { date: this.currentDate, dateInferred: this.dayInferred, heading: this.currentHeading, start: null, end: null, items: [], span };
      this.slots.push(slot);
      this.lastOrder = null;
      this.headingSinceLastSlot = false;
    }
    for (const item of items ?? []) if (!slot.items.includes(item)) slot.items.push(item);
    slot.span = { start: slot.span.start, end: span.end };
  }
}

const NOON = 12 * 60;

interface GridColumn {
  start: TimeOfDay | null;
  end: TimeOfDay | null;
}

/**
 * The header row of a timetable laid out as a grid, days down and half days across: two or more
 * cells that are each a half day or a time range ("Matin (10 heures-13 heures)", "3-6 p.m."),
 * and no items (the caller has read the row's items). Returns each such column with its hours.
 */
function gridHeader(cells: readonly Cell[], locale: Locale): Map<number, GridColumn> | null {
  const columns = new Map<number, GridColumn>();
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (cell.text.trim() === '') continue;
    const range = findTimeRanges(cell.text, locale, cell.start)[0];
    if (range || readHalfDay(cell.text, locale)) columns.set(k, { start: range?.start ?? null, end: range?.end ?? null });
  }
  return columns.size >= 2 ? columns : null;
}

/** The first cell's reading that is not null. */
function firstOf<T>(cells: readonly Cell[], read: (cell: Cell) => T | null): T | null {
  for (const cell of cells) {
    const value = read(cell);
    if (value !== null) return value;
  }
  return null;
}

function minutesOf(t: TimeOfDay): number {
  return t.hour * 60 + t.minute;
}

/**
 * MONTHS_BEFORE: a date without its year more than this many months before the meeting's month
 * is in the year after the meeting's ("Monday, 5 January" in a timetable of a session that opens
 * in December). Nearer before the meeting, it is the meeting's year: "1 January" in a text about
 * a February session is the January just past, not the next one.
 */
const MONTHS_BEFORE = 6;

/** A date without its year takes the meeting's (the next one for a month well before it). */
export function withMeetingYear(day: CalendarDay, meetingStart: CalendarDay | null): CalendarDay | null {
  if (day.year !== null) return day;
  if (!meetingStart || meetingStart.year === null) return null;
  const year = meetingStart.month - day.month > MONTHS_BEFORE ? meetingStart.year + 1 : meetingStart.year;
  return { ...day, year };
}
