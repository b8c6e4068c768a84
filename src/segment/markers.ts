// Item and sub-item markers at the start of a line, in every numbering form the agendas use:
// "- ١ …", "-٢- …", "- ٤- …**", "-٧ …", "١- …", "1.", "1 .", "Item 1", "(أ)", "(a)", "a)".
// The patterns are anchored at the line start and use no nested quantifiers.
import type { Line } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import { alternation, foldedLookup, LETTER, perLocale, WORD_END } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';

export interface ItemMarker {
  kind: 'item';
  number: number;
  /** The number as printed (display digits). */
  labelStart: number;
  labelEnd: number;
  /** Normalised offset where the marker begins (its bullet included). */
  start: number;
  /** Normalised offset where the title begins. */
  titleStart: number;
  /** The item word is printed: "Item 3", "Tema 3", "البند ٣", not a bare "3.". */
  worded: boolean;
}

export interface SubItemMarker {
  kind: 'sub';
  /** Position in the alphabet: 0 is "a"; -1 when the label is only a roman numeral ("ii"). */
  letterIndex: number;
  /** The label read as a small roman numeral, when it is one ("i", "iv"). */
  roman?: number;
  labelStart: number;
  labelEnd: number;
  start: number;
  titleStart: number;
}

export type Marker = ItemMarker | SubItemMarker;

const BULLETS = '(?:[-–•*#>][ \\t]*){0,3}';

/** Separators between an item number and its title: "1.", "1-", "1)", "1:", "1．", "1、", "1：". */
const SEPARATOR = '[-.)–:．、：]';

/** "Item 3", "البند ٣", "议程项目3", and what may follow it: "Item 3 of the provisional agenda". */
function numberWithWord(locale: Locale): string {
  const ofAgenda = locale.itemOfAgenda?.length ? `(?:[ \\t]+${alternation(locale.itemOfAgenda, locale)})?` : '';
  return `(?:${alternation(locale.itemWord, locale)}[ \\t]${locale.spaceless ? '*' : '+'})?(\\d{1,3})${ofAgenda}`;
}

const itemPattern = perLocale(
  (locale) =>
    new RegExp(
      // After "1." and a space the title may begin with a digit ("6. 2016-2017 …"); glued to
      // the number it may not ("1.1", "27/1").
      `^([ \\t]*${BULLETS})${numberWithWord(locale)}(?:[ \\t]*${SEPARATOR}[ \\t]+(?=\\S)|[ \\t]*${SEPARATOR}(?=[^\\s\\d.,/:])|[ \\t]+(?=[^\\s\\d.,/:]))`,
      'iu',
    ),
);

/** "Point 1Adoption de l'ordre du jour": the item word's number glued to its title, as some web text prints it. */
const gluedItemPattern = perLocale(
  (locale) =>
    // A capital of the Latin or Cyrillic alphabet (not \\p{Lu}: a class of every capital, slow to compile).
    new RegExp(`^([ \\t]*${BULLETS})${alternation(locale.itemWord, locale)}[ \\t]${locale.spaceless ? '*' : '+'}(\\d{1,3})(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])`, 'u'),
);

/** A number alone on its line, with or without the item word: the title is on the next line. */
const bareItemPattern = perLocale(
  // The spaces around an optional separator as "X*(?:S X*)?", not "X* S? X*": two space runs
  // side by side would be tried at every split of a long run.
  (locale) => new RegExp(`^([ \\t]*${BULLETS})${numberWithWord(locale)}[ \\t]*(?:${SEPARATOR}[ \\t]*)?$`, 'iu'),
);

// A letter in brackets, "(a)", "（a）", or followed by a bracket, "a)", "а)". Two letters allow
// "(aa)" continuations; roman numerals of sub-sub-items are not letters of the alphabet table.
// An Arabic letter also in brackets mirrored, ")أ(", as right-to-left text is extracted by tools
// that write the glyphs drawn (the documentation's ")E/CN.15/2026/1(" alike; "هـ" with its tatweel).
const SUB_ITEM = new RegExp(
  `^([ \\t]*${BULLETS})(?:[(（][ \\t]*([${LETTER}]{1,4})[ \\t]*[)）]|([${LETTER}]{1,4})[)）]|\\)[ \\t]*([\\u0621-\\u064A]{1,2})[ \\t]*\\()[ \\t]*(?=\\S)`,
  'u',
);

