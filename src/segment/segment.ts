// Segmentation by markers: each part ends where the next part's heading begins.
//   header (masthead, body, venue and date) | title | agenda list | annotations | annex
// Ranges are line indices, [from, to).
import { documentationLine } from '../extract/documentation.js';
import { findDocumentSymbols } from '../extract/symbols.js';
import { findTimeRanges } from '../extract/times.js';
import { FINAL_PUNCTUATION, isBlank, SENTENCE_END, type Line, type ParseContext } from '../context.js';
import { trimFieldSpan } from '../extract/text-fields.js';
import { HAN_BODY_HEADS, HAN_MEETING_HEADS } from '../locales/masthead.js';
import { perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import { foldForMatch } from '../normalise/fold.js';
import { heldWordsAfter } from '../normalise/reflow.js';
import {
  foldedJoin,
  foldedStopwords,
  foldLine,
  HEADING_SIMILARITY,
  headingLineLengthLimit,
  matchHeadingLine,
  matchHeadingText,
  HeadingPrefilter,
  titleSimilarity,
  type HeadingOptions,
} from './headings.js';
import {
  isDayOfDate,
  matchBareItemMarker,
  matchItemMarker,
  matchNumeralItemMarker,
  matchOrdinalItemMarker,
  matchOtherwiseNumberedItem,
  matchItemReference,
  matchSubItemMarker,
  type ItemMarker,
  type ItemReference,
} from './markers.js';

export type DocumentKind = 'provisional-agenda' | 'annotated-provisional-agenda' | 'agenda' | 'other';

export interface LineRange {
  from: number;
  to: number;
}

export interface Segments {
  /** The title line, or null when no agenda title was found. */
  title: Line | null;
  /** The footnote's call at the title's end ("Provisional agenda1", "Provisional agenda 1"): no part of it. */
  titleFootnote?: TitleFootnote | null;
  kind: DocumentKind;
  /** Masthead and header lines: everything above the title (or above the list). */
  header: LineRange;
  list: LineRange | null;
  annotations: LineRange | null;
  annex: LineRange | null;
  /**
   * Without a list, the annotations' item headings as read here (worded, or plain-numbered among
   * numbered paragraphs): the items stage takes them rather than reading them again.
   */
  itemHeadings?: readonly WordedHeading[];
}

/** The longest first line of a title broken over two lines ("Annotated provisional"). */
const SPLIT_TITLE_LINE = 40;

/**
 * The heads that end a Chinese body's name ("…专家组", "…委员会"): a line so ending, over the
 * title's line, is the masthead's name, not the title's first half ("道路安全统计专家组" /
 * "第三次会议临时议程"; the page's blank line between them lost).
 */
const HAN_NAME_HEADS = HAN_BODY_HEADS.filter((head) => !HAN_MEETING_HEADS.includes(head));

/** How far down a title is looked for: mastheads are short. */
const TITLE_SEARCH_LINES = 80;

/**
 * A leader (two dots at least) at a line's end, and the page number after it unless extraction
 * lost it or set it on a line of its own: a table of contents' entry ("II. Annotations . . . 3",
 * "II. Annotations ……"). Such a line names a section; it never starts one.
 */
const CONTENTS_LEADER = /[.…][ \t]{0,3}[.…][ \t]{0,8}\d{0,4}[ \t]*$/u;
/** How much of a line's end is read for a leader. */
const CONTENTS_LEADER_TAIL = 24;

/** Whether `text` is a table of contents' entry (CONTENTS_LEADER). */
function isContentsEntry(text: string): boolean {
  return CONTENTS_LEADER.test(text.slice(-CONTENTS_LEADER_TAIL));
}

/**
 * How a title line may add to its known form. Words after it are the session's ("Provisional
 * agenda for the fifth session of …"), but not an item reference ("Agenda item 1", printed above
 * the title in some mastheads). The bare "Agenda" form is a common word ("Programa de las
 * Naciones Unidas…", "Programa de trabajo"): what it adds must name a session.
 */
const titleOptions = perLocale((locale: Locale) => {
  // Arabic session words without their article: "للدورة" is "الدورة" after the preposition.
  const sessionWords = locale.sessionWord.map((w) => foldForMatch(locale.arabicMorphology && w.startsWith('ال') ? w.slice(2) : w));
  const specific: HeadingOptions = {
    allowSuffix: true,
    spaceless: locale.spaceless === true,
    notFollowedBy: [...locale.itemWord, ...(locale.titleWords?.notFollowedBy ?? [])].map(foldForMatch),
    prefixNeeds: locale.titleWords?.prefixNeeds?.map(foldForMatch) ?? sessionWords,
  };
  return { specific, bare: { ...specific, additionNeeds: sessionWords } };
});

/** The agenda title: the line it ends on, the line (or two lines joined) it reads from, its kind. */
interface FoundTitle {
  index: number;
  line: Line;
  kind: DocumentKind;
}

// segment() is one of the dearest functions to optimise: its steps are functions of their own, so
// that each is compiled (and, on a branch first taken late, recompiled) apart from the others.
export function segment(ctx: ParseContext): Segments {
  const { lines } = ctx;
  const found = findTitle(ctx);
  // Without an agenda title the text is not taken for an agenda: numbered paragraphs of a
  // letter or report would otherwise become invented items.
  if (found === null) {
    return { title: null, kind: 'other', header: { from: 0, to: lines.length }, list: null, annotations: null, annex: null };
  }
  const titleIndex = found.index;
  const afterTitle = titleIndex + 1;
  const title = found.line;
  let kind = found.kind;
  // A title joined from two lines leaves the masthead at its first.
  const header = { from: 0, to: title.start < lines[titleIndex]!.start ? titleIndex - 1 : titleIndex };

  const annexIndex = findAnnex(ctx, afterTitle);
  const bodyEnd = annexIndex === -1 ? lines.length : annexIndex;
  const annex = annexIndex === -1 ? null : { from: annexIndex + 1, to: lines.length };
  // A note before the list ("Note by the Secretary-General", its paragraphs numbered 1, 2 …)
  // ends where the list's own heading stands: "I. Provisional agenda".
  const listStart = listHeading(ctx, afterTitle, bodyEnd) ?? afterTitle;

  const footnote = titleFootnote(ctx, titleIndex, title);
  let annotationsIndex = annotationsHeadingIndex(ctx, listStart, bodyEnd);
  const annotationsHeading = annotationsIndex !== -1;
  const wordedItemHeadings = annotationsIndex === -1 ? listlessHeadings(ctx, listStart, bodyEnd) : null;
  if (wordedItemHeadings) {
    return { title, titleFootnote: footnote, kind: 'annotated-provisional-agenda', header, list: null, annotations: { from: listStart, to: bodyEnd }, annex, itemHeadings: wordedItemHeadings };
  }
  // No heading: the annotated part begins where the numbering starts again at 1.
  if (annotationsIndex === -1) annotationsIndex = numberingRestart(ctx, listStart, bodyEnd, footnote);
  // Unless what it starts again after is a note's numbered paragraphs: the list starts there.
  let from = listStart;
  if (!annotationsHeading && annotationsIndex !== -1 && noteParagraphsBefore(ctx, listStart, annotationsIndex, bodyEnd)) {
    from = annotationsIndex;
    annotationsIndex = numberingRestart(ctx, from, bodyEnd, footnote);
  }
  // Or what starts again is the first item's numbered paragraph: no list, each item a
  // plain-numbered heading among its numbered paragraphs.
  const numberedItemHeadings = !annotationsHeading && annotationsIndex !== -1 ? headingsAmongParagraphs(ctx, from, annotationsIndex, bodyEnd) : null;
  if (numberedItemHeadings) {
    return { title, titleFootnote: footnote, kind: 'annotated-provisional-agenda', header, list: null, annotations: { from, to: bodyEnd }, annex, itemHeadings: numberedItemHeadings };
  }
  // No annotated part after the list: the list may be annotated in place, each item followed
  // by its annotation and its documentation (UNICEF's and other boards' annotated agendas).
  // Its lines are then read both as the list and as the annotations.
  if (annotationsIndex === -1 && annotatedInPlace(ctx, from, bodyEnd, kind === 'annotated-provisional-agenda')) {
    return {
      title,
      titleFootnote: footnote,
      kind: kind === 'provisional-agenda' ? 'annotated-provisional-agenda' : kind,
      header,
      list: { from, to: bodyEnd },
      annotations: { from, to: bodyEnd },
      annex,
    };
  }
  // A provisional agenda with annotations is an annotated one; an agenda (adopted, not provisional)
  // stays an agenda whatever follows it.
  if (annotationsIndex !== -1 && kind === 'provisional-agenda') kind = 'annotated-provisional-agenda';

  const listEnd = annotationsIndex !== -1 ? annotationsIndex : bodyEnd;
  const annotationsEnd = annotationsHeading ? nextSectionIndex(ctx, from, annotationsIndex, bodyEnd) : bodyEnd;
  return {
    title,
    titleFootnote: footnote,
    kind,
    header,
    list: { from, to: listEnd },
    annotations:
      annotationsIndex === -1 ? null : { from: annotationsHeading ? annotationsIndex + 1 : annotationsIndex, to: annotationsEnd },
    annex,
  };
}

/** The longest section heading after the annotations, in characters: a longer line is a paragraph. */
const MAX_SECTION_HEADING = 100;

/** A section's label: its number, and whether it is written in roman numerals, Chinese numerals or ordinal words. */
function sectionLabel(ctx: ParseContext, line: Line): { number: number; script: string } | null {
  const marker = matchNumeralItemMarker(line) ?? matchOrdinalItemMarker(line, ctx.locale);
  if (!marker) return null;
  const label = ctx.norm.text.slice(marker.labelStart, marker.labelEnd);
  return { number: marker.number, script: /^[IVX]+$/.test(label) ? 'roman' : /^[一二三四五六七八九十]+$/u.test(label) ? 'han' : 'ordinal' };
}

/**
 * Where the annotations end: at the document's next section ("I. Provisional agenda", "II.
 * Annotations to the provisional agenda", then "III. Scheduling of meetings", as UNCITRAL prints
 * them; "二、说明" then "三、会议安排"; "ثانياً - الشروح" then "ثالثاً -"), a short heading numbered as the
 * annotations' heading is, with the next number, where the list numbers its items in digits (so
 * that no item heading is numbered so). Else at `bodyEnd`: the section's paragraphs would run on
 * into the last item's annotation.
 */
function nextSectionIndex(ctx: ParseContext, listFrom: number, annotationsIndex: number, bodyEnd: number): number {
  const { lines } = ctx;
  const heading = sectionLabel(ctx, lines[annotationsIndex]!);
  if (!heading) return bodyEnd;
  let digits = false;
  for (let i = listFrom; i < annotationsIndex && !digits; i++) digits = matchItemMarker(lines[i]!, ctx.locale) !== null;
  if (!digits) return bodyEnd;
  for (let i = annotationsIndex + 1; i < bodyEnd; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (text.length === 0 || text.length > MAX_SECTION_HEADING || FINAL_PUNCTUATION.test(text)) continue;
    const label = sectionLabel(ctx, line);
    if (label && label.number === heading.number + 1 && label.script === heading.script) return i;
  }
  return bodyEnd;
}

type TitleForm = [readonly string[], DocumentKind, HeadingOptions];

/** The title forms in the order they are tried: the annotated title first, the bare "Agenda" last. */
const titleFormsOf = perLocale((locale: Locale): TitleForm[] => {
  const options = titleOptions(locale);
  const headings = locale.headings;
  return [
    [headings.annotatedTitle, 'annotated-provisional-agenda', options.specific],
    [headings.provisionalTitle, 'provisional-agenda', options.specific],
    [headings.agendaTitle, 'agenda', options.bare],
  ];
});

/** What a folded line must show to read as one of the locale's title forms. */
const titlePrefilterOf = perLocale(
  (locale: Locale) =>
    new HeadingPrefilter(
      titleFormsOf(locale).map(([forms]) => forms),
      locale.spaceless === true,
    ),
);

/** The agenda title among the first TITLE_SEARCH_LINES lines, or null. */
function findTitle(ctx: ParseContext): FoundTitle | null {
  const { lines } = ctx;
  const titleForms = titleFormsOf(ctx.locale);
  const titlePrefilter = titlePrefilterOf(ctx.locale);
  const searchEnd = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let i = 0; i < searchEnd; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // A title runs into no colon: "Provisional agenda and annotations: E/CN.7/2030/1" is an
    // entry of a list of documents. The held line run onto it may ("… To be held on 3 June 2031, at 10:00").
    const cut = /[:：]/.test(line.text) ? beforeHeldWords(ctx, line) : null;
    if (cut && /[:：]/.test(cut.text)) continue;
    // A title broken over two lines ("Provisional" / "agenda"): the two lines read as one first.
    const above = i > 0 ? lines[i - 1]! : null;
    const joined: Line | null =
      above && !isBlank(above) && above.text.trim().length <= SPLIT_TITLE_LINE && !(ctx.locale.spaceless && endsWithBodyHead(above.text))
        ? { index: i, start: above.start, end: line.end, text: ctx.norm.text.slice(above.start, line.end) }
        : null;
    // Most lines near the top read as no title form at all: told so from their folds (the
    // pair's from the two lines'), they are spared the three tables' matching.
    const foldedLine = foldLine(line.text);
    const joinedMay = joined !== null && titlePrefilter.mayMatch(foldedJoin(foldLine(above!.text), foldedLine));
    const lineMay = titlePrefilter.mayMatch(foldedLine);
    if (!joinedMay && !lineMay) continue;
    for (const whole of joined ? [joined, line] : [line]) {
      if (!(whole === joined ? joinedMay : lineMay)) continue;
      const candidate = whole === line ? (cut ?? beforeHeldWords(ctx, line)) : whole;
      const found = titleFormOf(candidate.text, titleForms, candidate === joined);
      if (found) {
        const [forms, formKind, formOptions] = found;
        // Nor does a title name a document (looked for only in a line that reads as a title:
        // symbols are dear to find).
        if (line.text.includes('/') && findDocumentSymbols(line.text).length > 0) break;
        const wrapped = candidate === line ? titleWrappedBelow(ctx, i, titleForms) : null;
        if (wrapped) {
          matchHeadingLine(ctx, wrapped.line, wrapped.form[0], 'Title', wrapped.form[2]);
          return { index: i + 1, line: wrapped.line, kind: wrapped.form[1] };
        }
        matchHeadingLine(ctx, candidate, forms, 'Title', formOptions);
        return { index: i, line: candidate, kind: formKind };
      }
    }
  }
  return null;
}

