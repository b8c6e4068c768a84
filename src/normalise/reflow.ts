/**
 * Line breaks restored in a text that has lost them.
 *
 * Some extractions and web hosts keep a page as one long paragraph (or a few): masthead, title,
 * list and annotations run together on one line ("… Original: English Committee on X Fourth
 * session … Provisional agenda 1. Opening of the session. 2. Adoption of the agenda. …
 * Annotations 1. Opening of the session The session will be opened …"). Every later stage reads
 * lines, so such a text would give no title and no items. This step puts back the breaks the
 * structure needs, and nothing else:
 *  - before an item number ("2.", "١-", "Item 3", "Tema 3") after a sentence end or where it is
 *    the next number after the previous entry's ("1. Opening of the session 2. Adoption …");
 *  - before a sub-item letter ("(b)", "b)", "(ب)") after a sentence end, a colon or semicolon,
 *    or where it is the next letter after the previous sub-item (or "(a)" right after an item);
 *  - before and after a heading the locale tables know (agenda titles, annotations, annex,
 *    organization of work, documentation), printed as the table prints it (capital and all) and
 *    followed by what a heading is followed by (not by a lower-case word: "Documents submitted
 *    to the session" is a sentence);
 *  - around masthead fields the masthead tables can tell: "Distr.: General", "Original: English"
 *    and the "Item 2 of the provisional agenda" line;
 *  - in the masthead, between the fields and the title, where the masthead tables tell a line's
 *    start (see `mastheadLineStarts`): before the session ("Third session"), before a meeting
 *    place followed by its date ("Vienna, 27 January 2010"), and between two bodies' names where
 *    the next opens with a head word ("… Organized Crime Working Group on …").
 *
 * A break replaces the white space before the entry, so every offset stays as it was and spans
 * stay exact; where none was printed (Chinese "…工作安排。2. 证人…"), a "\n" is inserted and maps
 * to an empty source range just before the next character.
 *
 * It runs ONLY on a text that shows it has lost its breaks (see `hasLostLineBreaks`): a text
 * with its line breaks is returned as it is, the same object.
 */
import { sessionPhraseIn } from '../extract/header.js';
import {
  HAN_BODY_HEADS,
  HELD_VENUE_SPACELESS,
  HELD_WORDS,
  MEETING_PLACES,
  NAME_LINK_WORDS,
  NAME_OPENERS,
  NAME_OPENERS_BEFORE_SMALL_WORD,
  NAME_PREMODIFIERS,
} from '../locales/masthead.js';
import { alternation, escapeRegex, LETTER, perLocale } from '../locales/patterns.js';
import { foldForMatch } from './fold.js';
import type { Locale } from '../locales/types.js';
import type { NormalisedText } from './normalise.js';

/**
 * Measured on the 18 golden fixtures and ~390 probe documents (PDF and text, six languages): the
 * longest line of any is 695 characters (an annotation paragraph), and the text per line (its
 * length over its line count, blank lines included) is at most 215. A text whose lines average
 * LOST_BREAKS_MEAN or more, with a line of LOST_BREAKS_LINE or more, has lost its breaks: a page
 * run together on one line is a short agenda's 400 characters at the least, and much more with
 * a masthead and annotations.
 */
const LOST_BREAKS_MEAN = 300;
const LOST_BREAKS_LINE = 400;

/** True when the text's line breaks have been lost (one pass over the text's line breaks). */
export function hasLostLineBreaks(text: string, spaceless = false): boolean {
  // Chinese says in a character what takes a word of five elsewhere; its lines (and pages) are
  // shorter in characters by half at least.
  const lineLength = spaceless ? LOST_BREAKS_LINE / 2 : LOST_BREAKS_LINE;
  const meanLength = spaceless ? LOST_BREAKS_MEAN / 2 : LOST_BREAKS_MEAN;
  if (text.length < lineLength) return false;
  let lines = 1;
  let longest = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines++;
    if (i - lineStart > longest) longest = i - lineStart;
    lineStart = i + 1;
  }
  if (text.length - lineStart > longest) longest = text.length - lineStart;
  return longest >= lineLength && text.length / lines >= meanLength;
}

/** Separators between an item number and its title, as the list markers read them (segment/markers.ts). */
const SEPARATOR = '[-.)–:．、：]';

/**
 * Punctuation a run-together text may print an entry right after, without a space: the full
 * stops, commas and brackets of Chinese (and full-width) text.
 */
const GLUED_AFTER = '。；：，、！？）】';

/** What ends a sentence, a list's lead-in or an entry: an entry may start after it. */
const SENTENCE_END = new Set(['.', ';', ':', '!', '?', '؟', '؛', '。', '；', '：', '！', '？', '．', '…']);

