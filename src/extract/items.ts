// Agenda items: titles from the agenda list, annotations and documentation lists from the
// annotated part, matched by number. A heading in the annotated part is accepted only for the
// next expected number whose title it resembles, so numbered paragraphs are not taken for items.
import { diagnose, FINAL_PUNCTUATION, isBlank, SENTENCE_END, trimmedSpan, type Line, type NSpan, type ParseContext } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import { foldLine, HEADING_SIMILARITY, isSegmentHeading, matchHeadingLine, matchHeadingText, titleSimilarity } from '../segment/headings.js';
import {
  isDayOfDate,
  letterIndex,
  matchBareItemMarker,
  matchDottedSubItemMarker,
  matchItemMarker,
  matchNumberedSubItemHeading,
  matchOtherwiseNumberedItem,
  matchSubItemMarker,
  matchWordedNumeralItemMarker,
  sectionLetterSource,
  subItemLetter,
  type ItemMarker,
  type Marker,
  type SubItemMarker,
} from '../segment/markers.js';
import { isParagraph, numberedHeadings, numberedOtherwise, readsAsParagraph, referenceHeading, wordedHeadings, type LineRange, type WordedHeading } from '../segment/segment.js';
import { alternation, LETTER, perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import { bracketDepth, documentationLine, documentRow, endsOpenList, OPENING_BRACKETS, undeclaredDocumentRows } from './documentation.js';
import { findDocumentSymbols } from './symbols.js';
import { trimFieldSpan } from './text-fields.js';

export interface DocumentEntryDraft {
  /** The entry as printed. */
  span: NSpan;
}

export interface ItemDraft {
  number: string;
  labelSpan: NSpan | null;
  /** The list entry: marker and title. */
  span: NSpan;
  titleSpan: NSpan;
  subItems: ItemDraft[];
  /** Heading of the item in the annotated part, when there is one. */
  headingTitleSpan: NSpan | null;
  paragraphs: NSpan[];
  documents: DocumentEntryDraft[];
  /** The stretch of the annotated part the item owns (heading to next heading). */
  region: NSpan | null;
  parent: ItemDraft | null;
}

/** A line longer than this many times its item's title, plus the slack, is no heading of it. */
const HEADING_LENGTH_FACTOR = 4;
const HEADING_LENGTH_SLACK = 40;
/** Characters a paragraph cut at a page break has at least; a shorter unpunctuated one is a sub-heading. */
const MIN_CUT_PARAGRAPH = 60;
/** A title line shorter than this did not wrap for want of room: the next line does not go on with it. */
const SHORT_TITLE_LINE = 40;

function newItem(number: string, marker: Marker | null, titleSpan: NSpan, parent: ItemDraft | null): ItemDraft {
  return {
    number,
    labelSpan: marker ? { start: marker.labelStart, end: marker.labelEnd } : null,
    span: { start: marker ? marker.start : titleSpan.start, end: titleSpan.end },
    titleSpan,
    subItems: [],
    headingTitleSpan: null,
    paragraphs: [],
    documents: [],
    region: null,
    parent,
  };
}

function titleSpanAfter(ctx: ParseContext, marker: Marker, line: Line): NSpan {
  return titleWithoutTail(ctx, trimFieldSpan(ctx, { start: marker.titleStart, end: line.end }, true));
}

function extendTitle(ctx: ParseContext, item: ItemDraft, line: Line): void {
  const next = titleWithoutTail(ctx, trimFieldSpan(ctx, trimmedSpan(line), true));
  if (next.end <= next.start) return;
  item.titleSpan = { start: item.titleSpan.start, end: next.end };
  item.span = { start: item.span.start, end: next.end };
}

/**
 * A footnote's number after a title's final stop: "Election of the President of the General
 * Assembly. 1" (A/78/251, its superscript extracted after a space), "选举大会主席。1". A
 * sentence ends at its stop, so a number after it is no part of the title; an abbreviation's
 * stop ("No. 90") is not a sentence's; a number after a final colon is no part of the title either.
 * Only the last few characters are looked at.
 */
// After a word of five letters or more: "Regulation No. 90", "para. 5", "Corr. 1" are no footnotes.
// A title that introduces sub-items ends in a colon, and its footnote's number follows it, glued
// or not, French spacing its colon: "Appointments to fill vacancies:2", "Nominations : 2",
// "任命各附属机构成员以补空缺:2".
const FOOTNOTE_MARK = new RegExp(`(?:(?<=[${LETTER}]{5})[.;؛][ \\t]+|(?<=[${LETTER}]{2})[ \\t\\u00a0\\u202f]?[:：][ \\t]*|[。；][ \\t]*)\\d{1,2}$`, 'u');
const FOOTNOTE_MARK_LENGTH = 12;

function titleWithoutTail(ctx: ParseContext, span: NSpan): NSpan {
  return withoutFootnoteMark(ctx, withoutLeader(ctx, span));
}

/**
 * A table of contents' leader and page number after a title: "General debate . . . . . 4" (the
 * General Assembly's annotated preliminary list, A/…/100, lists its items in its contents
 * first). Two dots or more, spaced or not, then a number of up to four digits. Read from the
 * end by hand, each character once: a pattern would retry a long run of dots from each dot.
 */
function withoutLeader(ctx: ParseContext, span: NSpan): NSpan {
  const text = ctx.norm.text;
  let at = span.end;
  while (at > span.start && text[at - 1]! >= '0' && text[at - 1]! <= '9') at--;
  if (at === span.end || span.end - at > 4) return span;
  let dots = 0;
  let cut = at;
  while (at > span.start) {
    const c = text[at - 1]!;
    if (c === '.' || c === '…') {
      dots += c === '.' ? 1 : 3;
      at--;
      cut = at;
    } else if (c === ' ' || c === '\t') {
      at--; // spaces between the dots, or before the number or the leader
    } else break;
  }
  return dots >= 2 ? trimFieldSpan(ctx, { start: span.start, end: cut }, true) : span;
}

/** Whether the line ends with a table of contents' leader and page number ("General debate . . . 4"). */
function endsWithLeader(ctx: ParseContext, line: Line): boolean {
  const span = trimmedSpan(line);
  return span.end > span.start && withoutLeader(ctx, span).end !== span.end;
}

function withoutFootnoteMark(ctx: ParseContext, span: NSpan): NSpan {
  // Nearly every title ends in a letter or a stop: no slice, no pattern.
  const last = ctx.norm.text.charCodeAt(span.end - 1);
  if (span.end <= span.start || last < 0x30 || last > 0x39) return span;
  const tailStart = Math.max(span.start, span.end - FOOTNOTE_MARK_LENGTH);
  const m = FOOTNOTE_MARK.exec(ctx.norm.text.slice(tailStart, span.end));
  return m ? trimFieldSpan(ctx, { start: span.start, end: tailStart + m.index + 1 }, true) : span;
}

/** Read the numbered list between the title and the annotations. */
export function extractListItems(ctx: ParseContext, range: LineRange, annotatedInPlace = false): ItemDraft[] {
  const items: ItemDraft[] = [];
  let current: ItemDraft | null = null;
  let previousBlank = true;
  // Paragraphs of the list that carry no marker, since the last item: an item printed without
  // its number when the numbers around it leave exactly one gap.
  let orphans: NSpan[] = [];
  // The item the orphans stand under: their documents are its own (see citedDocuments).
  let orphanOwner: ItemDraft | null = null;
  // The rest of a line after an item glued to its end ("… credentials.3. Reports …"), read next.
  let gluedTail: Line | null = null;
  // "I.", "(1)", "一、" throughout, not "1.": its entries are read in that form from the first.
  const otherwiseNumbered = numberedOtherwise(ctx, range.from, range.to);
  for (let i = range.from; i < range.to; i++) {
    let line: Line = gluedTail ?? ctx.lines[i]!;
    gluedTail = null;
    if (current) {
      const split: [Line, Line] | null = splitGluedItem(ctx, line, Number(items[items.length - 1]!.number)) ?? splitGluedFirstSubItem(ctx, line);
      if (split) {
        [line, gluedTail] = split;
        i--; // the same line again, from its glued item on
      }
    }
    if (isBlank(line)) {
      previousBlank = true;
      continue;
    }
    const lastItem = items[items.length - 1];
    const lastNumber = lastItem ? Number(lastItem.number) : 0;
    // "1." (or "II." in a list numbered so) alone on its line, the title on the next, as some
    // extractions print a hanging label.
    const hanging = hangingItemLabel(ctx, line, lastNumber + 1, i + 1, range.to, otherwiseNumbered);
    if (hanging) {
      const { marker, next } = hanging;
      current = newItem(String(marker.number), marker, titleSpanAfter(ctx, marker, next), null);
      items.push(current);
      orphans = citedDocuments(ctx, orphanOwner, orphans);
      i = next.index;
      previousBlank = false;
      continue;
    }
    const numbered = matchItemMarker(line, ctx.locale);
    const itemMarker =
      (numbered && current && !previousBlank && wrapsNumber(ctx, numbered, line, lastNumber, lastItem) ? null : numbered) ??
      (otherwiseNumbered ? otherwiseNumberedEntry(ctx, line, lastNumber) : otherwiseNumberedNext(ctx, line, lastItem, previousBlank));
    const subMarker = itemMarker ? null : (matchSubItemMarker(line, ctx.locale) ?? dottedSubItemNext(ctx, line, lastItem));
    // One line of a list numbered at line starts printed in visual order ("النظر في … -٥"), as
    // right-to-left extraction leaves a line now and then: the next number at its end, after a
    // title that was finished, opens the next item rather than wrapping the one before.
    const visualOrder =
      !itemMarker && !subMarker && current && ctx.locale.arabicMorphology && (previousBlank || FINAL_PUNCTUATION.test(ctx.lines[i - 1]!.text))
        ? trailingMarker(ctx, line)
        : null;
    if (visualOrder && visualOrder.marker.kind === 'item' && visualOrder.marker.number === lastNumber + 1) {
      current = newItem(String(lastNumber + 1), visualOrder.marker, visualOrder.titleSpan, null);
      items.push(current);
      orphans = citedDocuments(ctx, orphanOwner, orphans);
      previousBlank = false;
      continue;
    }
    if (itemMarker && itemMarker.number > lastNumber && itemMarker.number <= lastNumber + 3) {
      if (itemMarker.number === lastNumber + 2 && orphans.length === 1 && lastItem) {
        const title = trimFieldSpan(ctx, orphans[0]!, true);
        orphans = [];
        items.push(newItem(String(lastNumber + 1), null, title, null));
        diagnose(
          ctx,
          'info',
          'ITEM_NUMBER_INFERRED',
          `"${ctx.norm.text.slice(title.start, title.end)}" is printed without a number between items ${lastNumber} and ${itemMarker.number}: read as item ${lastNumber + 1}`,
          title,
        );
      } else if (itemMarker.number !== lastNumber + 1) {
        diagnose(ctx, 'warning', 'ITEM_NUMBER_GAP', `Item ${itemMarker.number} follows item ${lastNumber}`, trimmedSpan(line));
      }
      current = newItem(String(itemMarker.number), itemMarker, titleSpanAfter(ctx, itemMarker, line), null);
      items.push(current);
      orphans = citedDocuments(ctx, orphanOwner, orphans);
    } else if (subMarker && lastItem && isSubSubItem(lastItem, subMarker)) {
      // "(i)", "(ii)" under a sub-item: the next level, numbered "1(a)(i)".
      const parent = lastItem.subItems[lastItem.subItems.length - 1]!;
      current = newItem(`${parent.number}(${ROMAN_LABELS[subMarker.roman! - 1]})`, subMarker, titleSpanAfter(ctx, subMarker, line), parent);
      parent.subItems.push(current);
      orphans = citedDocuments(ctx, orphanOwner, orphans);
    } else if (subMarker && lastItem && subMarker.letterIndex !== -1) {
      const parent = lastItem;
      const expected = parent.subItems.length;
      if (subMarker.letterIndex !== expected) {
        diagnose(
          ctx,
          'warning',
          'SUB_ITEM_ORDER',
          `Sub-item (${subItemLetter(subMarker.letterIndex)}) of item ${parent.number} where (${subItemLetter(expected)}) was expected`,
          trimmedSpan(line),
        );
      }
      current = newItem(
        `${parent.number}(${subItemLetter(subMarker.letterIndex)})`,
        subMarker,
        titleSpanAfter(ctx, subMarker, line),
        parent,
      );
      parent.subItems.push(current);
      orphans = citedDocuments(ctx, orphanOwner, orphans);
    } else if (
      !itemMarker &&
      !subMarker &&
      (previousBlank || FINAL_PUNCTUATION.test(ctx.lines[i - 1]!.text) || ctx.lines[i - 1]!.text.trim().length < SHORT_TITLE_LINE) &&
      isSegmentHeading(line.text, ctx.locale)
    ) {
      // "Joint segment", "الجزء الخاص بالمسائل المعيارية": a heading over the items of a segment,
      // after a blank line or a finished title (one with its final stop, or too short to have
      // wrapped): not the title wrapped, nor an unnumbered item.
      previousBlank = true;
      continue;
    } else if (current && !previousBlank && !itemMarker && !subMarker && groupHeadingAfterEntry(ctx, i, range.to, lastNumber, otherwiseNumbered)) {
      // "Standing items" / "Items placed on the agenda by the Governing Body" between a finished
      // entry and the next item, with no blank line: a heading over a group of items, not the
      // entry's title run on.
      previousBlank = true;
      continue;
    } else if (current && !previousBlank && !itemMarker && endsWithLeader(ctx, ctx.lines[i - 1]!)) {
      // "5. General debate . . . . 5" / "A. Promotion of sustained economic growth . . . 6": a
      // contents entry ends with its leader and page (the General Assembly's annotated
      // preliminary list, A/…/100); the line after it starts a paragraph of its own, as after a
      // blank line, and does not run on into the item's title.
      orphans.push(trimmedSpan(line));
      orphanOwner = current;
    } else if (current && !previousBlank && !itemMarker && opensDocumentLine(ctx, i, range.to, orphans)) {
      // "Letter dated … (S/2036/120)" under the item's title with no blank line between (the
      // Security Council's agenda as extracted): the item's document, read as a paragraph of
      // its own, not the title run on.
      orphans.push(trimmedSpan(line));
      orphanOwner = current;
    } else if (current && !previousBlank && !itemMarker && annotatedInPlace && orphans.length === 0 && current.titleSpan.end <= line.start && current.titleSpan.end > ctx.lines[i - 1]!.start && opensAnnotation(ctx, i, range.to)) {
      // "1. Opening of the session" / "The session will be opened …" with no blank line between
      // (a list annotated in place, as extracted): the annotation's first paragraph, not the title
      // run on. Tried on the line right under a title's line only, so that each block is read once.
      orphans.push(trimmedSpan(line));
      orphanOwner = current;
    } else if (current && !previousBlank && !itemMarker) {
      // A title wrapped onto the next line, or the next line of an unnumbered entry.
      const lastOrphan = orphans[orphans.length - 1];
      if (lastOrphan) lastOrphan.end = trimmedSpan(line).end;
      else extendTitle(ctx, current, line);
    } else if (current && previousBlank && !itemMarker) {
      orphans.push(trimmedSpan(line));
      orphanOwner = current;
    }
    previousBlank = false;
  }
  citedDocuments(ctx, orphanOwner, orphans);
  return items.length === 0 && ctx.locale.arabicMorphology ? trailingNumberedList(ctx, range) : items;
}

/**
 * The next item of a list numbered "1.", "2." printed in another form ("(3)", "（三）", "III."),
 * as lists mixing forms do: the next number only, after the list's first item, on a line that
 * starts after a blank line or a finished one (not a wrapped title's "(3) …" reference).
 */
/**
 * A hanging label: "1." (or, in a list numbered so, "II.") alone on `line` as the next entry's
 * number, its title on the next content line, which must not open an entry of its own.
 */
function hangingItemLabel(ctx: ParseContext, line: Line, expected: number, from: number, to: number, otherwiseNumbered: boolean): { marker: ItemMarker; next: Line } | null {
  const digits = matchBareItemMarker(line, ctx.locale);
  const taken = digits && hangingTitle(ctx, digits, expected, from, to, false);
  if (taken) return taken;
  const otherwise = otherwiseNumbered ? matchOtherwiseNumberedItem(line, ctx.locale, true) : null;
  return otherwise && hangingTitle(ctx, otherwise, expected, from, to, true);
}

function hangingTitle(ctx: ParseContext, bare: ItemMarker, expected: number, from: number, to: number, otherwise: boolean): { marker: ItemMarker; next: Line } | null {
  if (bare.number !== expected) return null;
  const next = nextContentLine(ctx, from, to);
  if (!next || matchItemMarker(next, ctx.locale) || (otherwise && matchOtherwiseNumberedItem(next, ctx.locale)) || matchSubItemMarker(next, ctx.locale)) return null;
  return { marker: { ...bare, titleStart: next.start }, next };
}

/** How such an item's line starts, looked at before the marker is read: a bracket, a roman or a Chinese numeral. */
const OTHER_NUMBERING_START = /^\s*[(（IVX一二三四五六七八九十]/u;

function otherwiseNumberedNext(ctx: ParseContext, line: Line, lastItem: ItemDraft | undefined, previousBlank: boolean): ItemMarker | null {
  if (!lastItem || !OTHER_NUMBERING_START.test(line.text)) return null;
  if (!previousBlank && !FINAL_PUNCTUATION.test(ctx.lines[line.index - 1]?.text ?? '')) return null;
  const marker = matchOtherwiseNumberedItem(line, ctx.locale);
  if (!marker || marker.number !== Number(lastItem.number) + 1) return null;
  // "2. …：" / "(一) …；" / "(二) …；" / "(三) …。": the third of the item's sub-items numbered in
  // Chinese numerals (Locale.subItemNumerals), not item 3 printed in brackets.
  const subItems = lastItem.subItems.length;
  return subItems > 0 && matchSubItemMarker(line, ctx.locale)?.letterIndex === subItems ? null : marker;
}

/** A title going on in small letters after a number: "15 of the Convention". */
const SMALL_LETTER_START = /^\p{Ll}/u;

/** How much of a line's end is read for a word that needs its number after it. */
const NUMBER_WORD_TAIL = 40;

/**
 * A line ending with a word that needs its number after it: "… in accordance with article",
 * "… в соответствии со статьей", "… conformément à la décision", "… وفقاً للمادة" (the locale's
 * article, paragraph, decision, resolution and rule words). A number opening the next line is
 * that word's, whatever follows it.
 */
const endsWantingNumber = perLocale((locale) => {
  const { article, paragraph, decision, resolution, rule, subparagraph } = locale.mandates;
  const words = [...article, ...paragraph, ...decision, ...resolution, ...rule, ...(subparagraph ?? [])];
  // Arabic writes a preposition into the word: "للمادة", "بالمادة", "وفقاً للقاعدة".
  if (locale.arabicMorphology) {
    for (const word of words.filter((w) => w.startsWith('ال'))) words.push(`ل${word.slice(1)}`, `ب${word}`, `و${word}`);
  }
  return new RegExp(`(?:^|[^\\p{L}\\p{M}])${alternation(words, locale)}[ \\t]*$`, 'iu');
});

/**
 * A number at the start of line `line`, under an unfinished entry (the line before ends in no
 * punctuation), that belongs to the entry wrapped rather than numbering an item: a date's day
 * ("… held on" / "4 March 2031."), or a number printed with no stop or bracket after it and
 * followed by small letters ("… under article" / "4 of the Protocol.") or numbered out of the
 * list's turn ("15 of the Convention" after item 2), or after a word that needs its number
 * ("… в соответствии со статьей" / "4 Протокола …", next in turn and capitalised all the same)
 * in a list whose entries print a stop or bracket after their number, as this one does not.
 */
function wrapsNumber(ctx: ParseContext, marker: ItemMarker, line: Line, lastNumber: number, lastItem: ItemDraft | undefined): boolean {
  const previous = ctx.lines[line.index - 1]!.text;
  if (marker.worded || FINAL_PUNCTUATION.test(previous)) return false;
  if (isDayOfDate(marker, line, ctx.locale)) return true;
  const text = ctx.norm.text;
  if (text.slice(marker.labelEnd, marker.titleStart).trim() !== '') return false;
  return (
    SMALL_LETTER_START.test(text.slice(marker.titleStart, marker.titleStart + 1)) ||
    marker.number <= lastNumber ||
    marker.number > lastNumber + 3 ||
    (labelledWithStop(ctx, lastItem) && endsWantingNumber(ctx.locale).test(previous.slice(-NUMBER_WORD_TAIL)))
  );
}

/** The item's number printed with a stop or bracket after it ("3.", "3)", "٣-"), not bare ("3 Opening"). */
function labelledWithStop(ctx: ParseContext, item: ItemDraft | undefined): boolean {
  const label = item?.labelSpan;
  return label !== null && label !== undefined && /^[ \t]*[-.)–:．、：]/u.test(ctx.norm.text.slice(label.end, label.end + 4));
}

/**
 * A heading lettered "A.", "B." (Latin or Cyrillic capitals) over a group of items, as annotations
 * print them; in Arabic by the letter's name and a dash, "باء - …" (the locale's partLetterNames).
 */
const letteredGroupHeading = perLocale((locale) => new RegExp(`^[ \\t]*${sectionLetterSource(locale)}[ \\t]+\\S`, 'u'));
/** The longest heading over a group of items, in characters. */
const MAX_GROUP_HEADING = 100;
/** A line finished by its stop: a full stop or semicolon, not a colon (which introduces what follows). */
const ENDS_WITH_STOP = /[.;؛。；]\s*$/u;
/** A word of one to three letters and its stop at a line's end ("Mr.", "No."): an abbreviation, not the entry's end. */
const ABBREVIATION_END = /(?:^|[^\p{L}])\p{L}{1,3}\.\s*$/u;
/** Any letter that has case: a line in a cased script says by its first letter whether it starts anew. */
const CASED_LETTER = /[A-Za-zÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ]/u;

/**
 * Line `i` is a heading over a group of items, printed with no blank line around it ("Standing
 * items", "Items placed on the agenda by the Governing Body", as ILO's lists print them): the
 * line before it ends an entry with its stop (not an abbreviation's), it is short, ends in no
 * punctuation, starts with a capital in a cased script (a title's wrapped end goes on in small
 * letters), and the next line with text opens the next item.
 */
function groupHeadingAfterEntry(ctx: ParseContext, i: number, to: number, lastNumber: number, otherwiseNumbered: boolean): boolean {
  const { lines } = ctx;
  const before = lines[i - 1]!.text;
  if (!ENDS_WITH_STOP.test(before) || ABBREVIATION_END.test(before)) return false;
  const text = lines[i]!.text.trim();
  if (text.length > MAX_GROUP_HEADING || FINAL_PUNCTUATION.test(text)) return false;
  if (CASED_LETTER.test(text) && !CAPITAL_START.test(text)) return false;
  const next = nextContentLine(ctx, i + 1, to);
  if (!next) return false;
  const marker = matchItemMarker(next, ctx.locale) ?? (otherwiseNumbered ? matchOtherwiseNumberedItem(next, ctx.locale) : null);
  return marker !== null && marker.number === lastNumber + 1;
}

/**
 * A sub-item lettered "a.", "b.", as some lists print them ("3. Matters arising:" / "a. Decisions
 * of the Council;" / "b. Cooperation …"): the item's next letter, the first under an item whose
 * entry ends with a colon (it introduces its sub-items), each next one after a sub-item lettered so.
 */
function dottedSubItemNext(ctx: ParseContext, line: Line, item: ItemDraft | undefined): SubItemMarker | null {
  if (!item) return null;
  const marker = matchDottedSubItemMarker(line, ctx.locale);
  if (!marker || marker.letterIndex !== item.subItems.length) return null;
  const text = ctx.norm.text;
  const last = item.subItems[item.subItems.length - 1];
  if (last) return last.labelSpan && text[last.labelSpan.end] === '.' ? marker : null;
  // The item's entry up to this line ends with its colon (the title's span has it trimmed off).
  const entryEnd = text.slice(item.titleSpan.end, line.start);
  return /^[ \t]*[:：]\s*$/u.test(entryEnd) ? marker : null;
}

/**
 * The next entry of a list numbered otherwise than in digits throughout ("I.", "(1)", "一、",
 * "أولاً -": numberedOtherwise told it from a document's sections): the next number, its first
 * entry included, wherever its line stands, since the list's run of short lines showed it.
 */
function otherwiseNumberedEntry(ctx: ParseContext, line: Line, lastNumber: number): ItemMarker | null {
  const marker = matchOtherwiseNumberedItem(line, ctx.locale);
  return marker && marker.number === lastNumber + 1 ? marker : null;
}

/** A capital starting a line: in a cased script, a title's wrapped end starts in small letters. */
const CAPITAL_START = /^\s*\p{Lu}/u;

/**
 * Line `i`, under an item's title with no blank line between, starts the annotation of a list
 * annotated in place: it opens with a capital (a cased script: in Arabic or Chinese nothing tells
 * a wrapped title from a sentence) and runs, up to the next blank line, into a sentence of
 * MIN_IN_PLACE_PARAGRAPH characters or more ending in a stop (isParagraph).
 */
function opensAnnotation(ctx: ParseContext, i: number, to: number): boolean {
  return CAPITAL_START.test(ctx.lines[i]!.text) && isParagraph(ctx, i, to);
}

/**
 * Unnumbered paragraphs under an item that end by citing a document in brackets are the item's
 * documents: the Security Council's agenda prints under each item the report or letter it
 * takes up ("2. The situation in Somalia" / "Report of the Secretary-General on Somalia
 * (S/2024/698)", S/Agenda/…), as the General Assembly's lists do sometimes. Other orphans (an
 * item's note, a paragraph about the list) stay out of the items. Returns no orphans.
 */
function citedDocuments(ctx: ParseContext, owner: ItemDraft | null, orphans: readonly NSpan[]): NSpan[] {
  if (owner === null || orphans.length === 0) return [];
  // All of them or none: where an orphan cites nothing (a "Documentation" heading, a paragraph
  // of annotations read as the list when their heading is lost), the citing ones are no list's.
  if (!orphans.every((orphan) => endsCitingDocument(ctx.norm.text.slice(orphan.start, orphan.end)))) return [];
  for (const orphan of orphans) owner.documents.push({ span: { ...orphan } });
  return [];
}

/** Lines a document's entry may wrap over: how far opensDocumentLine looks for its bracketed symbol. */
const DOCUMENT_ENTRY_LINES = 4;
/** The end of an entry that `last` words are looked for in: the kind of document, then its symbol in brackets. */
const DOCUMENT_ENTRY_TAIL = 120;

/**
 * The locale's document-line words as patterns, built once: `first` at a line's start, a whole
 * word; `last` before the bracket that ends the entry ("…的信(S/2036/120)"). The bracket's
 * contents are bounded, so neither backtracks beyond a word and a symbol.
 */
const documentLinePatterns = perLocale((locale: Locale) => {
  const words = locale.headings.documentLine;
  const first = words?.first?.length ? new RegExp(`^\\s*${alternation(words.first, locale)}(?![${LETTER}])`, 'iu') : null;
  const last = words?.last?.length ? new RegExp(`${alternation(words.last, locale)}\\s*[(（][^()（）\\n]{1,80}[)）]\\s*$`, 'u') : null;
  return { first, last };
});

/** A line that opens with a small letter goes on with a sentence: "report of the …" wraps a title. */
const LOWER_CASE_START = /^\s*\p{Ll}/u;

/**
 * Whether line `i`, printed right under an item's title, opens a line citing a document: it opens
 * with a document-line word ("Letter dated", "Carta de fecha", "Письмо"), or its entry ends with
 * one before the bracketed symbol ("…的信(S/2036/120)"), and its entry (the line and those that go
 * on with it, up to a blank line, a marker or the next such line) ends citing a document. A title
 * wrapped at those words does not end so, and goes on being the title. `orphans`: the list's
 * paragraphs since the last item; the line may follow a document's entry among them that has
 * not yet ended citing a document (see wrapsEntry).
 */
function opensDocumentLine(ctx: ParseContext, i: number, to: number, orphans: readonly NSpan[]): boolean {
  const { first, last: lastWords } = documentLinePatterns(ctx.locale);
  // Under an entry not yet ended by its symbol, a line ending "…的报告（S/2034/188）" is its wrapped
  // end. Asked only where the locale has such words: it slices the last orphan's text.
  const last = lastWords !== null && !wrapsEntry(ctx, orphans) ? lastWords : null;
  if (first === null && last === null) return false;
  const { lines } = ctx;
  const line = lines[i]!;
  const opens = first !== null && first.test(line.text) && !LOWER_CASE_START.test(line.text);
  if (!opens && last === null) return false;
  let end = i;
  while (end + 1 < to && end + 1 - i < DOCUMENT_ENTRY_LINES) {
    const next = lines[end + 1]!;
    if (isBlank(next) || first?.test(next.text) || matchItemMarker(next, ctx.locale) || matchSubItemMarker(next, ctx.locale)) break;
    end++;
  }
  const entry = ctx.norm.text.slice(line.start, lines[end]!.end).trimEnd();
  if (!endsCitingDocument(entry)) return false;
  return opens || last!.test(entry.slice(-DOCUMENT_ENTRY_TAIL));
}

/** Whether the last orphan paragraph is an entry still open: it has not yet ended citing a document. */
function wrapsEntry(ctx: ParseContext, orphans: readonly NSpan[]): boolean {
  const open = orphans[orphans.length - 1];
  return open !== undefined && !endsCitingDocument(ctx.norm.text.slice(open.start, open.end));
}

/**
 * "… (S/2034/171)", "… (A/79/300 and Corr.1)": one sentence (a document's description) ending with
 * a bracket that holds a document symbol. A paragraph that runs on into it ("… may wish to
 * consider the matter. Documentation: Note by the Secretariat (…)") is an annotation.
 */
function endsCitingDocument(text: string): boolean {
  const last = text.length - 1;
  if (last < 0 || (text[last] !== ')' && text[last] !== '）')) return false;
  const open = Math.max(text.lastIndexOf('(', last), text.lastIndexOf('（', last));
  return open > 0 && !SENTENCE_INSIDE.test(text.slice(0, open)) && findDocumentSymbols(text.slice(open)).length > 0;
}

/** A sentence's end inside a text: a stop and a capital after it, or a full-width stop. */
const SENTENCE_INSIDE = /[.!?؟][ \t\n]+[A-ZÀ-ÖØ-ÞА-ЯЁ\u0620-\u064A]|[。！？]/u;

/**
 * The next item glued to the end of the line before, as PDF text run together prints it: "(h)
 * Adoption of the report on credentials.3. Reports of the subsidiary bodies:" (a COP's list,
 * FCCC/CP/2013/1 as extracted). The number must be the next item's, glued to the full stop or
 * semicolon of a word ending in a small letter or a bracket ("CP.3." or "para. 3." is none), with
 * its own full stop, and a title that starts with a capital or a letter of a caseless script.
 */
const GLUED_ITEM = /[\p{Ll}\p{Lo})）][.;。；](\d{1,3})\.[ \t]*(?=[\p{Lu}\p{Lo}])/u;