/**
 * The title's line without the meeting's held line run onto it: "Provisional agenda for the
 * sixty-fifth session To be held at the Palais des Nations, Geneva, starting at 10 a.m. on
 * Tuesday, 17 June 2031" (ECE's flat title; "… qui se tiendra …", "… que se celebrará …", "…
 * которое состоится …", "… المقرر عقدها …", "…将于…举行"). The held words end the title; the header
 * reads the date and venue from them on (heldUnderTitle). The line itself where it has none.
 */
function beforeHeldWords(ctx: ParseContext, line: Line): Line {
  const held = heldWordsAfter(line.text, 0, ctx.locale);
  if (held <= 0) return line;
  let end = held;
  while (end > 0 && /\s/.test(line.text[end - 1]!)) end--;
  return { index: line.index, start: line.start, end: line.start + end, text: line.text.slice(0, end) };
}

/** The longest second line of a title broken over two lines ("for the thirty-first session"). */
const TITLE_RUN_ON_LINE = 80;

/** Lower case opens a title's second line: "Provisional agenda and annotations" / "for the thirty-first session". */
const LOWER_CASE_START = /^\s*\p{Ll}/u;
/** The title forms read exactly, no words added. */
const exactTitleFormsOf = perLocale((locale: Locale): TitleForm[] =>
  titleFormsOf(locale).map(([forms, kind, options]) => [forms, kind, { ...options, allowSuffix: false }]),
);
/** The title forms with words added that name a session ("for the thirty-first session"). */
const sessionTitleFormsOf = perLocale((locale: Locale): TitleForm[] =>
  titleFormsOf(locale).map(([forms, kind, options]) => [forms, kind, { ...options, additionNeeds: titleOptions(locale).bare.additionNeeds }]),
);