/** A title starts with a capital, or a letter of a script without capitals (Arabic, Han). */
const TITLE_START = /[\p{Lu}\u0600-\u06FF\u3400-\u9FFF\uF900-\uFAFF«“"(（]/u;

/**
 * The candidates, one global pattern per locale: where an entry may start. Each alternative is a
 * bounded run of literal words, digits and single characters, so the scan is linear; the
 * decision to break is taken in code from what stands before the candidate.
 */
const candidatePattern = perLocale((locale) => {
  const itemWord = alternation(locale.itemWord, { ...locale, spaceless: false });
  const ofAgenda = locale.itemOfAgenda?.length ? alternation(locale.itemOfAgenda, { ...locale, spaceless: false }) : null;
  const h = locale.headings;
  const headings = alternation(
    [...h.annotatedTitle, ...h.provisionalTitle, ...h.agendaTitle, ...h.annotations, ...h.annex, ...h.organizationOfWork, ...h.documentation, ...(h.itemAnnotation ?? [])],
    { ...locale, spaceless: false },
  );
  const segmentWords = locale.spaceless ? [] : (h.segment?.last ?? []);
  const segmentLast = segmentWords.length ? alternation(segmentWords, locale) : null;
  const letters = [...new Set([...locale.subItemLetters, ...'abcdefghijklmnopqrstuvwxyz'])].join('');
  return new RegExp(
    // Where a candidate may start: the text's start, white space, or Chinese punctuation.
    `(?<=^|[\\s${GLUED_AFTER}*#])(?:` +
      // An item: "Item 3 of the provisional agenda" (a masthead line), "Item 3", "2.", "- 2 -".
      `(?<item>(?<bullet>-[ ]?)?(?:(?<word>${itemWord})[ ]?)?(?<number>\\d{1,3})` +
      `(?:[ \\t]+(?<ofAgenda>${ofAgenda ?? '(?!)'})|[ \\t]?(?<separator>${SEPARATOR})[ \\t]?|(?=[ \\t]))(?![\\d/]))` +
      // A sub-item: "(a)", "（b）", "b)".
      `|(?<sub>(?:[(（][ ]?(?<bracketed>[${letters}])[ ]?[)）]|(?<closed>[${letters}])[)）]))` +
      // A heading of the locale's tables.
      `|(?<heading>${headings})(?![${LETTER}])` +
      // A segment's heading closed by its word, of one capitalised word before it: "UNDP segment".
      `${segmentLast ? `|(?<segment>[A-ZА-ЯЁ][${LETTER}-]{0,24}[ ]${segmentLast})(?![${LETTER}])` : ''}` +
      // Masthead fields: "Distr.: General", "Original: English" (printed in English or the document's language).
      `|(?<distr>Distr\\.|التوزيع)|(?<original>Original)[ ]?:` +
      `)`,
    'gu',
  );
});

/** The language name after "Original:" (one word), so that the line breaks after it. */
const LANGUAGE_WORD = /^[ ]?[^\s]{2,20}/u;

/** A title's end: a full stop or semicolon before white space (Arabic "؛" too; Chinese: its own stops). */
const TITLE_END = /[.;؛。；](?=[ \t])|[。；]/g;

/** What ends a title but is no part of it: its stop, colon, footnote mark and spaces (one character; Arabic "؛" and "،" too). */
const TITLE_TAIL = /[\s.;؛:,،*。；：，]/;

/** How far an entry's title may run before its sentence end: further, it is no title. */
const TITLE_REACH = 400;

/** How far back a candidate looks for the end of the sentence before it (white space only). */
const LOOK_BACK = 8;

/** A sub-item follows its item or the previous sub-item within this many characters. */
const SUB_ITEM_REACH = 400;

/** Bullets and markup an entry or heading may be printed after: "- 1.", "**1. …**", "## Annotations". */
const BULLET = /[-–•*#>]/;

/**
 * Where an entry's line starts: back over the bullets and markup printed before it (at most
 * LOOK_BACK characters), when white space or the text's start stands before them.
 */
function bulletStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < LOOK_BACK && (text[i - 1] === ' ' || BULLET.test(text[i - 1]!))) i--;
  while (i < at && text[i] === ' ') i++;
  if (i === at || !BULLET.test(text[i]!)) return at;
  return i === 0 || /\s/.test(text[i - 1]!) ? i : at;
}

/** Past at most LOOK_BACK spaces: a run-together text keeps a column's padding ("1.   Opening"). */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < at + LOOK_BACK && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** A heading of the locale's tables at a position, for a heading printed right after another. */
const headingAt = perLocale((locale) => {
  const h = locale.headings;
  return new RegExp(alternation([...h.annotatedTitle, ...h.provisionalTitle, ...h.agendaTitle, ...h.annotations], { ...locale, spaceless: false }), 'uy');
});

/**
 * A section's number in the locale's ordinal words before a heading, at a position: Arabic
 * "أولاً- جدول الأعمال المؤقت", "ثانياً - الشروح" (English "I. Provisional agenda"). Null without
 * such words.
 */
const sectionOrdinalAt = perLocale((locale) =>
  locale.listOrdinals?.length ? new RegExp(`${alternation(locale.listOrdinals, { ...locale, spaceless: false })}[ \t]?[-–.][ \t]?`, 'uy') : null,
);

/** How far the rest of a heading may run before the list's first item (a word or two). */
const HEADING_TAIL = 24;
/** The list's first item: "1.", "١-", "- ١ ", "1、" after white space. */
const FIRST_ITEM_SOON = /(?:^|\s)(?:-[ ]?)?1(?:[ ]?[-.)、：:][ ]?|[ ])/;