/**
 * `line` cut before a glued item, the one after item `last` (or after the item the line itself
 * opens): the text before it and the item's line; null if none.
 */
function splitGluedItem(ctx: ParseContext, line: Line, last: number): [Line, Line] | null {
  const m = GLUED_ITEM.exec(line.text);
  if (!m) return null;
  const opens = matchItemMarker(line, ctx.locale)?.number === last + 1;
  if (Number(m[1]) !== (opens ? last + 2 : last + 1)) return null;
  const cut = m.index + 2; // after the letter and its stop
  return [
    { index: line.index, start: line.start, end: line.start + cut, text: line.text.slice(0, cut) },
    { index: line.index, start: line.start + cut, end: line.end, text: line.text.slice(cut) },
  ];
}

/**
 * An item's colon, then its first sub-item run onto the same line, as PDF text run together prints
 * it: "2. Implementation of the Protocol: (a) Legislative measures;", "2. 《…》的执行情况：（a） 各国的立法措施；".
 * Only a bracket or a letter and its bracket after the colon are tried as a marker.
 */
const COLON_BEFORE_MARKER = /[:：][ \t]{0,3}(?=[(（]|\p{L}[)）])/u;

/**
 * `line`, an item's line, cut after its colon before a glued first sub-item ("(a)", "a)", "(أ)",
 * "а)"): the item's line and the sub-item's; null if none. A later letter there ("see (b) below")
 * is no sub-item of the list.
 */