/** "a. Decisions of the Council": one letter and a full stop, as some lists letter their sub-items. */
const DOTTED_SUB_ITEM = new RegExp(`^([ \\t]*${BULLETS})([${LETTER}])\\.[ \\t]+(?=\\S)`, 'u');

/**
 * A sub-item lettered "a.", "b." (not "(a)" nor "a)"), or null. Read only where the caller
 * expects it (the next letter under an item that introduces its sub-items): a line may start
 * with a letter and a stop otherwise ("a. m.").
 */
export function matchDottedSubItemMarker(line: Line, locale: Locale): SubItemMarker | null {
  const m = DOTTED_SUB_ITEM.exec(line.text);
  if (!m) return null;
  const index = letterIndex(m[2]!, locale);
  if (index === undefined) return null;
  const labelStart = line.start + m[1]!.length;
  return {
    kind: 'sub',
    letterIndex: index,
    labelStart,
    labelEnd: labelStart + 1,
    start: line.start + m[1]!.search(/\S|$/),
    titleStart: line.start + m[0].length,
  };
}

const letterIndexes = perLocale((locale) => {
  const map = new Map<string, number>();
  locale.subItemLetters.forEach((letter, i) => map.set(foldForMatch(letter), i));
  // Chinese "(一)", "(二)": the first numeral is "a".
  locale.subItemNumerals?.forEach((numeral, i) => map.set(numeral, i));
  // Latin letters are read in every language: UN Arabic and Russian texts also use them.
  'abcdefghijklmnopqrstuvwxyz'.split('').forEach((letter, i) => {
    if (!map.has(letter)) map.set(letter, i);
  });
  return map;
});

export function letterIndex(letter: string, locale: Locale): number | undefined {
  return letterIndexes(locale).get(foldForMatch(letter));
}

/**
 * A month name (after the language's joiner: "de septiembre") at the start of a title: a number
 * followed by it with no separator is a day, "12 September 2036" (the date under "Adopted by
 * the General Assembly at its 3rd plenary meeting, on", A/78/251), not item 12.
 */
const monthStart = perLocale((locale) => {
  const joiners = locale.dates?.joiners?.length ? `(?:${alternation(locale.dates.joiners, locale)}[ \\t]+)?` : '';
  return new RegExp(`^${joiners}${alternation(locale.months.flat(), locale)}${WORD_END}`, 'iu');
});

export function matchItemMarker(line: Line, locale: Locale): ItemMarker | null {
  return itemMarkerFrom(itemPattern(locale).exec(line.text) ?? gluedItemPattern(locale).exec(line.text), line);
}

/**
 * The marker reads a date's day: its number followed by spaces only, no stop or bracket, then
 * a month ("12 September 2036", "12 de septiembre"). Where numbering is watched for a restart,
 * such a line is no item numbered 12 (the list numbers items 1-11 after it otherwise).
 */
export function isDayOfDate(marker: ItemMarker, line: Line, locale: Locale): boolean {
  if (marker.worded) return false;
  const offset = line.start;
  if (line.text.slice(marker.labelEnd - offset, marker.titleStart - offset).trim() !== '') return false;
  return monthStart(locale).test(line.text.slice(marker.titleStart - offset));
}

/**
 * "3." or "Item 3" alone on its line: a marker whose title is on the line after (the caller
 * decides; `titleStart` is the end of this line).
 */
export function matchBareItemMarker(line: Line, locale: Locale): ItemMarker | null {
  return itemMarkerFrom(bareItemPattern(locale).exec(line.text), line);
}

/**
 * The marker of an item heading matched by `m`, whose group 1 is what precedes the label (indent,
 * bullet): the heading starts at its first non-blank, the title right after the match.
 */
function labelledItemMarker(line: Line, m: RegExpExecArray, number: number, labelStart: number, labelLength: number, worded: boolean): ItemMarker {
  return {
    kind: 'item',
    number,
    labelStart,
    labelEnd: labelStart + labelLength,
    start: line.start + m[1]!.search(/\S|$/),
    titleStart: line.start + m[0].length,
    worded,
  };
}