/** How far after a documentation heading a caseless script's document line shows its symbol. */
const SYMBOL_REACH = 200;

/**
 * Does a heading's wording, found in running text, stand as a heading? It does when a number,
 * a bracket or the end follows it ("Annotations 1.", "临时议程 1."). In a cased script, a
 * capital must follow (a lower-case word makes it a sentence: "Documents submitted …", "the
 * 2030 Agenda for …"). Arabic and Chinese print no capitals: there another heading must follow
 * ("临时议程和说明 临时议程"), or, for a document line after a sentence's end, a symbol soon.
 */
function headingStandsAlone(text: string, followingAt: number, afterEnd: boolean, locale: Locale): boolean {
  const following = text[followingAt] ?? '';
  if (following === '' || following === '\n' || /[\d(（]/.test(following) || BULLET.test(following)) return true;
  if (!(locale.arabicMorphology || locale.spaceless)) return TITLE_START.test(following);
  const heading = headingAt(locale);
  heading.lastIndex = followingAt;
  if (heading.test(text)) return true;
  // Or the next heading with its section's ordinal word before it ("جدول الأعمال المؤقت وشروحه
  // أولاً- جدول الأعمال المؤقت"), as a capital follows in a cased script ("… and annotations I. …").
  const ordinal = sectionOrdinalAt(locale);
  if (ordinal) {
    ordinal.lastIndex = followingAt;
    const numbered = ordinal.exec(text);
    if (numbered) {
      heading.lastIndex = followingAt + numbered[0].length;
      if (heading.test(text)) return true;
    }
  }
  return afterEnd && text.slice(followingAt, followingAt + SYMBOL_REACH).includes('/');
}

/**
 * How far after a title's heading its words may run before the held words ("Provisional agenda
 * for the second meeting of the Working Group on … To be held"): a title's length at most.
 */
const HELD_AFTER_TITLE_REACH = 200;
/** How far a held line runs to its date's year ("To be held at the Palais des Nations, Geneva, on 15 September 2010"). */
const HELD_LINE_REACH = 160;
/** What no title runs over: a sentence's end, or a colon (a title runs into none). */
const HELD_TITLE_STOP = new Set(['.', ';', ':', '。', '；', '：', '\n']);
/** The held words folded (header.ts reads the line they open): compared as the words of a line start with them. */
const FOLDED_HELD_WORDS = HELD_WORDS.map((w) => foldForMatch(w));
/** The longest held words, in characters: how much of the text is folded at a word's start. */
const HELD_WORDS_LONGEST = Math.max(...HELD_WORDS.map((w) => w.length)) + 2;

/**
 * Where the held words start after a title's heading, on the title's own run of words, or -1:
 * "Provisional agenda for the second meeting To be held at the Palais des Nations, Geneva, on 15
 * September 2010" (ECE), "… de la deuxième réunion qui se tiendra …", "… que se celebrará …",
 * "… которое состоится …", "… المقرر عقدها …", "… 将于…举行". Such words open the meeting's date
 * and venue line, printed under the title; run onto it, they end it. Read from `from` over at
 * most HELD_AFTER_TITLE_REACH characters, to the first sentence end; the held words are looked
 * for at each word's start (in Chinese, at each character), folded a few characters at a time.
 */
export function heldWordsAfter(text: string, from: number, locale: Locale): number {
  const end = Math.min(text.length, from + HELD_AFTER_TITLE_REACH);
  for (let i = from; i < end; i++) {
    const ch = text[i]!;
    if (HELD_TITLE_STOP.has(ch)) return -1;
    if (!locale.spaceless && (i === from || !/\s/.test(text[i - 1]!))) continue;
    if (/\s/.test(ch)) continue;
    const folded = `${foldForMatch(text.slice(i, i + HELD_WORDS_LONGEST))} `;
    if (FOLDED_HELD_WORDS.some((w) => folded.startsWith(locale.spaceless ? w : `${w} `))) return i;
  }
  return -1;
}

/**
 * Where a held line starting at `from` ends, as the break to make there, or null: after its
 * date's year (with "года"), where no comma follows (", at 10 a.m." is still its own); in
 * Chinese after the "举行" that closes it.
 */
function heldLineEnd(text: string, from: number, locale: Locale): { at: number; insert: boolean } | null {
  const window = text.slice(from, from + HELD_LINE_REACH);
  let end: number;
  if (locale.spaceless) {
    const closing = window.indexOf(HELD_VENUE_SPACELESS.after);
    if (closing < 0) return null;
    end = from + closing + HELD_VENUE_SPACELESS.after.length;
  } else {
    MEETING_YEAR.lastIndex = 0;
    const year = MEETING_YEAR.exec(window);
    if (!year) return null;
    end = from + year.index + year[0].length;
  }
  if (end >= text.length) return null;
  const next = skipSpaces(text, end);
  if (next >= text.length || /[,،，\n]/.test(text[next]!)) return null;
  if (text[end] === ' ' || text[end] === '\t') return { at: end, insert: false };
  return locale.spaceless ? { at: end, insert: true } : null;
}

/** How far into a text its masthead may run: a masthead's fields and names are a few hundred characters. */
const MASTHEAD_REACH = 2000;

/**
 * How far past the masthead's end a place, a name's head or a year starting before it may run,
 * with what its pattern reads after it ("Вспомогательный орган", "Vienna , 2", "2010 года", the
 * spaces before the title): a few dozen characters at most.
 */
const MASTHEAD_SCAN_SLACK = 64;

/** How far after a place its date starts ("Vienna, 27", "Женева, 25", "جنيف، 14"): a comma, perhaps spaced. */
const PLACE_THEN_DATE = '(?=[ ]?[,،，][ ]?\\d)';

/** The masthead's patterns, built once per locale: places followed by a date, and the words that open a body's name. */
const mastheadPatterns = perLocale((locale: Locale) => {
  const longestFirst = (phrases: readonly string[]) => [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  return {
    place: new RegExp(`(?<=^|[\\s*#])(?:${longestFirst(MEETING_PLACES)})${PLACE_THEN_DATE}`, 'gu'),
    // Printed as the table prints them, capital and all: "working group on" in a sentence is none.
    // The French bare heads only before a word in small letters, within a few spaces.
    opener: new RegExp(
      `(?<=\\s)(?:(?:${longestFirst(NAME_OPENERS)})(?![${LETTER}])|(?:${longestFirst(NAME_OPENERS_BEFORE_SMALL_WORD)})(?=[^\\S\\n]{1,4}\\p{Ll}))`,
      'gu',
    ),
    // A head after these is inside the name: "…des Parties agissant comme Réunion des Parties…".
    functionWords: new Set([...locale.stopwords.map((w) => foldForMatch(w)), ...NAME_LINK_WORDS]),
    // A meeting numbered in its name prints its ordinal, capitalised, before the head ("Décima
    // Conferencia de…", "Onzième Réunion des Parties", "Vigésima Quinta Reunión"): it belongs to
    // the name the head opens, as the premodifiers do. Folded.
    ordinals: new Set([...Object.keys(locale.ordinals), ...Object.keys(locale.ordinalTens ?? {})].map((w) => foldForMatch(w))),
  };
});

/**
 * The year that ends a meeting's dates after its place ("Vienna, 27-29 January 2010", "Вена,
 * 8–17 апреля 2019 года", "Viena, 5 a 7 de octubre de 2013"), within PLACE_DATE_REACH characters:
 * what follows it (the title, "Item 2 of the provisional agenda") starts a line.
 */
const MEETING_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)(?:[ ]?(?:года|г\.))?/gu;
const PLACE_DATE_REACH = 60;

/** The word that ends just before `at` (over spaces), and where it starts; '' at `from`. */
function wordBefore(text: string, at: number, from: number): { word: string; start: number } {
  let end = at;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from && !/\s/.test(text[start - 1]!)) start--;
  return { word: text.slice(start, end), start };
}