function splitGluedFirstSubItem(ctx: ParseContext, line: Line): [Line, Line] | null {
  const m = COLON_BEFORE_MARKER.exec(line.text);
  if (!m || !matchItemMarker(line, ctx.locale)) return null;
  const cut = m.index + 1; // after the colon
  const tail: Line = { index: line.index, start: line.start + cut, end: line.end, text: line.text.slice(cut) };
  if (matchSubItemMarker(tail, ctx.locale)?.letterIndex !== 0) return null;
  return [{ index: line.index, start: line.start, end: line.start + cut, text: line.text.slice(0, cut) }, tail];
}

/** At the end of a trimmed line: "… -١" or "… ١-" (an item's number), "… (أ)" (a sub-item's letter). */
const TRAILING_ITEM = /(?:[-–][ \t]{0,3}(\d{1,3})|(\d{1,3})[ \t]{0,3}[-–])$/u;
const TRAILING_SUB_ITEM = new RegExp(`[(（][ \\t]{0,3}([${LETTER}]{1,2})[ \\t]{0,3}[)）]$`, 'u');
/** The longest such marker: only the line's last characters are searched, whatever its length. */
const TRAILING_MARKER_LENGTH = 12;

/**
 * The item number or sub-item letter at the end of a line ("… -١", "… (أ)") and where the title
 * before it ends; null when the line has no such marker or nothing before it.
 */