function itemMarkerFrom(m: RegExpExecArray | null, line: Line): ItemMarker | null {
  if (!m) return null;
  const number = Number(m[2]);
  if (number === 0) return null;
  const labelAt = m[0].indexOf(m[2]!, m[1]!.length);
  const labelStart = line.start + m.index + labelAt;
  return labelledItemMarker(line, m, number, labelStart, m[2]!.length, labelAt > m[1]!.length);
}

/** Arabic numbers sub-sub-items (English "(i)", "(ii)") with quoted digits: "'١'", "'٢'". */
const QUOTED_SUB_ITEM = new RegExp(`^([ \\t]*${BULLETS})['‘’][ \\t]?(\\d{1,2})[ \\t]?['‘’][ \\t]*(?=\\S)`, 'u');

export function matchSubItemMarker(line: Line, locale: Locale): SubItemMarker | null {
  const quoted = QUOTED_SUB_ITEM.exec(line.text);
  if (quoted && Number(quoted[2]) >= 1) {
    const labelStart = line.start + quoted[0].indexOf(quoted[2]!, quoted[1]!.length);
    return {
      kind: 'sub',
      letterIndex: -1,
      roman: Number(quoted[2]),
      labelStart,
      labelEnd: labelStart + quoted[2]!.length,
      start: line.start + quoted[1]!.search(/\S|$/),
      titleStart: line.start + quoted[0].length,
    };
  }
  const m = SUB_ITEM.exec(line.text);
  if (!m) return null;
  const letter = m[2] ?? m[3] ?? m[4]!;
  const index = letterIndex(letter, locale);
  const roman = romanValue(letter);
  if (index === undefined && roman === undefined) return null;
  const labelStart = line.start + m[0].indexOf(letter, m[1]!.length);
  return {
    kind: 'sub',
    letterIndex: index ?? -1,
    ...(roman !== undefined ? { roman } : {}),
    labelStart,
    labelEnd: labelStart + letter.length,
    start: line.start + m[1]!.search(/\S|$/),
    titleStart: line.start + m[0].length,
  };
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** "(ii)" → 2: sub-sub-items are numbered in small roman numerals. */
export function romanValue(text: string): number | undefined {
  const index = ROMAN.indexOf(text.toLowerCase());
  return index === -1 ? undefined : index + 1;
}

/** Chinese numerals of item headings, 一 to 十 (and 十一 … 二十 by composition). */
const HAN_DIGITS = '一二三四五六七八九';
/** "II. Confiscation …", "二、公共部门的…": an item heading numbered otherwise than its list. */
const NUMERAL_LABEL = `^([ \\t]*${BULLETS})([IVX]{1,5}|[一二三四五六七八九十]{1,3})[ \\t]*[.、．)][ \\t]*`;
const NUMERAL_HEADING = new RegExp(`${NUMERAL_LABEL}(?=\\S)`, 'u');
/** The label alone on its line ("II."), its title on the next, as some extractions print hanging labels. */
const BARE_NUMERAL_HEADING = new RegExp(`${NUMERAL_LABEL}$`, 'u');

/** Roman numerals canonically written, I to XXXIX: "XIII." numbers a long list's thirteenth entry. */
const ROMAN_TENS = ['', 'X', 'XX', 'XXX'];
const ROMAN_UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** "XIV" → 14; undefined for a letter run that is no canonical numeral ("IIII", "VX"). */
function romanNumberValue(text: string): number | undefined {
  // The largest tens first: "XIX" is X and IX.
  for (let tens = ROMAN_TENS.length - 1; tens >= 0; tens--) {
    if (!text.startsWith(ROMAN_TENS[tens]!)) continue;
    const units = ROMAN_UNITS.indexOf(text.slice(ROMAN_TENS[tens]!.length));
    return units === -1 || tens + units === 0 ? undefined : tens * 10 + units;
  }
  return undefined;
}

function hanValue(text: string): number | undefined {
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? HAN_DIGITS.indexOf(text) + 1 || undefined : undefined;
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(text[0]!) + 1;
  const units = ten === text.length - 1 ? 0 : HAN_DIGITS.indexOf(text[ten + 1]!) + 1;
  return tens > 0 && units >= 0 && text.length <= 3 ? tens * 10 + units : undefined;
}

/**
 * An item heading numbered in roman or Chinese numerals ("II.", "二、") where the list numbers
 * in digits. Read only where a heading is looked for: the same forms also number sections.
 */
export function matchNumeralItemMarker(line: Line, bare = false): ItemMarker | null {
  const m = (bare ? BARE_NUMERAL_HEADING : NUMERAL_HEADING).exec(line.text);
  if (!m) return null;
  const label = m[2]!;
  const number = /^[IVX]+$/.test(label) ? romanNumberValue(label) : hanValue(label);
  if (!number) return null;
  const labelStart = line.start + m[1]!.length;
  return labelledItemMarker(line, m, number, labelStart, label.length, false);
}

/** "(3)", "（3）", "（三）": a number in brackets, as a list numbered "1." now and then prints one. */
const BRACKETED_LABEL = `^([ \\t]*${BULLETS})[(（][ \\t]?(\\d{1,3}|[一二三四五六七八九十]{1,3})[ \\t]?[)）][ \\t]*`;
const BRACKETED_NUMBER = new RegExp(`${BRACKETED_LABEL}(?=\\S)`, 'u');
const BARE_BRACKETED_NUMBER = new RegExp(`${BRACKETED_LABEL}$`, 'u');

/**
 * An item numbered in brackets ("(3)", "（三）") or in roman or Chinese numerals ("III.", "三、")
 * in a list that numbers its items otherwise ("1.", "2."): the caller takes it only as the next
 * item of such a list, since the same forms number sections and notes elsewhere. `bare`: the
 * label alone on its line ("III.", "(3)"), its title on the next.
 */
export function matchOtherwiseNumberedItem(line: Line, locale: Locale, bare = false): ItemMarker | null {
  const m = (bare ? BARE_BRACKETED_NUMBER : BRACKETED_NUMBER).exec(line.text);
  if (!m) return matchNumeralItemMarker(line, bare) ?? matchOrdinalItemMarker(line, locale, bare) ?? matchWordedNumeralItemMarker(line, locale, bare);
  const label = m[2]!;
  const number = /^\d+$/.test(label) ? Number(label) : hanValue(label);
  if (!number) return null;
  const labelStart = line.start + m[0].indexOf(label, m[1]!.length);
  return labelledItemMarker(line, m, number, labelStart, label.length, false);
}

/** "a", "b", … "z", then "aa": the ASCII letter of a sub-item position. */
export function subItemLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? letters[index]! : letters[Math.floor(index / 26) - 1]! + letters[index % 26]!;
}