/** The premodifiers as a word of the text folds ("Open-ended" → "open ended"). */
const FOLDED_PREMODIFIERS = new Set([...NAME_PREMODIFIERS].map((w) => foldForMatch(w)));

/** Conjunctions between two premodifiers ("Scientific and Technical"). Folded. */
const PREMODIFIER_JOINS = new Set(['and', 'et', 'y', 'и']);

/**
 * Where a body's name opened by the head at `at` starts: before the words printed before the
 * head that belong to it ("Open-ended Intergovernmental Working Group", a capitalised ordinal of
 * the locale's: "Décima Conferencia…"), or -1 where the word
 * before the name is a function word (the head is inside a name: "Bureau of the Conference of
 * …") or nothing (the names' first).
 */
function nameStartBefore(text: string, at: number, from: number, functionWords: ReadonlySet<string>, ordinals: ReadonlySet<string>): number {
  let start = at;
  const premodifier = (word: string, folded: string) => FOLDED_PREMODIFIERS.has(folded) || (ordinals.has(folded) && /^\p{Lu}/u.test(word));
  for (;;) {
    const before = wordBefore(text, start, from);
    const folded = foldForMatch(before.word);
    if (premodifier(before.word, folded)) {
      start = before.start;
      continue;
    }
    const earlier = PREMODIFIER_JOINS.has(folded) ? wordBefore(text, before.start, from).word : '';
    if (earlier !== '' && premodifier(earlier, foldForMatch(earlier))) {
      start = before.start;
      continue;
    }
    if (before.word === '' || functionWords.has(folded)) return -1;
    return start;
  }
}

/**
 * Where lines start in a masthead run together on one line, between its fields (`from`: past
 * "Original: English") and its title (`to`), as the masthead tables tell them: the session the
 * locale's patterns read ("Third session", "الدورة الرابعة", "第五届会议"), a meeting place with
 * its date after it ("Vienna, 27-29 January 2010"), and, before those, each body's name after
 * the first, opened by a head word ("… Organized Crime Working Group on …", "… в мирных целях
 * Подкомитет по …"; in Chinese, after a name that ends with its head: "…缔约方会议 证人…工作组").
 * Where the tables cannot tell, the names stay on one line: the header reads no body from a
 * line that holds two rather than guess where one ends.
 */