function trailingMarker(ctx: ParseContext, line: Line): { marker: Marker; titleSpan: NSpan } | null {
  const { start: lineStart, end: lineEnd } = trimmedSpan(line);
  const tailStart = Math.max(lineStart, lineEnd - TRAILING_MARKER_LENGTH);
  const tail = ctx.norm.text.slice(tailStart, lineEnd);
  const item = TRAILING_ITEM.exec(tail);
  const sub = item ? null : TRAILING_SUB_ITEM.exec(tail);
  const m = item ?? sub;
  if (!m) return null;
  const markerStart = tailStart + m.index;
  if (markerStart <= lineStart) return null; // a number alone is no titled item
  const label = item ? (item[1] ?? item[2])! : sub![1]!;
  const labelStart = tailStart + m.index + m[0].lastIndexOf(label);
  const titleSpan = trimFieldSpan(ctx, { start: lineStart, end: markerStart }, true);
  if (titleSpan.end <= titleSpan.start) return null;
  const labelEnd = labelStart + label.length;
  if (item) {
    const number = Number(label);
    if (number === 0) return null;
    return { marker: { kind: 'item', number, labelStart, labelEnd, start: lineStart, titleStart: lineStart, worded: false }, titleSpan };
  }
  const index = letterIndex(label, ctx.locale);
  if (index === undefined) return null;
  return { marker: { kind: 'sub', letterIndex: index, labelStart, labelEnd, start: lineStart, titleStart: lineStart }, titleSpan };
}

/**
 * A list whose every number stands at the end of its line ("المسائل التنظيمية: -١", "افتتاح
 * الاجتماع؛ (أ)"): an extraction of right-to-left text that moved the numbers after the titles.
 * Read only when no line of the list starts with one, and only items numbered 1, 2, 3 … in
 * order, each sub-item letter under the item before it.
 */
function trailingNumberedList(ctx: ParseContext, range: LineRange): ItemDraft[] {
  const items: ItemDraft[] = [];
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) continue;
    const trailing = trailingMarker(ctx, line);
    if (!trailing) continue;
    const { marker, titleSpan } = trailing;
    if (marker.kind === 'item') {
      if (marker.number !== items.length + 1) continue;
      items.push(newItem(String(marker.number), marker, titleSpan, null));
    } else {
      const parent = items[items.length - 1];
      if (!parent || marker.letterIndex !== parent.subItems.length) continue;
      parent.subItems.push(newItem(`${parent.number}(${subItemLetter(marker.letterIndex)})`, marker, titleSpan, parent));
    }
  }
  return items;
}

const ROMAN_LABELS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * "(i)" is the ninth letter after "(h)", and the first roman sub-sub-item anywhere else;
 * "(ii)", "(v)", "(x)" continue a roman run under the current sub-item.
 */
function isSubSubItem(item: ItemDraft, marker: SubItemMarker): boolean {
  if (marker.roman === undefined) return false;
  const sub = item.subItems[item.subItems.length - 1];
  if (!sub) return false;
  const romanRun = sub.subItems.length;
  if (marker.roman === romanRun + 1 && romanRun > 0) return true;
  if (marker.roman !== 1) return marker.letterIndex === -1 && marker.roman === romanRun + 1;
  return marker.letterIndex !== item.subItems.length; // "(i)" is not the expected next letter
}

/** The next line with text, within two lines (a blank line may stand between label and title). */
function nextContentLine(ctx: ParseContext, from: number, to: number): Line | null {
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const line = ctx.lines[i]!;
    if (!isBlank(line)) return line;
  }
  return null;
}

/** Items and their sub-items, depth first, in document order (into one array, not one per item). */
export function flatten(items: readonly ItemDraft[], into: ItemDraft[] = []): ItemDraft[] {
  for (const item of items) {
    into.push(item);
    flatten(item.subItems, into);
  }
  return into;
}

function listTitle(ctx: ParseContext, item: ItemDraft): string {
  return ctx.norm.text.slice(item.titleSpan.start, item.titleSpan.end);
}

const foldedTitles = new WeakMap<ItemDraft, string>();