/** A word of letters only. */
const WORD_OF_LETTERS = /^\p{L}+$/u;
/** A line in capitals: no small letter. */
const NO_SMALL_LETTER = /^[^\p{Ll}]*$/u;

/**
 * A title read from line `i` that runs on to the next line: "Provisional agenda and annotations"
 * / "for the thirty-first session", "Ordre du jour provisoire" / "de la trente et unième
 * session", "Programa provisional" / "del 31º período de sesiones", and in capitals
 * ("ANNOTATED PROVISIONAL AGENDA" / "FOR THE THIRTY-FIRST SESSION"), "Предварительная повестка
 * дня" / "тридцать первой сессии". The second line opens with a word in small letters (a new
 * line, a date, a place or a heading, opens with a capital or a digit) or in capitals under a
 * title in capitals, and runs into no colon; in Arabic, with no capitals, the session word in
 * its lām form ("للدورة السبعين"). Not in Chinese, which shows no such start.
 */
function titleWrappedBelow(ctx: ParseContext, i: number, titleForms: readonly TitleForm[]): { line: Line; form: TitleForm } | null {
  if (ctx.locale.spaceless) return null;
  const line = ctx.lines[i]!;
  const below = ctx.lines[i + 1];
  if (!below || isBlank(below) || line.text.trim().length > SPLIT_TITLE_LINE) return null;
  const belowText = below.text.trim();
  if (belowText.length > TITLE_RUN_ON_LINE || /[:：]/.test(belowText)) return null;
  // Its first word all letters: not a sub-item ("a) Adoption …").
  const firstWord = belowText.split(/\s/, 1)[0]!;
  if (!WORD_OF_LETTERS.test(firstWord)) return null;
  // Arabic prints no capitals: its title's second line opens with the session word in its lām
  // form ("جدول الأعمال المؤقت وشروحه" / "للدورة السبعين للجنة المخدرات"), as no masthead line does.
  const opens = ctx.locale.arabicMorphology
    ? lamSessionWords(ctx.locale).has(foldForMatch(firstWord))
    : LOWER_CASE_START.test(belowText) || (NO_SMALL_LETTER.test(line.text) && NO_SMALL_LETTER.test(belowText));
  if (!opens) return null;
  const joined: Line = { index: i + 1, start: line.start, end: below.end, text: ctx.norm.text.slice(line.start, below.end) };
  // The two read as a form exactly, the second line opening with a function word ("Provisional
  // agenda" / "and annotations"), or what the second line adds names the session ("for the
  // thirty-first session", "тридцать первой сессии"): a name's wrapped end under the title
  // ("on Inland Waters", "l’élimination de toutes les formes") adds none.
  const exact = foldedStopwords(ctx.locale).has(foldForMatch(firstWord)) ? titleFormOf(joined.text, exactTitleFormsOf(ctx.locale), false) : null;
  const form = exact ?? titleFormOf(joined.text, sessionTitleFormsOf(ctx.locale), false);
  // Matched with the title's own options, as a title found on one line is.
  const own = form ? titleForms.find(([, kind]) => kind === form[1])! : null;
  return own ? { line: joined, form: own } : null;
}

/** The first words of the locale's session words in their lām form ("للدورة", "للاجتماع"), folded. */
const lamSessionWords = perLocale(
  (locale: Locale) => new Set(locale.sessionWord.filter((w) => w.startsWith('لل')).map((w) => foldForMatch(w.split(' ', 1)[0]!))),
);

/** Whether a Chinese line ends with a body's head (HAN_NAME_HEADS). */
function endsWithBodyHead(text: string): boolean {
  const trimmed = text.trimEnd();
  return HAN_NAME_HEADS.some((head) => trimmed.endsWith(head));
}