function mastheadLineStarts(fullText: string, locale: Locale, from: number, to: number): { starts: number[]; titleAt: number } {
  // Only what starts before `to` is read: scanned in the text cut a little past it, the same
  // matches are found, and a scan that finds nothing more stops there, not at the text's end.
  const text = fullText.slice(0, to + MASTHEAD_SCAN_SLACK);
  const starts: number[] = [];
  let titleAt = -1;
  let heldTitleAt = -1;
  const p = mastheadPatterns(locale);
  // Chinese: its session ends with a head as its names do ("第五届会议"), and the spaces after heads tell them all.
  const session = locale.spaceless ? null : sessionPhraseIn(locale, text.slice(from, to));
  const sessionAt = session ? from + session.start : to;
  p.place.lastIndex = from;
  const place = p.place.exec(text);
  const placeAt = place && place.index < to ? place.index : to;
  const namesEnd = Math.min(sessionAt, placeAt);
  if (locale.spaceless) {
    // A name ends with its head; a space after one, where the lines were, starts the next.
    for (let i = text.indexOf(' ', from); i !== -1 && i < namesEnd; i = text.indexOf(' ', i + 1)) {
      if (i + 1 < namesEnd && HAN_BODY_HEADS.some((head) => text.endsWith(head, i))) starts.push(i + 1);
    }
    // The meeting's held line after its title ("第二次会议临时议程 将于2010年9月15日…举行"): the
    // title's words glued to the name before them are no heading the scan can find, but a
    // space before the held words shows where the line was, and the space before the title
    // where the title starts (it stands apart, as below).
    for (let i = text.indexOf(' ', from); i !== -1 && i < to; i = text.indexOf(' ', i + 1)) {
      if (!FOLDED_HELD_WORDS.some((w) => text.startsWith(w, i + 1))) continue;
      starts.push(i + 1);
      const titleStart = text.lastIndexOf(' ', i - 1) + 1;
      if (heldTitleAt < 0 && titleStart > from) heldTitleAt = titleStart;
    }
  } else {
    p.opener.lastIndex = from;
    for (let m = p.opener.exec(text); m && m.index < namesEnd; m = p.opener.exec(text)) {
      const start = nameStartBefore(text, m.index, from, p.functionWords, p.ordinals);
      if (start > from) starts.push(start);
    }
  }
  if (session) starts.push(sessionAt);
  if (place && placeAt < to) {
    if (placeAt !== sessionAt) starts.push(placeAt);
    MEETING_YEAR.lastIndex = placeAt;
    const year = MEETING_YEAR.exec(text);
    const yearEnd = year ? year.index + year[0].length : -1;
    if (year && yearEnd - placeAt <= PLACE_DATE_REACH && yearEnd < to && /[ \t]/.test(text[yearEnd] ?? '')) {
      const next = skipSpaces(text, yearEnd);
      if (next < to && text[next] !== ',' && text[next] !== '\n') titleAt = next;
    }
  }
  if (titleAt < 0) titleAt = heldTitleAt;
  // The title's start is broken once, with its blank line.
  return { starts: starts.filter((start) => start !== titleAt).sort((a, b) => a - b), titleAt };
}

interface Break {
  /** Offset of the white space to turn into "\n", or where to insert one. */
  at: number;
  insert: boolean;
}