/** The list title folded for comparison, computed once per item. */
export function foldedListTitle(ctx: ParseContext, item: ItemDraft): string {
  let folded = foldedTitles.get(item);
  if (folded === undefined) {
    folded = foldForMatch(listTitle(ctx, item));
    foldedTitles.set(item, folded);
  }
  return folded;
}

/** The labels a sub-item marker may stand for: its letter, its roman numeral, or both ("i"). */
function subLabels(marker: SubItemMarker): string[] {
  const labels: string[] = [];
  if (marker.letterIndex !== -1) labels.push(subItemLetter(marker.letterIndex));
  if (marker.roman !== undefined) labels.push(ROMAN_LABELS[marker.roman - 1]!);
  return labels;
}

/** The item a marker line opens, if it is the heading of one still ahead of `cursor`. */
function headingTarget(
  ctx: ParseContext,
  order: readonly ItemDraft[],
  titles: readonly string[],
  cursor: number,
  marker: ItemMarker | SubItemMarker,
  headingText: string,
): number {
  for (let k = cursor; k < order.length; k++) {
    const candidate = order[k]!;
    const matches =
      marker.kind === 'item'
        ? candidate.parent === null && candidate.number === String(marker.number)
        : candidate.parent !== null &&
          subLabels(marker).some((label) => candidate.number.endsWith(`(${label})`)) &&
          // A sub-item heading belongs to the item whose part we are in.
          (k === cursor || order.slice(cursor, k).every((between) => between.parent !== null));
    if (!matches) continue;
    const title = titles[k]!;
    // A heading shares most of its words with the title: one several times its length is a
    // paragraph, told without folding it.
    if (headingText.length > HEADING_LENGTH_FACTOR * title.length + HEADING_LENGTH_SLACK) return -1;
    return titleSimilarity(foldForMatch(headingText), title, ctx.locale) >= HEADING_SIMILARITY ? k : -1;
  }
  return -1;
}

/**
 * The sub-item a heading printed with its item's number opens ("2 (a). Adoption of the agenda":
 * sub-item 2(a), still ahead of `cursor`), when the heading reads as its title; -1 otherwise.
 */
function subItemTarget(
  ctx: ParseContext,
  order: readonly ItemDraft[],
  titles: readonly string[],
  cursor: number,
  number: number,
  marker: SubItemMarker,
  headingText: string,
): number {
  const numbers = subLabels(marker).map((label) => `${number}(${label})`);
  for (let k = cursor; k < order.length; k++) {
    if (!numbers.includes(order[k]!.number)) continue;
    const title = titles[k]!;
    if (headingText.length > HEADING_LENGTH_FACTOR * title.length + HEADING_LENGTH_SLACK) return -1;
    return titleSimilarity(foldForMatch(headingText), title, ctx.locale) >= HEADING_SIMILARITY ? k : -1;
  }
  return -1;
}

/**
 * Items of an annotations part without a list: its item headings, each item's title as its
 * heading prints it. attachAnnotations then reads the same headings and the text under them.
 * Segmentation found the headings when it told the list missing (`found`, worded or
 * plain-numbered); they are read again only where page furniture blanked since then stands at
 * one of them (see headingsStillRead).
 */
export function itemsFromHeadings(ctx: ParseContext, range: LineRange, found: readonly WordedHeading[] | undefined, blankedLines: readonly number[]): ItemDraft[] {
  const worded = found?.[0]?.marker.worded !== false;
  // Plain-numbered headings depend on the line before each (a paragraph ended), which blanking
  // may change: they are taken as found only where nothing in the part was blanked.
  const stillRead = found && (worded ? headingsStillRead(ctx, found, range, blankedLines) : !blankedLines.some((i) => i >= range.from && i < range.to));
  if (stillRead) return itemsHeadedBy(ctx, range, withGapsReported(ctx, found));
  // Read again on the blanked lines, as segmentation read them: worded, or plain-numbered.
  const headings = worded ? wordedHeadings(ctx, range.from, range.to) : numberedHeadings(ctx, range.from, range.to, true);
  return itemsHeadedBy(ctx, range, withGapsReported(ctx, headings));
}

/**
 * Whether headings found before page furniture was blanked read the same on the blanked lines.
 * A heading read on a blanked line, or a bare "Item 2" whose title line is blanked or follows a
 * blanked line, reads otherwise; so does a bare "Item 2" that was passed over because the line
 * under it was numbered (a page number) and blanked since. Furniture (job numbers, page
 * numbers, the running symbol) carries no item word: blanking it makes no full heading.
 */
function headingsStillRead(ctx: ParseContext, headings: readonly WordedHeading[], range: LineRange, blankedLines: readonly number[]): boolean {
  // Both in line order: the heading a blanked line may fall in is found by a pointer moving forward.
  let h = 0;
  for (const blanked of blankedLines) {
    if (blanked < range.from || blanked >= range.to) continue;
    while (h < headings.length && headings[h]!.titleLine.index < blanked) h++;
    if (h < headings.length && headings[h]!.index <= blanked) return false;
    for (const above of [blanked - 1, blanked - 2]) {
      const line = above >= range.from ? ctx.lines[above] : undefined;
      if (line && !isBlank(line) && matchBareItemMarker(line, ctx.locale)?.worded) return false;
    }
  }
  return true;
}

/**
 * Items of an annotations part whose list before it holds no item (its "Annotations" heading
 * right under the title, the list heading alone or "Item 1" alone under it, the list left to an
 * annex or another document): its worded headings ("Item 1. Opening of the session", "Point 2
 * de l'ordre du jour", "Пункт 3 повестки дня", "البند 4", "议程项目 5"), and without any, its
 * headings numbered as plain numbers ("1. Opening of the session", "١- المسائل التنظيمية", "一、会议开幕").
 */
export function itemsAfterEmptyList(ctx: ParseContext, range: LineRange): ItemDraft[] {
  const worded = wordedHeadings(ctx, range.from, range.to);
  // "Item 1" alone over its paragraph (a treaty body's annotations: "Item 1" / "Rule 7 of the
  // rules of procedure provides …") prints no title: with the list gone, such headings name no item.
  if (worded.some((heading) => titledByParagraph(ctx, heading, range.to))) return [];
  const headings = worded.length > 0 ? worded : numberedHeadings(ctx, range.from, range.to);
  return itemsHeadedBy(ctx, range, withGapsReported(ctx, headings));
}

/** A bare heading ("Item 1" alone) whose next line, read as its title, starts a paragraph: a sentence up to the next blank line. */
function titledByParagraph(ctx: ParseContext, heading: WordedHeading, to: number): boolean {
  if (heading.titleLine.index === heading.index) return false;
  let last = heading.titleLine.index;
  while (last + 1 < to && !isBlank(ctx.lines[last + 1]!)) last++;
  return readsAsParagraph(ctx.norm.text.slice(heading.titleLine.start, ctx.lines[last]!.end), ctx.locale);
}

/** The headings, ITEM_NUMBER_GAP reported where one's number runs ahead of the last one's (worded headings never do). */
function withGapsReported(ctx: ParseContext, headings: readonly WordedHeading[]): readonly WordedHeading[] {
  let previousNumber = 0;
  for (const { marker, titleLine } of headings) {
    if (marker.number !== previousNumber + 1) diagnose(ctx, 'warning', 'ITEM_NUMBER_GAP', `Item ${marker.number} follows item ${previousNumber}`, trimmedSpan(titleLine));
    previousNumber = marker.number;
  }
  return headings;
}

function itemsHeadedBy(ctx: ParseContext, range: LineRange, headings: readonly WordedHeading[]): ItemDraft[] {
  return headings.map(({ marker, titleLine, titleEnd }, h) => {
    const title = titleEnd === undefined ? titleSpanAfter(ctx, marker, titleLine) : trimFieldSpan(ctx, { start: marker.titleStart, end: titleEnd }, true);
    const item = newItem(String(marker.number), marker, title, null);
    const end = headings[h + 1]?.index ?? range.to;
    for (let i = titleLine.index + 1; i < end; i++) {
      // Under a section heading naming its item, its sub-items' headings name theirs: "A. Adoption
      // of the agenda (item 2 (a) of the provisional agenda)".
      const referenced = titleEnd === undefined ? null : subItemReference(ctx, i, range.from, item);
      if (referenced) {
        item.subItems.push(newItem(`${item.number}(${subItemLetter(referenced.letterIndex)})`, referenced, trimFieldSpan(ctx, { start: referenced.titleStart, end: referenced.titleEnd }, true), item));
        continue;
      }
      const sub = subItemHeading(ctx, i, end, item.subItems.length);
      if (sub) item.subItems.push(newItem(`${item.number}(${subItemLetter(sub.letterIndex)})`, sub, titleSpanAfter(ctx, sub, ctx.lines[i]!), item));
    }
    return item;
  });
}

/** Line `i` as the heading naming the next sub-item of `item` in brackets ("(item 2 (a) of the provisional agenda)"), or null. */
function subItemReference(ctx: ParseContext, i: number, from: number, item: ItemDraft): (SubItemMarker & { titleEnd: number }) | null {
  const reference = referenceHeading(ctx, i, from);
  if (!reference || reference.letterIndex !== item.subItems.length || String(reference.number) !== item.number) return null;
  const { letterIndex, labelStart, labelEnd, titleStart, bracketStart } = reference;
  return { kind: 'sub', letterIndex, labelStart, labelEnd, start: titleStart, titleStart, titleEnd: bracketStart };
}

/** The longest line that closes a heading's bracketed reference run on from the line above ("segment)"). */
const MAX_WRAPPED_REFERENCE = 60;

/** The longest sub-item heading of an annotations document, in characters of its line. */
const MAX_SUB_HEADING = 150;