/** "أولاً - …", "ثانياً- …": the locale's list ordinals (Locale.listOrdinals) with a dash or stop after them. */
const ordinalHeading = perLocale((locale) => {
  const ordinals = locale.listOrdinals ?? [];
  if (ordinals.length === 0) return null;
  const label = `^([ \\t]*${BULLETS})(${alternation(ordinals, locale)})[ \\t]*[-–.:)][ \\t]*`;
  return {
    pattern: new RegExp(`${label}(?=\\S)`, 'u'),
    barePattern: new RegExp(`${label}$`, 'u'),
    valueOf: foldedLookup(ordinals.map((word, i) => [word, i + 1] as const)),
  };
});

/** An entry numbered by the locale's ordinal adverb ("ثانياً - …" is 2), or null. */
export function matchOrdinalItemMarker(line: Line, locale: Locale, bare = false): ItemMarker | null {
  const ordinals = ordinalHeading(locale);
  const m = ordinals && (bare ? ordinals.barePattern : ordinals.pattern).exec(line.text);
  if (!ordinals || !m) return null;
  const number = ordinals.valueOf(m[2]!.replace(/\s+/gu, ' '));
  if (!number) return null;
  const labelStart = line.start + m[1]!.length;
  return labelledItemMarker(line, m, number, labelStart, m[2]!.length, false);
}

/** The ordinal words that number an Arabic item after its word ("البند الثاني"): those under 100. */
function itemOrdinals(locale: Locale): [string, number][] {
  return Object.entries(locale.ordinals).filter(([, value]) => value < 100);
}