/** The title form `text` reads as, or null; `joined` text (two lines read as one) is no bare "Agenda". */
function titleFormOf(text: string, titleForms: readonly TitleForm[], joined: boolean): TitleForm | null {
  // A form of a later kind printed exactly wins over a near one: "مشروع جدول الأعمال" (draft
  // agenda) is two letters from "شروح جدول الأعمال" (annotations), whose kind is tried first.
  // Not a form with words added: "جدول الأعمال المؤقت وشروطه" is the annotated title misspelt.
  let found: TitleForm | null = null;
  for (const form of titleForms) {
    const [forms, formKind, formOptions] = form;
    // Joined lines must make a form that neither makes alone.
    if (joined && formKind === 'agenda') continue;
    const match = matchHeadingText(text, forms, found ? { ...formOptions, allowSuffix: false } : formOptions);
    if (!match || (found && match.fuzzy)) continue;
    found = form;
    if (!match.fuzzy) break;
  }
  return found;
}

/**
 * The annex heading's line from line `from` on, or -1 (its fuzzy match reported). Without an
 * annex heading, a timetable headed by its own organization-of-work heading ("工作安排",
 * "Proposed organization of work") after the annotations is the annex: its rows would otherwise
 * run on into the last item's annotation.
 */
const EXACT = { exact: true } as const;
const ANNEX = { trailingNumeral: true } as const;

function findAnnex(ctx: ParseContext, from: number): number {
  const { lines } = ctx;
  const headings = ctx.locale.headings;
  const organizationOfWork: number[] = [];
  // A line longer (without its indent) than a table's headings can be is not matched against
  // it: told here, once per line, matchHeadingText's own first test spares most lines a call.
  const annexLimit = headingLineLengthLimit(headings.annex, ANNEX);
  const organizationOfWorkLimit = headingLineLengthLimit(headings.organizationOfWork, EXACT);
  const shorterLimit = Math.min(annexLimit, organizationOfWorkLimit);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    // Not trimmed when shorter than either limit: its length then says the same.
    const length = text.length <= shorterLimit ? text.length : text.trim().length;
    if (length > annexLimit && length > organizationOfWorkLimit) continue;
    if (isBlank(line)) continue;
    if (length <= annexLimit && matchHeadingText(text, headings.annex, ANNEX) && !isContentsEntry(text)) {
      matchHeadingLine(ctx, line, headings.annex, 'Annex', ANNEX);
      return i;
    }
    // Exact only, and not an item's numbered title ("2. Organization of work").
    if (length <= organizationOfWorkLimit && matchHeadingText(text, headings.organizationOfWork, EXACT) && !/^\s*\d/.test(text)) {
      organizationOfWork.push(i);
    }
  }
  return organizationOfWork.find((i) => timetableFollows(ctx, i)) ?? -1;
}

/** Non-blank lines after an organization-of-work heading within which its first row stands. */
const TIMETABLE_ROW_WITHIN = 12;

/**
 * Whether a timetable follows line `heading`: a line that starts with its hours ("10 a.m.–1
 * p.m.", "上午10时至下午1时") within a few lines. Prose under such a heading ("The Committee
 * will meet from 10 a.m. to 1 p.m.") does not start with them and stays an annotation.
 */
function timetableFollows(ctx: ParseContext, heading: number): boolean {
  const { lines } = ctx;
  let seen = 0;
  for (let i = heading + 1; i < lines.length && seen < TIMETABLE_ROW_WITHIN; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    const [first] = findTimeRanges(line.text, ctx.locale);
    if (first && line.text.slice(0, first.span.start).trim() === '') return true;
  }
  return false;
}

/** The annotations' heading in lines [from, to), or the document's title printed again above them; -1 if none. */
function annotationsHeadingIndex(ctx: ParseContext, from: number, to: number): number {
  const headings = ctx.locale.headings;
  // As in findAnnex: a line too long for a table is not matched against it.
  const titleLimit = headingLineLengthLimit(headings.annotatedTitle);
  const annotationsLimit = headingLineLengthLimit(headings.annotations);
  const shorterLimit = Math.min(titleLimit, annotationsLimit);
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    const text = line.text;
    const length = text.length <= shorterLimit ? text.length : text.trim().length;
    if (length > titleLimit && length > annotationsLimit) continue;
    if (isBlank(line)) continue;
    const again = length <= titleLimit ? matchHeadingText(text, headings.annotatedTitle) : null;
    if (again && !again.fuzzy && !isContentsEntry(text)) return i;
    if (length <= annotationsLimit && matchHeadingText(text, headings.annotations) && !isContentsEntry(text)) {
      matchHeadingLine(ctx, line, headings.annotations, 'Annotations');
      return i;
    }
  }
  return -1;
}

/**
 * The first line of lines [from, to) whose item number starts again at 1 after a higher one; -1 if
 * none. Also the first worded heading ("Item 6", "Point 6") numbered no higher than the items
 * before it, after items that carry no item word: the annotations of a meeting of States parties
 * (CEDAW/SP, CCPR/SP) may annotate only their last items, with no "Annotations" heading, and no
 * heading starts again at 1. Such a heading is alone on its line (its paragraph below) or repeats
 * the title of the list's item of its number: "Item 2. Organizational matters" after paragraphs
 * numbered 1, 2 (an annotations document whose first heading is missing) names no listed item.
 */
function numberingRestart(ctx: ParseContext, from: number, to: number, footnote: TitleFootnote | null = null): number {
  const { lines, locale } = ctx;
  // A list numbered "I.", "(1)", "أولاً" throughout: its numbers are read from its first entry,
  // and start again where the annotations repeat its entries in that form.
  const otherwiseNumbered = numberedOtherwise(ctx, from, to);
  let last = 0;
  let sawWorded = false;
  // The line of each unworded item number, to compare a worded heading's title with.
  const listed = new Map<number, { marker: ItemMarker; line: Line }>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    // "一、…", "II. …": the annotations may number their headings otherwise than the list.
    const marker =
      matchItemMarker(line, locale) ??
      (otherwiseNumbered ? matchOtherwiseNumberedItem(line, locale) : null) ??
      (last >= 1 ? (matchNumeralItemMarker(line) ?? wordedBare(line, locale)) : null);
    // "12 September 2036" under the title ("Adopted … on" above it, A/78/251) numbers nothing.
    if (!marker || isDayOfDate(marker, line, locale)) continue;
    const { number } = marker;
    if (number === 1 && last >= 1 && !printsFootnote(ctx, marker, line, footnote)) return i;
    if (marker.worded) {
      // Only the first worded marker: where item words and bare numbers alternate, the worded
      // ones are headings and the bare ones their paragraphs ("Tema 2." / "2. El programa …").
      if (!sawWorded && last >= 1 && number <= last && namesListedItem(ctx, marker, line, listed.get(number))) return i;
      sawWorded = true;
    } else if (!listed.has(number)) {
      listed.set(number, { marker, line });
    }
    if (number > last) last = number;
  }
  return -1;
}