/**
 * Line `i` as the heading of the sub-item at `expected` (0 is "(a)") in an annotations document
 * without a list ("Item 2: Organizational matters" / "(a) Adoption of the agenda" / "2. The
 * Conference may wish …"): the expected letter, after a blank line, short and without final
 * punctuation, its annotation after it. The "(a) take note …;" of an annotation's list of actions
 * ends in punctuation, and its next entry is another lettered line.
 */
function subItemHeading(ctx: ParseContext, i: number, end: number, expected: number): SubItemMarker | null {
  const line = ctx.lines[i]!;
  if (isBlank(line) || (i > 0 && !isBlank(ctx.lines[i - 1]!))) return null;
  const marker = matchSubItemMarker(line, ctx.locale);
  if (!marker || marker.letterIndex !== expected || line.text.trim().length > MAX_SUB_HEADING || FINAL_PUNCTUATION.test(line.text)) return null;
  const next = nextContentLine(ctx, i + 1, end);
  return next && !matchSubItemMarker(next, ctx.locale) ? marker : null;
}

/** Lines of an annotated part read for one item: paragraphs of its annotation, or its documentation list. */
interface AnnotationBlock {
  item: ItemDraft;
  documentation: boolean;
  lines: Line[];
}

/**
 * Read the annotated part: headings (by number, in order), paragraphs, documentation lists.
 * Adds headings, annotations and documents to the items read from the list.
 */
export function attachAnnotations(ctx: ParseContext, items: ItemDraft[], range: LineRange, inPlace = false): void {
  const reader = new AnnotationsReader(ctx, flatten(items), range, inPlace);
  // Documents the list itself cites under an item (see citedDocuments) give way to the item's
  // documentation in the annotations; a list annotated in place is read again as annotations,
  // which find them there.
  const listed = new Map<ItemDraft, DocumentEntryDraft[]>();
  for (const item of reader.order) {
    if (item.documents.length === 0) continue;
    if (!inPlace) listed.set(item, item.documents);
    item.documents = [];
  }
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) {
      reader.closeBlock();
      continue;
    }
    const headingEnd = reader.readHeading(i, line);
    if (headingEnd !== -1) i = headingEnd;
    else reader.readText(line);
  }
  reader.closeBlock();
  const { current, order, blocks } = reader;
  if (current?.region) current.region.end = ctx.lines[range.to - 1]?.end ?? current.region.end;

  for (const { item, documentation, lines } of blocks) {
    if (documentation && !isProse(ctx, lines)) item.documents.push(...documentEntries(ctx, lines));
    else addAnnotationBlock(ctx, item, lines);
  }
  for (const item of order) item.paragraphs = joinCutParagraphs(ctx, item.paragraphs);
  for (const [item, documents] of listed) if (item.documents.length === 0) item.documents = documents;
}

/**
 * The state of attachAnnotations as it walks the part: the item being read and the block of lines
 * open under it. A class, not closures over a long function's variables: its steps are each
 * optimised apart (attachAnnotations was compiled three times over, ~145 ms, as it was one body),
 * and its fields keep one shape.
 */
class AnnotationsReader {
  /** The next item a heading may name: headings come in the list's order. */
  cursor = 0;
  current: ItemDraft | null = null;
  inDocumentation = false;
  block: Line[] | null = null;
  readonly blocks: AnnotationBlock[] = [];
  /** Every line of the part is compared with the titles ahead of the cursor: folded once, here. */
  readonly titles: string[];
  readonly unnumberedHeadings: UnnumberedHeadings;
  /** Read once: locales differ in shape, and a hot loop reading them sees each. */
  readonly arabicMorphology: boolean;
  /** Where every item's region ends at the latest: the part's end. */
  readonly partEnd: number | undefined;

  constructor(
    readonly ctx: ParseContext,
    readonly order: ItemDraft[],
    readonly range: LineRange,
    /** The list is its own annotations: each item's paragraphs follow it in the list. */
    readonly inPlace: boolean,
  ) {
    this.titles = order.map((item) => foldedListTitle(ctx, item));
    this.unnumberedHeadings = new UnnumberedHeadings(order, this.titles);
    this.arabicMorphology = ctx.locale.arabicMorphology;
    this.partEnd = ctx.lines[range.to - 1]?.end;
  }

  /**
   * In a list annotated in place, the item whose text follows its last sub-item ("Under this
   * item, …"): the blocks up to the next heading are its own, not that sub-item's.
   */
  wholeItem: ItemDraft | null = null;
  /** Leading white space of the line that opened the current heading, tabs counted as four. */
  headingIndent = 0;
  /** Parents one of whose sub-items has a paragraph less indented than its marker: indentation says nothing there. */
  readonly outdentedSubItemText = new Set<ItemDraft>();

  closeBlock(): void {
    const owner = this.wholeItem ?? this.current;
    if (this.block && owner) this.blocks.push({ item: owner, documentation: this.inDocumentation, lines: this.block });
    this.block = null;
  }

  /** Item `target` starts at `start`: the item before ends at `line`. */
  private enter(target: number, line: Line, start: number, fallbackEnd: number): ItemDraft {
    this.closeBlock();
    if (this.current?.region) this.current.region.end = line.start;
    const current = this.order[target]!;
    this.current = current;
    this.cursor = target + 1;
    this.inDocumentation = false;
    this.wholeItem = null;
    this.headingIndent = indentOf(line.text);
    current.region = { start, end: this.partEnd ?? fallbackEnd };
    return current;
  }

  /**
   * Item `target`'s heading: its marker on `line`, its title from `marker.titleStart` to the end
   * of `titleLine` (or to `titleEnd`, where the marker ends the line). Returns the heading's last line.
   */
  private openHeading(target: number, marker: Marker, line: Line, titleLine: Line, titleEnd = titleLine.end): number {
    const current = this.enter(target, line, marker.start, titleLine.end);
    current.headingTitleSpan = trimFieldSpan(this.ctx, { start: marker.titleStart, end: titleEnd }, true);
    return continueHeading(this.ctx, current, titleLine.index, this.range.to);
  }

  /** Line `i` as a heading (or the segment heading that ends an item): its last line, or -1 when it is none. */
  readHeading(i: number, line: Line): number {
    const { ctx, order, titles, cursor, range } = this;
    // "Item 3" (or "3.") alone on its line, the heading's title on the next.
    // "Пункт II" alone, in the roman numbering of the list's entries.
    const bare = matchBareItemMarker(line, ctx.locale) ?? matchWordedNumeralItemMarker(line, ctx.locale, true);
    if (bare) {
      const apart = this.readBareHeading(i, line, bare);
      if (apart !== -1) return apart;
    }
    // "II. …", "二、…", "ثانياً - …", "(2) …": the annotations may number their headings otherwise
    // than the list, or as a list numbered so throughout numbers its entries.
    // "2 (a). Adoption of the agenda": a sub-item's heading printed with its item's number, after
    // a blank line as headings stand (a timetable's row "1 (b)  Adoption …" goes on a block).
    // "I. Opening of the meeting (item 1 of the provisional agenda)": the brackets name the item.
    const referenced = this.readReferenceHeading(i, line);
    if (referenced !== -1) return referenced;
    const numberedSub = i === range.from || isBlank(ctx.lines[i - 1]!) ? matchNumberedSubItemHeading(line, ctx.locale) : null;
    if (numberedSub) {
      const headingText = line.text.slice(numberedSub.sub.titleStart - line.start);
      const target = subItemTarget(ctx, order, titles, cursor, numberedSub.number, numberedSub.sub, headingText);
      if (target !== -1) return this.openHeading(target, numberedSub.sub, line, line);
    }
    const marker = matchItemMarker(line, ctx.locale) ?? matchSubItemMarker(line, ctx.locale) ?? matchOtherwiseNumberedItem(line, ctx.locale);
    if (marker) {
      const headingText = line.text.slice(marker.titleStart - line.start);
      const target = headingTarget(ctx, order, titles, cursor, marker, headingText);
      if (target !== -1) return this.openHeading(target, marker, line, line);
    }
    // "انتخاب أعضاء المكتب -١": a right-to-left heading extracted in visual order, its number last.
    const trailing = marker || !this.arabicMorphology ? null : trailingMarker(ctx, line);
    if (trailing) {
      const headingText = ctx.norm.text.slice(trailing.marker.start, trailing.titleSpan.end);
      const target = headingTarget(ctx, order, titles, cursor, trailing.marker, headingText);
      if (target !== -1) return this.openHeading(target, trailing.marker, line, line, trailing.titleSpan.end);
    }
    if (marker) return -1;
    const unnumbered = this.unnumberedHeadings.find(cursor, line);
    if (unnumbered !== -1) {
      const trimmed = trimmedSpan(line);
      this.enter(unnumbered, line, trimmed.start, line.end).headingTitleSpan = trimFieldSpan(ctx, trimmed, true);
      return i;
    }
    // "UNDP segment" standing alone between items: it ends the item before, whose annotation
    // or documentation it is not; what follows it up to the next heading belongs to no item.
    const standsAlone = i > range.from && isBlank(ctx.lines[i - 1]!) && (i + 1 >= range.to || isBlank(ctx.lines[i + 1]!));
    if (!this.block && standsAlone && (isSegmentHeading(line.text, ctx.locale) || this.groupHeadingBeforeItem(i, line))) {
      this.closeBlock();
      if (this.current?.region) this.current.region.end = line.start;
      this.current = null;
      return i;
    }
    return -1;
  }