/**
 * "Item II. Adoption …", "Point II de l'ordre du jour", "Пункт III", "البند الثاني": the item
 * word and a roman numeral (an Arabic ordinal word), as annotations head the entries of a list
 * numbered "I.", "II.". The numeral is matched case-blind and checked upper-case after.
 */
const wordedNumeralHeading = perLocale((locale) => {
  const numeral = locale.arabicMorphology ? alternation(itemOrdinals(locale).map(([word]) => word), locale) : '[IVX]{1,6}';
  const ofAgenda = locale.itemOfAgenda?.length ? `(?:[ \\t]+${alternation(locale.itemOfAgenda, locale)})?` : '';
  const label = `^([ \\t]*${BULLETS})${alternation(locale.itemWord, locale)}[ \\t]+(${numeral})${ofAgenda}`;
  return {
    // The title starts with no digit nor a separator: "البند الأول -" alone has none.
    pattern: new RegExp(`${label}(?:[ \\t]*${SEPARATOR}[ \\t]*|[ \\t]+)(?=[^\\s\\d\\-.)–:．、：])`, 'iu'),
    barePattern: new RegExp(`${label}[ \\t]*(?:${SEPARATOR}[ \\t]*)?$`, 'iu'),
    valueOf: locale.arabicMorphology ? foldedLookup(itemOrdinals(locale)) : (label: string) => (/^[IVX]+$/.test(label) ? romanNumberValue(label) : undefined),
  };
});

/** An item heading worded and numbered in roman numerals or ordinal words (wordedNumeralHeading), or null. */
export function matchWordedNumeralItemMarker(line: Line, locale: Locale, bare = false): ItemMarker | null {
  const forms = wordedNumeralHeading(locale);
  const m = (bare ? forms.barePattern : forms.pattern).exec(line.text);
  if (!m) return null;
  const label = m[2]!;
  const number = forms.valueOf(label.replace(/\s+/gu, ' '));
  if (!number) return null;
  const labelStart = line.start + m[0].indexOf(label, m[1]!.length);
  return labelledItemMarker(line, m, number, labelStart, label.length, true);
}

/**
 * "2 (a). Adoption of the agenda", "2(a) …", "Item 2 (a) …", "Tema 2 a) …": a sub-item's heading
 * printed with its item's number, as some annotations (and UNFCCC's lists) print it. The item's number (with
 * the item word or not), then the sub-item's bracketed letter.
 */
const numberedSubItemHeading = perLocale(
  (locale) => new RegExp(`^([ \\t]*${BULLETS})(?:${alternation(locale.itemWord, locale)}[ \\t]${locale.spaceless ? '*' : '+'})?(\\d{1,3})[ \\t]?(?=[(（]|[${LETTER}]{1,2}[)）])`, 'iu'),
);
/** A stop or colon after the sub-item's letter ("2 (a). Adoption"): no part of the title. */
const AFTER_SUB_LABEL = /^[.:：–-][ \t]*/u;

/** A sub-item heading printed with its item's number (numberedSubItemHeading): the item's number and the sub-item's marker, or null. */
export function matchNumberedSubItemHeading(line: Line, locale: Locale): { number: number; sub: SubItemMarker } | null {
  const m = numberedSubItemHeading(locale).exec(line.text);
  if (!m) return null;
  const number = Number(m[2]);
  const rest: Line = { index: line.index, start: line.start + m[0].length, end: line.end, text: line.text.slice(m[0].length) };
  const sub = matchSubItemMarker(rest, locale);
  if (!number || !sub) return null;
  const separator = AFTER_SUB_LABEL.exec(line.text.slice(sub.titleStart - line.start));
  const titleStart = sub.titleStart + (separator ? separator[0].length : 0);
  return titleStart < line.end ? { number, sub: { ...sub, start: line.start + m[1]!.search(/\S|$/), titleStart } } : null;
}

/**
 * A section heading of the annotations naming its item in brackets at its end, as UNEP's and the
 * Montreal Protocol's meetings print them: "I. Opening of the meeting (item 1 of the provisional
 * agenda)", "A. Adoption of the agenda (item 2 (a) of the provisional agenda)", "(point 1 de
 * l'ordre du jour provisoire)", "(tema 1 del programa provisional)", "(пункт 1 предварительной
 * повестки дня)", "(البند 1 من جدول الأعمال المؤقت)", "（临时议程项目1）". The section's own
 * numbering (roman, lettered) is no item's: the brackets say which item the heading is.
 */