/** The text with its lost line breaks restored, or `norm` itself when it has not lost them. */
export function restoreLostLineBreaks(norm: NormalisedText, locale: Locale): NormalisedText {
  const text = norm.text;
  if (!hasLostLineBreaks(text, locale.spaceless)) return norm;
  const breaks: Break[] = [];
  /**
   * A break before `at`; with `blank`, a blank line, as headings stand in a page ("\n\n", the
   * second inserted): the list reads a heading right under a title as that title's end otherwise.
   */
  // The documentation list under the last documentation heading, from its first entry: its
  // entries are broken apart when the next entry or heading ends the list (see
  // breakBetweenDocuments); -1 outside one.
  let documentationFrom = -1;
  const breakBefore = (entryAt: number, blank = false): void => {
    const at = bulletStart(text, entryAt);
    if (at <= 0) return;
    if (documentationFrom >= 0 && at > documentationFrom) {
      breakBetweenDocuments(text, documentationFrom, at, breaks);
      documentationFrom = -1;
    }
    const before = text.charCodeAt(at - 1);
    const last = breaks[breaks.length - 1];
    if (last && last.at >= at - 1) return;
    if (before === 0x0a) return;
    if (before === 0x20 || before === 0x09) breaks.push({ at: at - 1, insert: false });
    else breaks.push({ at, insert: true });
    if (blank) breaks.push({ at, insert: true });
  };
  // An entry's title ends at its first sentence end ("2. Adoption of the agenda. 3. …",
  // "(a) Opening of the session; (b) …"): what follows it on the line (a footnote, page
  // furniture, the next heading in numerals, or the annotation after a heading) starts a line.
  // The next sentence end is found from a position that only moves forward: one scan in all.
  let titleEnd = null as Break | null; // set by openTitle, a closure: typed so that narrowing does not drop it
  let nextSentenceEnd = -1;
  const sentenceEndAfter = (from: number): number => {
    if (nextSentenceEnd !== -2 && nextSentenceEnd < from) {
      TITLE_END.lastIndex = from;
      const found = TITLE_END.exec(text);
      nextSentenceEnd = found ? found.index + 1 : -2;
    }
    return nextSentenceEnd;
  };
  /**
   * The break after a title, before the next candidate at `next`: a blank line, unless that
   * candidate is an entry starting right there ("2. Adoption of the agenda. 3. …"), which makes
   * its own. What follows a title on its line otherwise is a paragraph of its own (a footnote,
   * page furniture, an unnumbered "Other matters.").
   */
  const closeTitle = (end: Break, next: number): void => {
    breaks.push(end);
    const nextAt = end.insert ? end.at : end.at + 1;
    if (skipSpaces(text, nextAt) !== next) breaks.push({ at: nextAt, insert: true });
  };
  const openTitle = (from: number): void => {
    const endAt = sentenceEndAfter(from);
    if (endAt < 0 || endAt - from > TITLE_REACH || endAt >= text.length) titleEnd = null;
    else if (text[endAt] === ' ' || text[endAt] === '\t') titleEnd = { at: endAt, insert: false };
    else titleEnd = /\s/.test(text[endAt]!) ? null : { at: endAt, insert: true };
  };
  /** The character before `at`, over at most LOOK_BACK spaces and markup ("**", "#") ('' at the text's start or a line break). */
  const previous = (at: number): string => {
    for (let i = at - 1; i >= 0 && i >= at - LOOK_BACK; i--) {
      const ch = text[i]!;
      if (ch === '\n') return '';
      if (ch !== ' ' && ch !== '\t' && ch !== '*' && ch !== '#') return ch;
    }
    return at === 0 ? '' : ' ';
  };
  const letterIndex = new Map<string, number>();
  locale.subItemLetters.forEach((l, i) => letterIndex.set(l, i));
  'abcdefghijklmnopqrstuvwxyz'.split('').forEach((l, i) => letterIndex.has(l) || letterIndex.set(l, i));

  let lastItem = 0;
  let lastSub = -1;
  let lastEntryAt = -Infinity;
  // The list's titles by entry ("3", "3:0" for 3(a)), so that an annotations heading that
  // repeats one ends where the title does ("1. Opening of the session The session will be
  // opened …"): no stop tells where, but the list did.
  const listTitles = new Map<string, string>();
  let openEntry: { key: string; start: number } | null = null;
  let inAnnotations = false;
  const finishEntry = (endAt: number): void => {
    if (openEntry && !inAnnotations && endAt - openEntry.start <= TITLE_REACH) {
      // Back over the stop, colon, footnote mark and spaces (a loop: "[…]+$" as a pattern
      // would retry from every character of a long run).
      let titleEndAt = endAt;
      while (titleEndAt > openEntry.start && TITLE_TAIL.test(text[titleEndAt - 1]!)) titleEndAt--;
      if (titleEndAt > openEntry.start) listTitles.set(openEntry.key, text.slice(openEntry.start, titleEndAt));
    }
    openEntry = null;
  };
  /** An entry broken at `at` whose title starts at `titleAt`: its title's end, from the list or its stop. */
  const openEntryTitle = (key: string, at: number, titleAt: number): void => {
    finishEntry(bulletStart(text, at));
    const listed = inAnnotations ? listTitles.get(key) : undefined;
    const after = listed === undefined ? -1 : titleAt + listed.length;
    if (listed !== undefined && text.startsWith(listed, titleAt) && (text[after] === ' ' || text[after] === '\t')) {
      breaks.push({ at: after, insert: false }, { at: after + 1, insert: true });
      titleEnd = null;
      pattern.lastIndex = after;
      return;
    }
    openEntry = { key, start: titleAt };
    openTitle(titleAt);
  };
  const { annotations, annotatedTitle, provisionalTitle, agendaTitle } = locale.headings;
  const annotationsHeadings = new Set(annotations.map(foldForMatch));
  const documentationHeadings = new Set(locale.headings.documentation.map(foldForMatch));
  const titleHeadings = new Set([...annotatedTitle, ...provisionalTitle, ...agendaTitle].map(foldForMatch));
  let listStarted = false;
  // The masthead: from its last field ("Original: English") to the agenda's title or first item.
  let mastheadFieldsEnd = 0;
  let mastheadEnd = -1;
  const pattern = candidatePattern(locale);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const groups = m.groups!;
    const before = previous(at);
    const afterEnd = before === '' || SENTENCE_END.has(before);
    if (titleEnd !== null && (titleEnd.at < at || (titleEnd.insert && titleEnd.at === at))) {
      finishEntry(titleEnd.at);
      closeTitle(titleEnd, at);
      titleEnd = null;
    }
    if (groups.item !== undefined) {
      const n = Number(groups.number);
      if (groups.ofAgenda !== undefined) {
        // "Item 2 of the provisional agenda": the masthead's line, a field of its own.
        if (groups.word !== undefined) breakBefore(at);
        continue;
      }
      // The title starts with a capital (or a caseless script's letter): "Items 3 and 4 will"
      // and "in 2031. 5 States" are sentences. The next number of the list, with its separator,
      // may start its title with a year ("6. 2016-2017两年期拟议方案计划").
      const titleFirst = text[skipSpaces(text, end)] ?? '';
      const yearTitle = n === lastItem + 1 && groups.separator !== undefined && /\d/.test(titleFirst);
      if (!TITLE_START.test(titleFirst) && !yearTitle) continue;
      // A bare number needs its separator ("2.") or a bullet ("- ١ المسائل"): "in 2031 Member
      // States" is no entry.
      if (groups.word === undefined && groups.separator === undefined && groups.bullet === undefined) continue;
      if (afterEnd || n === lastItem + 1) {
        if (mastheadEnd < 0) mastheadEnd = at;
        breakBefore(at);
        lastItem = n;
        lastSub = -1;
        lastEntryAt = at;
        listStarted = true;
        openEntryTitle(String(n), at, skipSpaces(text, end));
      }
    } else if (groups.sub !== undefined) {
      const index = letterIndex.get(groups.bracketed ?? groups.closed!) ?? -2;
      const inSequence = index === lastSub + 1 && at - lastEntryAt <= SUB_ITEM_REACH;
      if (afterEnd || inSequence) {
        breakBefore(at);
        lastSub = index;
        lastEntryAt = at;
        openEntryTitle(`${lastItem}:${index}`, at, skipSpaces(text, end));
      }
    } else if (groups.heading !== undefined) {
      // A heading stands alone: what follows it is no lower-case word ("Documents submitted …").
      let next = end;
      while (text[next] === '*' || text[next] === ':' || text[next] === '：') next++;
      const followingAt = skipSpaces(text, next);
      const heading = foldForMatch(groups.heading);
      // An agenda's title heads the page, above the list: after an item, the same words name a
      // document cited ("Documentation: Provisional agenda and annotations (…)").
      if (listStarted && titleHeadings.has(heading)) continue;
      const alone = headingStandsAlone(text, followingAt, afterEnd, locale);
      // A title run on into its meeting's date and venue line ("Provisional agenda for the second
      // meeting To be held at … on 15 September 2010"): the held words start that line.
      const heldAt = !alone && !listStarted && titleHeadings.has(heading) ? heldWordsAfter(text, next, locale) : -1;
      if (heldAt >= 0) {
        breakBefore(at, true);
        if (mastheadEnd < 0) mastheadEnd = at;
        titleEnd = null;
        finishEntry(at);
        breakBefore(heldAt);
        const lineEnd = heldLineEnd(text, heldAt, locale);
        if (lineEnd) {
          breaks.push(lineEnd);
          pattern.lastIndex = lineEnd.at;
        }
        continue;
      }
      // A caseless script's heading with a word of its own after it, then the list ("جدول الأعمال
      // المؤقت وشروحه - ١ …", the annotated title misspelt): the first item ends it.
      if (!alone && !((locale.arabicMorphology || locale.spaceless) && FIRST_ITEM_SOON.test(text.slice(followingAt, followingAt + HEADING_TAIL)))) continue;
      breakBefore(at, true);
      if (mastheadEnd < 0 && titleHeadings.has(heading)) mastheadEnd = at;
      titleEnd = null;
      finishEntry(at);
      if (alone && text[next] === ' ') breaks.push({ at: next, insert: false }, { at: next + 1, insert: true });
      if (documentationHeadings.has(heading)) documentationFrom = next + 1;
      if (annotationsHeadings.has(heading)) {
        // The annotations number their items afresh.
        inAnnotations = true;
        lastItem = 0;
        lastSub = -1;
        lastEntryAt = next;
      }
    } else if (groups.segment !== undefined) {
      // Between two items: it ends the title before it, and the next item starts a line anyway.
      if (!headingStandsAlone(text, skipSpaces(text, end), afterEnd, locale)) continue;
      breakBefore(at, true);
      titleEnd = null;
      finishEntry(at);
    } else if (groups.distr !== undefined) {
      titleEnd = null;
      breakBefore(at);
      if (mastheadEnd < 0) mastheadFieldsEnd = end;
    } else if (groups.original !== undefined) {
      breakBefore(at);
      const language = LANGUAGE_WORD.exec(text.slice(end, end + 24));
      const after = language ? end + language[0].length : -1;
      if (after > 0 && text[after] === ' ') {
        breaks.push({ at: after, insert: false });
        pattern.lastIndex = after;
      }
      if (mastheadEnd < 0) mastheadFieldsEnd = Math.max(end, after);
    }
  }
  if (titleEnd !== null) closeTitle(titleEnd, text.length);
  if (documentationFrom >= 0) breakBetweenDocuments(text, documentationFrom, text.length, breaks);
  // Only a masthead above a title or list: elsewhere a session or a place is a sentence's.
  if (mastheadEnd > mastheadFieldsEnd && mastheadEnd <= MASTHEAD_REACH) {
    const masthead: Break[] = [];
    const lineStarts = mastheadLineStarts(text, locale, mastheadFieldsEnd, mastheadEnd);
    const pushBreak = (start: number) => {
      const at = bulletStart(text, start);
      const before = text.charCodeAt(at - 1);
      if (before === 0x20 || before === 0x09) masthead.push({ at: at - 1, insert: false });
      else if (before !== 0x0a) masthead.push({ at, insert: true });
    };
    for (const start of lineStarts.starts) pushBreak(start);
    // What follows the meeting's dates stands apart, as a title does (a blank line: the title
    // reader joins a short line right above it to it).
    if (lineStarts.titleAt > 0) {
      pushBreak(lineStarts.titleAt);
      masthead.push({ at: bulletStart(text, lineStarts.titleAt), insert: true });
    }
    if (masthead.length > 0) mergeBreaks(breaks, masthead);
  }
  return breaks.length === 0 ? norm : applyBreaks(norm, breaks);
}