/** Entries a list numbered otherwise than in digits prints at least, one after the other. */
const MIN_OTHERWISE_NUMBERED_RUN = 3;
/** Lines (neither blank nor a sub-item) that may stand between two such entries: a title wrapped. */
const MAX_LINES_BETWEEN_ENTRIES = 2;
/** Lines before the first entry within which the list must start: a note or footnote at most. */
const MAX_LINES_BEFORE_LIST = 6;
/** The longest title an entry of such a list has: a longer line is a section's paragraph. */
const MAX_OTHERWISE_NUMBERED_TITLE = 150;

/**
 * Whether the list of lines [from, to) numbers its entries otherwise than in digits throughout:
 * "I.", "II." (ILO, UNEP, regional commissions; French, Spanish, Russian print them too),
 * "(1)", "(2)", "一、", "二、" or the Arabic "أولاً -", "ثانياً -". The same forms number a
 * document's sections ("I. Organization of the session", "II. Annotations"), so the document
 * must show a list: the first numbered line under the list heading (or title) is entry 1 in
 * such a form, and at least MIN_OTHERWISE_NUMBERED_RUN entries follow each other in order as a
 * run of short lines, with at most a wrapped title's line or sub-items between two of them (a
 * section has paragraphs under its heading). A line numbered in digits before the run ends
 * means the list numbers in digits ("I. Introduction" / "1. The Commission …"). Reads only the
 * list's first lines, up to where the run is told. A shorter run (one or two entries) is a list
 * when it stands right under the list heading and the annotations below repeat each of its
 * entries, numbered so, as their headings (shortListRepeated): a section's heading is not
 * printed twice. A line reading as the annotations' heading ("II. Annotations") ends the run.
 */
export function numberedOtherwise(ctx: ParseContext, from: number, to: number): boolean {
  const { lines, locale } = ctx;
  let run = 0;
  let between = 0;
  let before = 0;
  // The entries' titles, for a short run to be found again in the annotations.
  const titles: string[] = [];
  const enough = (at: number) => run >= MIN_OTHERWISE_NUMBERED_RUN || (run > 0 && before === 0 && shortListRepeated(ctx, titles, at));
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // Numbered in digits: the list's own numbering, unless it is the annotations' numbered
    // paragraph after the run ("1. The session will be opened …"); a short title numbered "1."
    // under a run of "I.", "II." makes those the list's group headings.
    const digits = matchItemMarker(line, locale);
    if (digits && !isDayOfDate(digits, line, locale)) {
      return readsAsParagraph(ctx.norm.text.slice(digits.titleStart, blockEnd(ctx, i, to).end), locale) && enough(i);
    }
    const entry = matchOtherwiseNumberedItem(line, locale);
    // "I. Provisional agenda . . . . 2": a table of contents' entry, its sections no list.
    if (entry && isContentsEntry(line.text)) return false;
    const title = entry ? ctx.norm.text.slice(entry.titleStart, line.end) : '';
    if (entry && entry.number === run + 1 && line.end - entry.titleStart <= MAX_OTHERWISE_NUMBERED_TITLE && !(run > 0 && run < MIN_OTHERWISE_NUMBERED_RUN && annotationsHeadingText(title, locale))) {
      run++;
      titles.push(title);
      between = 0;
      continue;
    }
    // "II." alone on its line, its title on the next (a hanging label as extracted).
    const bare = entry ? null : matchOtherwiseNumberedItem(line, locale, true);
    const titleLine = bare && bare.number === run + 1 ? lines[i + 1] : undefined;
    if (titleLine && !isBlank(titleLine) && titleLine.text.trim().length <= MAX_OTHERWISE_NUMBERED_TITLE && !matchItemMarker(titleLine, locale)) {
      run++;
      titles.push(titleLine.text);
      between = 0;
      i++;
      continue;
    }
    // A numbered line out of order (the annotations starting again, or no list), or a paragraph
    // under an entry: the run ends.
    if (entry) return enough(i);
    if (run === 0) {
      if (++before > MAX_LINES_BEFORE_LIST) return false;
    } else if (!matchSubItemMarker(line, locale) && (++between > MAX_LINES_BETWEEN_ENTRIES || readsAsParagraph(line.text, locale))) {
      return enough(i);
    }
  }
  return enough(to);
}

/** A title reading as the annotations' heading ("Annotations", "Аннотации"): a section, not an entry. */
function annotationsHeadingText(title: string, locale: Locale): boolean {
  return title.length <= headingLineLengthLimit(locale.headings.annotations) && matchHeadingText(title, locale.headings.annotations) !== null;
}

/**
 * Whether each of a short list's entries (their `titles`, numbered 1, 2 …) is printed again, in
 * the same numbering and with the same words, on a line from `from` on (past the list's range,
 * which may end at the annotations' heading): the annotations' headings repeating the list.
 * Read once per list, and only for a short run; the scan ends at the last entry found.
 */
function shortListRepeated(ctx: ParseContext, titles: readonly string[], from: number): boolean {
  const { lines, locale } = ctx;
  let found = 0;
  for (let i = from; i < lines.length && found < titles.length; i++) {
    const line = lines[i]!;
    // "Пункт II" alone on its line, the heading's title on the next.
    // The bare form first: "Point II de l’ordre du jour provisoire :" alone would otherwise read
    // its "of the agenda" words as the title.
    const entry = matchOtherwiseNumberedItem(line, locale, true) ?? matchOtherwiseNumberedItem(line, locale);
    if (!entry || entry.number !== found + 1) continue;
    const titleLine = entry.titleStart < line.end ? line : lines[i + 1];
    if (!titleLine) break;
    const heading = ctx.norm.text.slice(titleLine === line ? entry.titleStart : titleLine.start, titleLine.end);
    if (titleSimilarity(foldForMatch(heading), foldForMatch(titles[found]!), locale) >= HEADING_SIMILARITY) found++;
  }
  return found === titles.length;
}

/** A footnote's call at a title's end, and where it starts (the title ends before it). */
export interface TitleFootnote {
  number: number;
  start: number;
}

/**
 * A footnote's call glued to a title's last small letter, or a caseless script's letter
 * ("Provisional agenda1", "Ordre du jour provisoire1", "临时议程1": a superscript the extraction set
 * on the line); "COP29" and "Agenda 2030" keep theirs.
 */