export interface ItemReference {
  number: number;
  /** The sub-item's position (0 is "a"), or null where the reference names the item. */
  letterIndex: number | null;
  /** The reference's number (and its letter) in the normalised text. */
  labelStart: number;
  labelEnd: number;
  /** Where the heading's text begins, after its section label ("I.", "A.", "أولاً-", "一、"). */
  titleStart: number;
  /** Where the bracket opens: the heading's title ends before it. */
  bracketStart: number;
  /** The bracket closes on this line; otherwise it runs on to the next ("… agenda for the" / "segment)"). */
  closed: boolean;
}

// The item word after the bracket, its number, a sub-item's letter in brackets ("2 (a)", "2(a)")
// or before one ("2 a)"), then the closing bracket, or the "of the agenda" words and, within a
// bounded window without brackets, the closing bracket or the line's end (a wrapped reference).
const itemReferencePattern = perLocale((locale) => {
  const before = locale.itemReferenceBefore?.length ? `(?:${alternation(locale.itemReferenceBefore, locale)})?` : '';
  const space = locale.spaceless ? '[ \\t]*' : '[ \\t]+';
  const ofAgenda = locale.itemOfAgenda?.length ? `|[ \\t]+${alternation(locale.itemOfAgenda, locale)}[^()（）\\n]{0,60}?([)）][ \\t]*)?$` : '';
  return new RegExp(
    `[(（][ \\t]*${before}${alternation(locale.itemWord, locale)}${space}(\\d{1,3})(?:[ \\t]*[(（]([${LETTER}]{1,2})[)）]|[ \\t]+([${LETTER}]{1,2})[)）])?(?:[ \\t]*([)）])[ \\t]*$${ofAgenda})`,
    'iu',
  );
});

/**
 * A section's letter (pattern source): a capital letter and its stop ("A.", "Б."), or a lettered
 * part's name and a dash ("ألف-", the locale's partLetterNames).
 */
export const sectionLetterSource = perLocale((locale) => {
  const names = Object.keys(locale.mandates.partLetterNames ?? {});
  const named = names.length > 0 ? `|${alternation(names, locale)}[ \\t]*[-–]` : '';
  return `(?:[A-ZА-ЯЁ]\\.${named})`;
});

/** A section's label before a heading's text ("A. ", "ألف- "). */
const sectionLetterLabel = perLocale((locale) => new RegExp(`^[ \\t]*${sectionLetterSource(locale)}[ \\t]*`, 'u'));

/** The longest text a section heading has before its bracketed reference, in characters. */
const MAX_REFERENCE_HEADING = 200;

export function matchItemReference(line: Line, locale: Locale): ItemReference | null {
  // Most lines hold no bracket: passed over before the pattern runs.
  if (!line.text.includes('(') && !line.text.includes('（')) return null;
  const m = itemReferencePattern(locale).exec(line.text);
  if (!m || m.index === 0 || m.index > MAX_REFERENCE_HEADING) return null;
  const letter = m[2] ?? m[3];
  const letterIndexOf = letter === undefined ? null : (letterIndex(letter, locale) ?? -1);
  if (letterIndexOf === -1) return null;
  const label = line.start + m.index + m[0].indexOf(m[1]!);
  const labelEnd = letter === undefined ? label + m[1]!.length : line.start + m.index + m[0].indexOf(letter, m[0].indexOf(m[1]!) + m[1]!.length) + letter.length;
  const numbered = matchOtherwiseNumberedItem(line, locale);
  const lettered = numbered ? null : sectionLetterLabel(locale).exec(line.text);
  const titleStart = numbered ? numbered.titleStart : line.start + (lettered ? lettered[0].length : line.text.search(/\S/));
  if (titleStart >= line.start + m.index) return null;
  return { number: Number(m[1]), letterIndex: letterIndexOf, labelStart: label, labelEnd, titleStart, bracketStart: line.start + m.index, closed: m[4] !== undefined || m[5] !== undefined };
}