/** How far back from its closing bracket a bracketed symbol's opening bracket may stand. */
const BRACKETED_SYMBOL_REACH = 80;

/**
 * A documentation list's next entry run on after the bracketed symbol that ends the one before
 * ("… Documentation Report of the Commission on its sixty-eighth session (E/2026/28) Note by the
 * Secretariat (E/CN.7/2027/3) 3. Other business"): each document line ends with its symbol in
 * brackets, so a bracket closing round a symbol and followed by a word that can start a title (a
 * capital, or a letter of a script without capitals) ends the entry; without the break the second
 * entry would read as the first one's description. Not before a conjunction glued to its word
 * (Arabic "و", Chinese "和", "及": "(A/1) وتقرير …" is one line of two documents) nor before a
 * bracket ("(A/1) (Spanish only)"). One pass over the list's stretch [from, to); breaks pushed in
 * text order.
 */
function breakBetweenDocuments(text: string, from: number, to: number, breaks: Break[]): void {
  // One scan of the stretch, keeping the last opening bracket: looking back from each closing one
  // (lastIndexOf) went back to the text's start where none was near, quadratic on a long line.
  let open = -1;
  for (let close = from; close < to; close++) {
    const c = text.charCodeAt(close);
    if (c === 0x28 || c === 0xff08 || c === 0x5b) {
      open = close; // "(", "（", "["
      continue;
    }
    if (c !== 0x29 && c !== 0xff09 && c !== 0x5d) continue; // ")", "）", "]"
    let next = close + 1;
    while (next < to && next - close <= 2 && (text[next] === ' ' || text[next] === '\t')) next++;
    if (next >= to || !DOCUMENT_LINE_START.test(text[next]!)) continue;
    if (open < from || close - open > BRACKETED_SYMBOL_REACH || !text.slice(open, close).includes('/')) continue;
    breaks.push(next > close + 1 ? { at: close + 1, insert: false } : { at: close + 1, insert: true });
  }
}