const GLUED_TITLE_CALL = /[\p{Ll}\p{Lo}](\d{1,2})$/u;
/** The call set after a space, as other extractions print the superscript: "Provisional agenda 1". */
const SPACED_TITLE_CALL = /[\p{L}\p{M}][ \t\u00a0](\d{1,2})$/u;
/** How much of a title's end is read for a call: a letter, a space, two digits. */
const TITLE_CALL_TAIL = 4;
/** A line opening with a number and, with no stop or bracket between, a word: a footnote's ("1 The annotations …"). */
const FOOTNOTE_LINE = /^[ \t]*(\d{1,2})[ \t]*\p{L}/u;

/**
 * The footnote's call at the end of the title read from line `index`, or null. Glued to a small
 * letter it is one (see GLUED_TITLE_CALL). After a space it is one when it is 1 (no title form
 * takes a number, and the title is the first text to carry a footnote: a masthead's is "*"), or
 * when the document prints its footnote: a line opening with that number and a word ("2 The
 * annotations …") that no line numbered so with the number before it precedes, as in a list
 * printed "1 Opening …", "2 Adoption …".
 */
function titleFootnote(ctx: ParseContext, index: number, title: Line): TitleFootnote | null {
  const text = ctx.norm.text;
  let end = title.end;
  while (end > title.start && /\s/u.test(text[end - 1]!)) end--;
  const tail = text.slice(Math.max(title.start, end - TITLE_CALL_TAIL), end);
  const glued = GLUED_TITLE_CALL.exec(tail);
  const call = glued ?? SPACED_TITLE_CALL.exec(tail);
  if (!call || Number(call[1]) === 0) return null;
  const number = Number(call[1]);
  const footnote = { number, start: end - call[1]!.length };
  if (glued || number === 1) return footnote;
  let before = false;
  for (let i = index + 1; i < ctx.lines.length; i++) {
    const m = FOOTNOTE_LINE.exec(ctx.lines[i]!.text);
    if (!m) continue;
    if (Number(m[1]) === number - 1) before = true;
    else if (Number(m[1]) === number) return before ? null : footnote;
  }
  return null;
}

/**
 * Whether a line numbered 1 after the list is the title's footnote printed at the foot ("1 The
 * annotations to the provisional agenda will be issued as …"), not the annotations starting
 * again: the title calls footnote 1, no stop or bracket follows the number, and the line ends a
 * sentence.
 */
function printsFootnote(ctx: ParseContext, marker: ItemMarker, line: Line, footnote: TitleFootnote | null): boolean {
  if (!footnote || footnote.number !== marker.number || marker.worded) return false;
  const between = ctx.norm.text.slice(marker.labelEnd, marker.titleStart);
  return between.trim() === '' && SENTENCE_END.test(line.text);
}

/** Characters a note's numbered paragraph has at least: a list's items are mostly shorter. */
const MIN_NOTE_PARAGRAPH = 80;
/** The same in a spaceless script, whose sentences take fewer characters. */
const MIN_SPACELESS_NOTE_PARAGRAPH = 30;

/** Text that reads as a paragraph rather than a title: a sentence of MIN_NOTE_PARAGRAPH characters or more. */
export function readsAsParagraph(text: string, locale: Locale): boolean {
  const least = locale.spaceless ? MIN_SPACELESS_NOTE_PARAGRAPH : MIN_NOTE_PARAGRAPH;
  return text.trim().length >= least && SENTENCE_END.test(text);
}

/**
 * Whether the numbered lines of [from, restart) are a note's paragraphs rather than the list the
 * numbering at `restart` annotates: each runs on for a sentence of MIN_NOTE_PARAGRAPH characters
 * or more, and the first numbered line from `restart` on does not repeat the first one's words
 * as an annotation's heading repeats its item's title. The General Assembly's preliminary list
 * (A/…/50) prints "Note by the Secretary-General", its paragraphs 1-3, then the items from 1.
 */
function noteParagraphsBefore(ctx: ParseContext, from: number, restart: number, to: number): boolean {
  const { lines, locale } = ctx;
  // A numbered line, not a date's day wrapped to the start of one ("on Tuesday," / "9 September 2036").
  const numbered = (line: Line) => {
    const marker = matchItemMarker(line, locale);
    return marker && !isDayOfDate(marker, line, locale) ? marker : null;
  };
  let first: string | null = null;
  for (let i = from; i < restart; i++) {
    const marker = numbered(lines[i]!);
    if (!marker) continue;
    // The paragraph: its lines up to a blank line or the next numbered line.
    let last = i;
    while (last + 1 < restart && !isBlank(lines[last + 1]!) && !numbered(lines[last + 1]!)) last++;
    const paragraph = ctx.norm.text.slice(marker.titleStart, lines[last]!.end);
    if (!readsAsParagraph(paragraph, locale)) return false;
    first ??= paragraph;
    i = last;
  }
  if (first === null) return false;
  const restarted = matchItemMarker(lines[restart]!, locale);
  // "POINT 1. OUVERTURE DE LA RÉUNION" after an introduction's paragraphs heads annotations.
  if (!restarted || restarted.worded || restart >= to) return false;
  const heading = ctx.norm.text.slice(restarted.titleStart, lines[restart]!.end);
  return titleSimilarity(foldForMatch(heading), foldForMatch(first), locale) < HEADING_SIMILARITY;
}

/** "Item 6" alone on its line (the item word printed): an annotation's heading, its text below. */
function wordedBare(line: Line, locale: Locale): ItemMarker | null {
  const bare = matchBareItemMarker(line, locale);
  return bare?.worded ? bare : null;
}

/** A worded heading on `line` is alone, or its title reads as the listed item's of its number. */
function namesListedItem(ctx: ParseContext, marker: ItemMarker, line: Line, listed: { marker: ItemMarker; line: Line } | undefined): boolean {
  if (!listed) return false;
  const title = ctx.norm.text.slice(marker.titleStart, line.end);
  if (title.trim() === '') return true;
  const listedTitle = ctx.norm.text.slice(listed.marker.titleStart, listed.line.end);
  return titleSimilarity(foldForMatch(title), foldForMatch(listedTitle), ctx.locale) >= HEADING_SIMILARITY;
}

/** A worded item heading ("Item 1. Opening", "Tema 1.", or "Пункт 1" with its title on the next line) and its title. */
export interface WordedHeading {
  index: number;
  marker: ItemMarker;
  /** The line the title is on: the heading's own, or the next one. */
  titleLine: Line;
  /** Where the title ends before the line's end: a bracketed reference to the item after it ("… (item 1 of the provisional agenda)"). */
  titleEnd?: number;
}

/**
 * The worded item headings of lines [from, to), numbered 1, 2, 3 … in order; others are skipped.
 * A heading alone on its line takes its title from the next line.
 */