  /**
   * "B. Other matters", "Б. Прочие вопросы", "باء - …": a lettered heading over a group of the annotations'
   * items, standing alone (the caller checks the blank lines around it), short, with no final
   * punctuation, the next line with text an item's numbered heading. It ends the item before,
   * whose annotation it is not.
   */
  private groupHeadingBeforeItem(i: number, line: Line): boolean {
    const { ctx, range } = this;
    if (!letteredGroupHeading(ctx.locale).test(line.text) || line.text.trim().length > MAX_GROUP_HEADING || FINAL_PUNCTUATION.test(line.text)) return false;
    const next = nextContentLine(ctx, i + 1, range.to);
    return next !== null && matchItemMarker(next, ctx.locale) !== null;
  }

  /**
   * Line `i` as a section heading naming its item or sub-item in brackets (see
   * matchItemReference): its last line, the one where the bracket closes, or -1 when it is none.
   */
  private readReferenceHeading(i: number, line: Line): number {
    const { ctx, order, cursor, range } = this;
    const reference = referenceHeading(ctx, i, range.from);
    if (!reference) return -1;
    const label = reference.letterIndex === null ? String(reference.number) : `${reference.number}(${subItemLetter(reference.letterIndex)})`;
    // Headings come in the list's order; one naming an item passed already still names it.
    let target = order.findIndex((item, k) => k >= cursor && item.number === label);
    if (target === -1) target = order.findIndex((item) => item.number === label);
    if (target === -1) return -1;
    const { titleStart, bracketStart } = reference;
    const current = this.enter(target, line, titleStart, line.end);
    current.headingTitleSpan = trimFieldSpan(ctx, { start: titleStart, end: bracketStart }, true);
    // "(item 1 of the provisional agenda for the preparatory" / "segment)": the next line closes it.
    const next = reference.closed ? undefined : ctx.lines[i + 1];
    return next && i + 1 < range.to && !isBlank(next) && /[)）][ \t]*$/.test(next.text) && next.text.length <= MAX_WRAPPED_REFERENCE ? i + 1 : i;
  }

  /** Line `i`, "Item 3" (or "3.") alone, as a heading: its last line, or -1 when it is none. */
  private readBareHeading(i: number, line: Line, bare: ItemMarker): number {
    const { ctx, order, titles, cursor, range } = this;
    const titleLine = nextContentLine(ctx, i + 1, range.to);
    const titled = titleLine !== null && !matchItemMarker(titleLine, ctx.locale) && !matchSubItemMarker(titleLine, ctx.locale);
    if (titled) {
      const target = headingTarget(ctx, order, titles, cursor, bare, titleLine.text);
      if (target !== -1 && !paragraphStart(ctx, titles[target]!, titleLine, range.to)) {
        return this.openHeading(target, { ...bare, titleStart: titleLine.start }, line, titleLine);
      }
    }
    // "Item 3" alone, its annotation right after it (treaty bodies print no title there): the
    // next item's heading when it stands after a blank line and names the next item by number.
    // "Item 3 of the provisional agenda" alone is a masthead's reference, not a heading.
    const untitled =
      bare.worded && (i === range.from || isBlank(ctx.lines[i - 1]!)) && !/\p{L}/u.test(ctx.norm.text.slice(bare.labelEnd, line.end))
        ? nextItemIndex(order, cursor, bare.number)
        : -1;
    if (untitled === -1) return -1;
    // Its heading's title may differ from the list's in words (ITEM_TITLE_MISMATCH says so): a
    // short line without final punctuation that stands alone is that title, not a paragraph.
    if (titled && standsAlone(ctx, titleLine, range.to)) {
      return this.openHeading(untitled, { ...bare, titleStart: titleLine.start }, line, titleLine);
    }
    this.enter(untitled, line, bare.start, line.end);
    return i;
  }

  /** A line of text under the current item: its annotation, or its documentation list. */
  readText(line: Line): void {
    const { ctx } = this;
    if (!this.current) return;
    // "Annotation" after an item's documentation list (ESCAP): its paragraphs follow.
    if (this.inDocumentation && matchHeadingText(line.text, annotationHeadings(ctx.locale))) {
      this.closeBlock();
      this.inDocumentation = false;
      return;
    }
    // "Documentation", or "Documentation: ECE/MP.WAT/WG.5/2010/1" with the list's first entry.
    const documentation = documentationLine(line, ctx.locale);
    if (documentation) {
      this.closeBlock();
      this.inDocumentation = true;
      if (documentation.entry) this.block = [documentation.entry];
      else matchHeadingLine(ctx, line, ctx.locale.headings.documentation, 'Documentation'); // a fuzzy match reported
      return;
    }
    if (!this.block) {
      this.block = [];
      if (this.inPlace && !this.wholeItem && !this.inDocumentation) this.wholeItem = this.wholeItemAfterSubItems(line);
    }
    this.block.push(line);
  }

  /**
   * The item a paragraph opening on `line` belongs to when it follows the item's last sub-item
   * in a list annotated in place, or null when it is that sub-item's. It is the item's when its
   * text is not indented as the sub-items are (and no sub-item's own text was so outdented), or
   * when it stands after a blank line and speaks of the whole item ("Under this item, …", "Au
   * titre de ce point"). Otherwise, when unclear, the sub-item keeps it.
   */
  private wholeItemAfterSubItems(line: Line): ItemDraft | null {
    const { current, ctx } = this;
    const parent = current?.parent;
    if (!current || !parent) return null;
    const outdented = indentOf(line.text) < this.headingIndent;
    if (parent.subItems[parent.subItems.length - 1] !== current) {
      if (outdented) this.outdentedSubItemText.add(parent);
      return null;
    }
    if (outdented && !this.outdentedSubItemText.has(parent)) return parent;
    const afterBlank = line.index > 0 && isBlank(ctx.lines[line.index - 1]!);
    const folded = foldLine(line.text);
    return afterBlank && wholeItemWords(ctx.locale).some((words) => folded.startsWith(words)) ? parent : null;
  }
}

/** A line's leading white space, a tab counted as four: how far its text is indented. */
function indentOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x09) width += 4;
    else if (ch === 0x20 || ch === 0xa0) width++;
    else break;
  }
  return width;
}

/** The locale's words for the whole item ("Under this item"), folded once. */
const wholeItemWords = perLocale((locale: Locale) => (locale.headings.wholeItem ?? []).map(foldForMatch));

/** The annotations' headings and the heading of one item's annotation, one array per locale. */
const annotationHeadings = perLocale((locale: Locale) => [...locale.headings.annotations, ...(locale.headings.itemAnnotation ?? [])]);

/**
 * Whether the line after "Item 3" alone, which reads as item 3's title (or its start, wrapped),
 * is a paragraph instead: a sentence that differs from the title in words, or a line shorter
 * than the title whose next line, text without a marker, does not go on with the title ("The
 * Chairperson will report on the activities undertaken between the" / "two sessions.").
 */
function paragraphStart(ctx: ParseContext, title: string, line: Line, end: number): boolean {
  const folded = foldLine(line.text);
  // A sentence of its own ("The Committee will adopt its report on the work of the session.")
  // that shares only some of the title's words.
  if (SENTENCE_END.test(line.text) && titleSimilarity(folded, title, ctx.locale) < 1) return true;
  const next = line.index + 1 < end ? ctx.lines[line.index + 1]! : null;
  if (!next || isBlank(next) || matchItemMarker(next, ctx.locale) || matchSubItemMarker(next, ctx.locale)) return false;
  if (folded.length >= title.length) return false;
  return !title.startsWith(foldForMatch(`${line.text} ${next.text}`));
}

/** The longest heading title printed apart from its "Item 3", in characters of its line. */
const MAX_APART_TITLE = 150;

/** A short line without final punctuation, a blank line (or the part's end) after it: a heading's title. */
function standsAlone(ctx: ParseContext, line: Line, end: number): boolean {
  if (line.text.trim().length > MAX_APART_TITLE || FINAL_PUNCTUATION.test(line.text)) return false;
  return line.index + 1 >= end || isBlank(ctx.lines[line.index + 1]!);
}

/**
 * The index in `order` of top-level item `number` when it is the next item after the cursor (only
 * sub-items of the item before stand between); -1 otherwise. Before the first heading (cursor 0)
 * any item may be named: annotations may start at a later item and annotate only some ("Item 6"
 * alone, the only annotation of a meeting of States parties, CEDAW/SP); once one is read, the
 * headings follow the list's order one by one.
 */
function nextItemIndex(order: readonly ItemDraft[], cursor: number, number: number): number {
  const label = String(number);
  for (let k = cursor; k < order.length; k++) {
    const item = order[k]!;
    if (item.parent !== null) continue;
    if (item.number === label) return k;
    if (cursor > 0) return -1;
  }
  return -1;
}

/** Characters a sentence has at least: shorter ones may be a document's name ("Oral report."). */
const MIN_PROSE = 20;

/** A paragraph's first line indented, as the list's entries are not. */
const INDENTED = /^(?:\t| {2,})/;

/**
 * A block under a documentation heading that is an annotation's paragraph: indented, no
 * document symbol in it, and it ends as a sentence (ESCAP prints an item's annotation, indented,
 * after its documents).
 */
function isProse(ctx: ParseContext, lines: readonly Line[]): boolean {
  const last = lines[lines.length - 1];
  if (!last || !INDENTED.test(lines[0]!.text) || !SENTENCE_END.test(last.text)) return false;
  const span = trimmedBlock(lines);
  if (span.end - span.start < MIN_PROSE) return false;
  return lines.every((line) => findDocumentSymbols(line.text).length === 0);
}

/**
 * A heading printed without its number: a line that is exactly the list title of the next item
 * or of one of the sub-items before it (an item printed without its number in the list, or an
 * annotations part that prints its headings bare). Asked of nearly every line of the part: the
 * items a line may be the heading of are looked up by title, not compared one by one, so that a
 * part under an item with thousands of sub-items is not read once per sub-item.
 */