/** A document line's first character: a capital, or a letter of a script without capitals, but no glued conjunction ("و", "和", "及"). */
const DOCUMENT_LINE_START = /(?![و和及])[\p{Lu}\u0600-\u06FF\u3400-\u9FFF\uF900-\uFAFF]/u;

/** The masthead's breaks merged into `breaks`, in text order; one already made at or next to the same place is kept alone. */
function mergeBreaks(breaks: Break[], masthead: readonly Break[]): void {
  const taken = new Set<number>();
  for (const b of breaks) for (const at of [b.at - 1, b.at, b.at + 1]) taken.add(at);
  const added = masthead.filter((b) => !taken.has(b.at));
  if (added.length === 0) return;
  // A stable sort: the breaks made at one offset keep their order (a replaced space, then an inserted blank line).
  const merged = [...breaks, ...added].sort((a, b) => a.at - b.at);
  breaks.splice(0, breaks.length, ...merged);
}

/** `norm` with "\n" at each break: white space replaced in place, or a character inserted. */
function applyBreaks(norm: NormalisedText, breaks: readonly Break[]): NormalisedText {
  let inserted = 0;
  for (const b of breaks) if (b.insert) inserted++;
  const length = norm.text.length + inserted;
  // Built unit by unit into typed arrays, not from slices: a text run together may take a break
  // every few characters, and a slice (and map view) per break is garbage by the hundred thousand.
  const textUnits = new Uint16Array(length);
  const displayUnits = new Uint16Array(length);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const { text, display } = norm;
  let from = 0; // next unread offset of norm
  let to = 0; // next unwritten offset of the result
  const copyUpTo = (upTo: number): void => {
    for (; from < upTo; from++, to++) {
      textUnits[to] = text.charCodeAt(from);
      displayUnits[to] = display.charCodeAt(from);
      starts[to] = norm.starts[from]!;
      ends[to] = norm.ends[from]!;
    }
  };
  for (const b of breaks) {
    copyUpTo(b.at);
    textUnits[to] = 0x0a;
    displayUnits[to] = 0x0a;
    if (b.insert) {
      // Printed nowhere: an empty range of the source, just before the next character.
      const sourceAt = b.at < norm.starts.length ? norm.starts[b.at]! : norm.sourceLength;
      starts[to] = sourceAt;
      ends[to] = sourceAt;
    } else {
      starts[to] = norm.starts[b.at]!;
      ends[to] = norm.ends[b.at]!;
      from++;
    }
    to++;
  }
  copyUpTo(text.length);
  return { text: unitsToString(textUnits), display: unitsToString(displayUnits), sourceLength: norm.sourceLength, starts, ends };
}

/** Code units back to a string, in chunks (the argument count is limited); lone surrogates kept as they are. */
function unitsToString(units: Uint16Array): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  return parts.join('');
}