export function wordedHeadings(ctx: ParseContext, from: number, to: number): WordedHeading[] {
  const found: WordedHeading[] = [];
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) continue;
    const bare = matchBareItemMarker(line, ctx.locale);
    if (bare?.worded && bare.number === found.length + 1) {
      const next = ctx.lines.slice(i + 1, Math.min(to, i + 3)).find((l) => !isBlank(l));
      if (next && !matchItemMarker(next, ctx.locale)) found.push({ index: i, marker: { ...bare, titleStart: next.start }, titleLine: next });
      continue;
    }
    const marker = matchItemMarker(line, ctx.locale);
    if (marker?.worded && marker.number === found.length + 1) {
      found.push({ index: i, marker, titleLine: line });
      continue;
    }
    // "I. Opening of the meeting (item 1 of the provisional agenda)": a section heading naming its
    // item, after a blank line as headings stand; a sub-item's ("(item 2 (a) …)") is read under its item.
    const reference = marker ? null : referenceHeading(ctx, i, from);
    if (reference && reference.letterIndex === null && reference.number === found.length + 1) {
      const { number, labelStart, labelEnd, titleStart, bracketStart } = reference;
      const referenced: ItemMarker = { kind: 'item', number, labelStart, labelEnd, start: titleStart, titleStart, worded: true };
      found.push({ index: i, marker: referenced, titleLine: line, titleEnd: bracketStart });
    }
  }
  return found;
}

/**
 * Line `i` as a section heading naming its item in brackets (see matchItemReference), standing
 * at `from`, after a blank line, or under a line that ended (a paragraph's stop, the heading
 * above's bracket: extractions that drop blank lines print it so); not a paragraph's wrapped line.
 */
export function referenceHeading(ctx: ParseContext, i: number, from: number): ItemReference | null {
  const line = ctx.lines[i]!;
  // Run for every line: most hold no bracket, told before the line above is tested (as matchItemReference does).
  if (!line.text.includes('(') && !line.text.includes('（')) return null;
  const above = i > from ? ctx.lines[i - 1]! : null;
  if (above && !isBlank(above) && !FINAL_PUNCTUATION.test(above.text)) return null;
  return matchItemReference(line, ctx.locale);
}

/** The longest title a plain-numbered heading of an annotations document has, in characters. */
const MAX_NUMBERED_HEADING = 150;
/** How far a heading's number may run ahead of the last one's: a skipped item or two, as in the list. */
const MAX_HEADING_GAP = 3;

/**
 * The plain-numbered item headings of an annotations document without a list and without worded
 * headings ("1. Opening of the session", "١- المسائل التنظيمية", "一、会议开幕"), numbered up from
 * 1 or a little above, gaps of up to MAX_HEADING_GAP - 1 tolerated. A heading is a line of its own
 * (the paragraph before it ended), short and with no final punctuation: the annotations' numbered
 * paragraphs ("1. The Commission will have before it …") end in a full stop, and so does a short
 * one. Roman numerals number sections ("II. Annotations"), not items, and are not read here.
 * Gaps are reported (ITEM_NUMBER_GAP) by the items stage that takes them.
 */
export function numberedHeadings(ctx: ParseContext, from: number, to: number, wholeBlocks = false): WordedHeading[] {
  const found: WordedHeading[] = [];
  let last = 0;
  let previous: Line | null = null;
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) continue;
    const after = previous === null || previous.index < i - 1 || FINAL_PUNCTUATION.test(previous.text);
    previous = line;
    if (!after) continue;
    const marker = matchItemMarker(line, ctx.locale) ?? hanNumeralMarker(line);
    if (!marker || marker.worded || marker.number <= last || marker.number > last + MAX_HEADING_GAP) continue;
    // Read as a block, a heading is its lines up to a blank or numbered line: a paragraph's first
    // line, wrapped ("2. The provisional agenda was prepared in accordance with the" / "rules of
    // procedure."), ends in no stop, but its block does.
    const end = wholeBlocks ? blockEnd(ctx, i, to) : line;
    const title = trimFieldSpan(ctx, { start: marker.titleStart, end: end.end }, true);
    if (title.end <= title.start || title.end - title.start > MAX_NUMBERED_HEADING || FINAL_PUNCTUATION.test(end.text)) continue;
    found.push({ index: i, marker, titleLine: line });
    last = marker.number;
  }
  // One numbered line alone is a paragraph or a note, not the items of an agenda.
  if (found.length < 2) return [];
  return found;
}

/** The last line of the block line `i` starts: the lines up to a blank line or a numbered one. */
function blockEnd(ctx: ParseContext, i: number, to: number): Line {
  const { lines, locale } = ctx;
  let last = i;
  while (last + 1 < to && !isBlank(lines[last + 1]!) && !matchItemMarker(lines[last + 1]!, locale)) last++;
  return lines[last]!;
}

/** "一、…": a heading numbered in Chinese numerals (the roman "II." numbers sections). */
function hanNumeralMarker(line: Line): ItemMarker | null {
  const marker = matchNumeralItemMarker(line);
  return marker && !/[IVX]/.test(line.text.slice(marker.labelStart - line.start, marker.labelEnd - line.start)) ? marker : null;
}

/**
 * The items of an annotated agenda printed without its list and without an "Annotations" heading,
 * each item a plain-numbered heading among the annotation's numbered paragraphs ("1. Opening of
 * the session" / "1. The session will be opened …" / "2. Adoption of the agenda" / "2. The
 * provisional agenda …"), or null. The numbering then starts again (at `restart`) at the first
 * item's first paragraph, not at the annotations: that line is a paragraph (a sentence of
 * MIN_NOTE_PARAGRAPH characters or more, ending in a stop), plain-numbered headings (short, no
 * final stop, numbered in sequence: numberedHeadings) go on after it, and some line stands
 * between each two of them, where a list's items follow each other (or their sub-items).
 */