class UnnumberedHeadings {
  /** For each position in `order`: the last item a heading may be from there (the next top-level item). */
  private readonly lastReachable: Int32Array;
  /** For each position: the longest title of the items from there to the last reachable one. */
  private readonly longestTitle: Int32Array;
  /** The positions of each folded title in `order`, in order. */
  private readonly positions = new Map<string, number[]>();

  constructor(
    private readonly order: readonly ItemDraft[],
    private readonly titles: readonly string[],
  ) {
    const count = order.length;
    this.lastReachable = new Int32Array(count);
    this.longestTitle = new Int32Array(count);
    for (let k = count - 1; k >= 0; k--) {
      const nextIsTopLevel = k + 1 < count && order[k + 1]!.parent === null;
      this.lastReachable[k] = k + 1 >= count ? k : nextIsTopLevel ? k + 1 : this.lastReachable[k + 1]!;
      const after = k + 1 >= count ? 0 : nextIsTopLevel ? titles[k + 1]!.length : this.longestTitle[k + 1]!;
      this.longestTitle[k] = Math.max(titles[k]!.length, after);
    }
    for (let k = 0; k < count; k++) {
      const title = titles[k]!;
      const at = this.positions.get(title);
      if (at) at.push(k);
      else this.positions.set(title, [k]);
    }
  }

  /** The position of the item `line` is the unnumbered heading of, from `cursor` on; -1 if none. */
  find(cursor: number, line: Line): number {
    if (cursor >= this.order.length) return -1;
    // A line more than twice as long as every title it may be is none of them: not even folded.
    if (!mayBeTitled(line, this.longestTitle[cursor]!)) return -1;
    // Folded as the documentation heading's test on the same line will want it.
    const positions = this.positions.get(foldLine(line.text));
    if (!positions) return -1;
    const k = positions[firstAtOrAfter(positions, cursor)];
    // Items of one title have one length: if the first is too short for the line, so are the rest.
    return k !== undefined && k <= this.lastReachable[cursor]! && mayBeTitled(line, this.titles[k]!.length) ? k : -1;
  }
}

/** Whether a line is short enough to be a title of `titleLength` characters, folded: at most twice that, and some slack. */
function mayBeTitled(line: Line, titleLength: number): boolean {
  return line.text.length <= 2 * titleLength + 8;
}

/** The index of the first of ascending `values` that is `least` or more (their length if none). */
function firstAtOrAfter(values: readonly number[], least: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < least) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Characters of its text a heading wrapped over several lines runs to at most. The longest item
 * title of the fixtures and probe documents has 290; a heading is read on line by line, each line
 * folding the whole heading again to compare it with the list title, so one that ran on without
 * bound (a list title thousands of lines long, its heading the same lines) cost the square of its
 * length.
 */
const MAX_WRAPPED_HEADING = 1000;

/** A heading wrapped over several lines continues while it still reads as the list title. */
function continueHeading(ctx: ParseContext, item: ItemDraft, index: number, end: number): number {
  let i = index;
  while (i + 1 < end && item.headingTitleSpan) {
    const next = ctx.lines[i + 1]!;
    if (isBlank(next) || /^\s*[-–•*]/.test(next.text)) break;
    if (next.end - item.headingTitleSpan.start > MAX_WRAPPED_HEADING) break;
    const extended = trimFieldSpan(ctx, { start: item.headingTitleSpan.start, end: next.end }, true);
    const folded = foldForMatch(ctx.norm.text.slice(extended.start, extended.end));
    if (!foldedListTitle(ctx, item).startsWith(folded)) break;
    item.headingTitleSpan = extended;
    i++;
  }
  return i;
}

function trimmedBlock(lines: readonly Line[]): NSpan {
  return { start: trimmedSpan(lines[0]!).start, end: trimmedSpan(lines[lines.length - 1]!).end };
}

/** A paragraph the extraction cut at a page break ends without final punctuation: rejoin it. */
function joinCutParagraphs(ctx: ParseContext, paragraphs: NSpan[]): NSpan[] {
  const joined: NSpan[] = [];
  for (const paragraph of paragraphs) {
    const previous = joined[joined.length - 1];
    const text = previous ? ctx.norm.text.slice(previous.start, previous.end) : '';
    // A short line without final punctuation is a sub-heading ("Date and venue of the session"),
    // not a paragraph cut at a page break: those run on for a line or more.
    if (previous && text.length >= MIN_CUT_PARAGRAPH && !FINAL_PUNCTUATION.test(text)) {
      previous.end = paragraph.end;
    } else {
      joined.push({ ...paragraph });
    }
  }
  return joined;
}

/**
 * Entries of a documentation list: one per line, a wrapped line joining the entry before it. A
 * table row (a line that starts with its symbols, or ends with them after a column gap) is an
 * entry of its own, and the lines without a symbol after it are its description wrapped.
 */
function documentEntries(ctx: ParseContext, lines: readonly Line[]): DocumentEntryDraft[] {
  const entries: DocumentEntryDraft[] = [];
  let open: NSpan | null = null;
  let openIsRow = false;
  let depth = 0; // brackets the open entry leaves open
  let lastLine = '';
  let openHasSymbol = false;
  for (const line of lines) {
    const span = trimFieldSpan(ctx, trimmedSpan(line), false);
    if (span.end <= span.start) continue;
    const symbols = findDocumentSymbols(line.text);
    const row = documentRow(line.text, symbols);
    const text = ctx.norm.text.slice(span.start, span.end);
    // "Report of the meeting held from 19 to 21 May 2010" / "(CTOC/COP/WG.7/2010/2)": the
    // bracketed symbol on the next line belongs to the description above, which had none.
    const bracketedSymbol = symbols.length > 0 && OPENING_BRACKETS.has(text[0]!);
    if (open && ((!openHasSymbol && bracketedSymbol) || continuesEntry(lastLine, depth > 0, openIsRow, row?.cell ?? null, symbols.length > 0))) {
      open.end = span.end;
      openIsRow ||= row !== null;
      openHasSymbol ||= symbols.length > 0;
    } else {
      open = { ...span };
      openIsRow = row !== null;
      openHasSymbol = symbols.length > 0;
      depth = 0;
      entries.push({ span: open });
    }
    depth = bracketDepth(text, depth);
    lastLine = text;
  }
  return entries;
}

/** Whether a line goes on with the open entry, whose last line so far is `previous`. */
function continuesEntry(previous: string, inBrackets: boolean, previousIsRow: boolean, row: 'first' | 'last' | null, cites: boolean): boolean {
  // "(A/64/13 and Add.1,\nA/64/115)": symbols listed over two lines.
  if (inBrackets || endsOpenList(previous)) return true;
  if (row === 'first') return false;
  if (previousIsRow) return !cites;
  return !ENTRY_END.test(previous);
}

/** An entry ends with a closing bracket, final punctuation or a number (its symbol's); full-width too. */
const ENTRY_END = /(?:[)\].;؛）］。；]|\d)$/;

/**
 * A block of an item's annotation: paragraphs, except rows of a documents table printed without
 * a "Documentation" heading, which are the item's documents.
 */
function addAnnotationBlock(ctx: ParseContext, item: ItemDraft, lines: readonly Line[]): void {
  let from = 0;
  for (const run of undeclaredDocumentRows(lines)) {
    if (run.from > from) pushParagraphs(item, lines.slice(from, run.from));
    item.documents.push(...documentEntries(ctx, lines.slice(run.from, run.to)));
    from = run.to;
  }
  if (from < lines.length) pushParagraphs(item, lines.slice(from));
}

/**
 * The paragraphs of a block of lines: the block, or, where its numbered paragraphs are printed
 * with no blank line between them ("1. The session will be opened …" / "2. The Commission will
 * elect …"), each numbered paragraph. A line starts a paragraph of its own when it opens with
 * the paragraph number after the last one's (or the block's first number), followed by a word,
 * and the line above ended a sentence: a wrapped line that starts with a number ("… on 9 March"
 * / "2026. The …", "… in paragraph" / "4 of …") follows no sentence end, or no next number.
 */
function pushParagraphs(item: ItemDraft, lines: readonly Line[]): void {
  let from = 0;
  let lastNumber = paragraphNumber(lines[0]!);
  for (let k = 1; k < lines.length; k++) {
    const number = paragraphNumber(lines[k]!);
    if (number < 0 || (lastNumber >= 0 && number !== lastNumber + 1) || !SENTENCE_END.test(lines[k - 1]!.text)) continue;
    item.paragraphs.push(trimmedBlock(lines.slice(from, k)));
    from = k;
    lastNumber = number;
  }
  item.paragraphs.push(trimmedBlock(lines.slice(from)));
}

/**
 * The number a line opens with as a numbered paragraph ("2. The Commission …", Arabic "٢- ستنظر
 * …" read in ASCII digits, "2．委员会…"), or -1: the number, its stop or dash, then a word's first
 * letter (a capital in a cased script), checked in code after the pattern.
 */
function paragraphNumber(line: Line): number {
  const numbered = PARAGRAPH_NUMBER.exec(line.text);
  return numbered && PARAGRAPH_FIRST_LETTER.test(line.text[numbered[0].length] ?? '') ? Number(numbered[1]) : -1;
}
const PARAGRAPH_NUMBER = /^[ \t]*(\d{1,3})[ \t]?[.\-–．、][ \t]*/;
const PARAGRAPH_FIRST_LETTER = /[\p{Lu}\u0600-\u06FF\u3400-\u9FFF]/u;