function headingsAmongParagraphs(ctx: ParseContext, from: number, restart: number, to: number): WordedHeading[] | null {
  const { lines, locale } = ctx;
  const restarted = matchItemMarker(lines[restart]!, locale);
  if (!restarted || restarted.worded) return null;
  const paragraph = ctx.norm.text.slice(restarted.titleStart, blockEnd(ctx, restart, to).end);
  if (!SENTENCE_END.test(paragraph)) return null;
  const headings = numberedHeadings(ctx, from, to, true);
  // The first item's heading stands over the paragraph, and more go on after it.
  if (headings.length === 0 || headings[0]!.index > restart || !headings.some((h) => h.index > restart)) return null;
  // A shorter first paragraph ("1. The session will be opened on 9 March 2026.") is one still
  // when it is a sentence of an annotation's length (an item's title with its stop, "1. Opening
  // of the session.", is shorter) that does not repeat the heading over it, as a list's item
  // repeated under it as a heading would.
  if (!readsAsParagraph(paragraph, locale)) {
    if (paragraph.trim().length < (locale.spaceless ? MIN_SPACELESS_IN_PLACE_PARAGRAPH : MIN_IN_PLACE_PARAGRAPH)) return null;
    const first = headings[0]!;
    const heading = ctx.norm.text.slice(first.marker.titleStart, first.titleLine.end);
    if (titleSimilarity(foldForMatch(paragraph), foldForMatch(heading), locale) >= HEADING_SIMILARITY) return null;
  }
  for (let h = 1; h < headings.length; h++) {
    let between = false;
    for (let i = headings[h - 1]!.index + 1; i < headings[h]!.index && !between; i++) {
      between = !isBlank(lines[i]!) && !matchSubItemMarker(lines[i]!, locale);
    }
    if (!between) return null;
  }
  return headings;
}

/**
 * An annotations document (the "Add.1" of an agenda, or one whose list stands in an annex) has no
 * list: its items are its worded headings ("POINT 1. OUVERTURE …", "Tema 1.", "Пункт 1"), and the
 * numbered lines before them are paragraphs ("1. Le Groupe de travail a été créé …"). It is one
 * when such headings follow each other from 1 without starting again (a worded list followed by
 * worded annotations would), and no numbered line before them names the same item. Returns the
 * headings, which the items stage takes as read here, or null where the part has a list.
 */
function listlessHeadings(ctx: ParseContext, from: number, to: number): WordedHeading[] | null {
  const headings = wordedHeadings(ctx, from, to);
  if (headings.length < 2) return null;
  for (let i = headings[0]!.index + 1; i < to; i++) {
    const line = ctx.lines[i]!;
    const marker = matchItemMarker(line, ctx.locale) ?? matchBareItemMarker(line, ctx.locale);
    if (marker?.worded && marker.number === 1) return null;
  }
  const titleOf = (marker: ItemMarker, line: Line) => foldForMatch(ctx.norm.text.slice(marker.titleStart, line.end));
  for (let i = from; i < headings[0]!.index; i++) {
    const line = ctx.lines[i]!;
    const marker = matchItemMarker(line, ctx.locale);
    const heading = marker && headings.find((h) => h.marker.number === marker.number);
    if (marker && heading && titleSimilarity(titleOf(marker, line), titleOf(heading.marker, heading.titleLine), ctx.locale) >= HEADING_SIMILARITY) {
      return null;
    }
  }
  return headings;
}

/** Characters an annotation's paragraph has at least: a shorter line may be a title's wrapped end. */
const MIN_IN_PLACE_PARAGRAPH = 40;
/** The same in a spaceless script, whose sentences take fewer characters. */
const MIN_SPACELESS_IN_PLACE_PARAGRAPH = 15;
/** A paragraph's first line: it starts as a sentence (not in lower case, as a wrapped title's end does). */
const SENTENCE_START = /^\s*[^\s\p{Ll}]/u;

/**
 * A list annotated in place: a documentation list ("Documentation: E/ICEF/2025/3", or the heading
 * alone) stands between two numbered items, and the numbers only go up. A plain list holds no
 * documentation; one that a list of documents merely follows has none between its items; a
 * list followed by annotations whose heading is missing numbers its items twice. Under a title
 * that says the agenda is annotated ("Projet d'ordre du jour annoté", ECA), a paragraph between
 * two items is as good a sign: a sentence, apart from the title above it by a blank line.
 */
function annotatedInPlace(ctx: ParseContext, from: number, to: number, annotatedTitle: boolean): boolean {
  const { lines } = ctx;
  let lastNumber = 0;
  let documentationAfterItem = false;
  let documentationBetween = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const marker = matchItemMarker(line, ctx.locale);
    if (marker) {
      if (marker.number <= lastNumber) return false;
      lastNumber = marker.number;
      documentationBetween ||= documentationAfterItem;
    } else if (lastNumber > 0 && !documentationAfterItem) {
      // The heading alone stands after a blank line and ends in no full stop: "its\n documentation."
      // ends a wrapped title.
      const documentation = documentationLine(line, ctx.locale);
      documentationAfterItem =
        documentation !== null && (documentation.entry !== null || (isBlank(lines[i - 1]!) && !/[.;؛。]\s*$/u.test(line.text)));
      if (!documentationAfterItem && annotatedTitle && isBlank(lines[i - 1]!) && !matchSubItemMarker(line, ctx.locale)) {
        documentationAfterItem = isParagraph(ctx, i, to);
      }
    }
  }
  return documentationBetween;
}

/** Lines [i, …) up to the next blank line make a sentence of MIN_IN_PLACE_PARAGRAPH characters or more. */
export function isParagraph(ctx: ParseContext, i: number, to: number): boolean {
  const { lines } = ctx;
  if (!SENTENCE_START.test(lines[i]!.text)) return false;
  let last = i;
  while (last + 1 < to && !isBlank(lines[last + 1]!)) last++;
  const least = ctx.locale.spaceless ? MIN_SPACELESS_IN_PLACE_PARAGRAPH : MIN_IN_PLACE_PARAGRAPH;
  return lines[last]!.end - lines[i]!.start >= least && SENTENCE_END.test(lines[last]!.text);
}

/** One array per locale: matchHeadingText folds a table once per array it is given. */
const listHeadingForms = perLocale((locale: Locale) => [...locale.headings.provisionalTitle, ...locale.headings.agendaTitle]);

/** The line after the list's own heading ("Provisional agenda", "I. Agenda"), if one stands before the annotations. */
function listHeading(ctx: ParseContext, from: number, to: number): number | null {
  const { headings } = ctx.locale;
  const forms = listHeadingForms(ctx.locale);
  // As in findAnnex: a line too long for a table is not matched against it.
  const annotationsLimit = headingLineLengthLimit(headings.annotations);
  const listLimit = headingLineLengthLimit(forms);
  const shorterLimit = Math.min(annotationsLimit, listLimit);
  for (let i = from; i < to; i++) {
    const line = ctx.lines[i]!;
    const text = line.text;
    const length = text.length <= shorterLimit ? text.length : text.trim().length;
    if (length > annotationsLimit && length > listLimit) continue;
    if (isBlank(line)) continue;
    // The table of contents' entries ("I. Provisional agenda ……") name the sections below.
    if (length <= annotationsLimit && matchHeadingText(text, headings.annotations) && !isContentsEntry(text)) return null;
    const match = length <= listLimit ? matchHeadingText(text, forms) : null;
    if (match && !match.fuzzy && !isContentsEntry(text)) return i + 1;
  }
  return null;
}
