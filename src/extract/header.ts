// The masthead (Distr., date of issue, language, Original, the document's symbol) and the
// meeting lines above the title (body, organ, session, venue and date). Each line is read on its
// own: masthead fields by their form, wherever they stand in a line, then the meeting lines in the
// order UN documents print them.
import { isFurnitureLine } from '../segment/furniture.js';
import { foldedStopwords, isSegmentHeading } from '../segment/headings.js';
import { allCompiledAtOnce, diagnose, isBlank, trimmedSpan, type Line, type NSpan, type ParseContext } from '../context.js';
import { foldForMatch } from '../normalise/fold.js';
import {
  BODY_HEADS,
  DATED_WORDS,
  DISTRIBUTION_WORDS,
  HAN_BODY_HEADS,
  HAN_INSTRUMENT_ENDINGS,
  HAN_PARTIES_STARTS,
  INSTRUMENT_GENITIVES,
  INSTRUMENT_WORDS,
  NAME_OPEN_ENDINGS,
  PARTIES_WORDS,
  HELD_VENUE_ENDS,
  HELD_VENUE_PREPOSITIONS,
  HELD_VENUE_SPACELESS,
  HELD_WORDS,
  LETTER_ENDINGS,
  ITEM_REFERENCE_WORDS,
  LOGO_OPENED_NAMES,
  MASTHEAD_NOISE,
  ORIGINAL_LANGUAGE_NAMES,
  PRINCIPAL_ORGANS,
  RUSSIAN_VERSION_LANGUAGES,
  COUNCIL_STATUS_WORDS,
  SECURITY_COUNCIL_NAMES,
  SESSION_PREFIXES,
  SESSION_SUFFIXES,
  UNNUMBERED_SESSIONS,
} from '../locales/masthead.js';
import { alternation, escapeRegex, foldedLookup, gap, isWordStart, LETTER, MARK, matchesAtWordStart, perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import type { Language } from '../schema.js';
import type { LineRange } from '../segment/segment.js';
import { extractDatesInLanguages, firstDateFrom, firstDateWithin, isValidDay, type DateMatch } from './dates.js';
import { localeFor } from '../locales/index.js';
import { findDocumentSymbols } from './symbols.js';

export interface Field<T> {
  value: T;
  span: NSpan;
}

export interface HeaderDraft {
  symbol: Field<string> | null;
  distribution: Field<'general' | 'limited' | 'restricted'> | null;
  issued: DateMatch | null;
  originalLanguage: Field<Language> | null;
  body: NSpan | null;
  organ: NSpan | null;
  session: Field<number | null> | null;
  venue: NSpan | null;
  meetingDate: DateMatch | null;
  /** "Distr." was printed alone: its value is on the next line. */
  distributionPending: boolean;
  /**
   * Masthead text inside the span of `body` or `organ`: a name printed in a column beside the
   * masthead ("Conference of the States Parties    Distr.: General" / "    21 March 2017" /
   * "to the United Nations    Original: English") runs across it. Like page furniture, it is
   * no part of the name's text. In text order.
   */
  furniture: NSpan[];
}

/** A masthead line at least this long may have wrapped. */
const WRAPPED_NAME_LENGTH = 35;
/** A logo's acronym on a line of its own ("CBD", "UNEP"). */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** A year a session is named by. */
const YEAR = '(?:19|20)\\d\\d';

const sessionPatterns = perLocale((locale: Locale) => {
  const session = alternation(locale.sessionWord, locale);
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  // A kind no language prints is a pattern that matches nothing.
  const kind = locale.sessionKinds?.length ? alternation(locale.sessionKinds, locale) : '(?!)';
  // A kind, or a word that describes the session without changing its numbering ("plenary").
  const kindOrAdjective = locale.sessionAdjectives?.length ? `(?:${kind}|${alternation(locale.sessionAdjectives, locale)})` : kind;
  // The year after the session word, perhaps after a short word ("of", "de", "لعام").
  const YEAR_AFTER = `(?:\\s+[${LETTER}]{1,4})?${gap(locale)}${YEAR}(?!\\d)(?:\\s+года)?`;
  const ordinalWords = ordinalBeside(locale, session);
  // Run on the masthead's short lines and fields: compiled to machine code at once, not to
  // bytecode first (see compiledAtOnce; the numbered-session pattern alone is 1,400-1,650
  // characters long in each language).
  return allCompiledAtOnce({
    // "Fifth session", "Fifty-third session", "الدورة الخامسة", "第五届会议", "Tercer período de sesiones".
    ordinalSession: new RegExp(ordinalWords, `${flags}g`),
    numberedSession: new RegExp(
      // The number's ordinal ending, glued or (as extractions split it) after a space: "13er", "21 er", "2do";
    // Spanish texts often print the degree sign for the ordinal indicator ("97° período de sesiones").
      `${session}${gap(locale)}(?<number>\\d{1,3})(?!\\d)|(?<number2>\\d{1,3})(?:\\s?(?:st|nd|rd|th|e|er|ère|ème|ª|º|°|ro|do|to|mo|no|vo)|-?я)?${gap(locale)}${session}`,
      flags,
    ),
    // "2024 session", "Período de sesiones de 2024", "Сессия 2024 года", "2024年届会": named by its year,
    // perhaps with its kind ("Annual session 2025", "Session annuelle de 2025", "2025年年度会议").
    yearSession: new RegExp(
      `(?:${kind}${gap(locale)})?${session}(?:\\s+${kind})?${YEAR_AFTER}|${YEAR}(?:\\s*年)?${gap(locale)}(?:${kind}${gap(locale)})?${session}`,
      flags,
    ),
    // The year after a session read by its ordinal: "First regular session 2025", "الدورة العادية الأولى لعام 2025".
    yearAfter: new RegExp(`(?:\\s+${kind})?${YEAR_AFTER}`, `${flags}y`),
    // …or the kind alone after it, the year printed in the dates only: "Première session ordinaire";
    // or a word describing it: "Soixante-dix-neuvième réunion plénière".
    kindAfter: new RegExp(`\\s+${kindOrAdjective}(?![${LETTER}])`, `${flags}y`),
    // …and before it, in Chinese: "2025年第一届常会".
    yearBefore: new RegExp(`${YEAR}\\s*年\\s*$`, 'u'),
    kind: new RegExp(kind, flags),
    // A session word, whole: in a spaceless script, the ordinal's greedy run may take the head of
    // a longer session word ("第二十届特别" before "会议" in "第二十届特别会议").
    wholeSessionWord: new RegExp(`^${session}$`, flags),
    // A kind as a whole word: "First Regular Session", "Первая очередная сессия" print it between the
    // ordinal and the session word, as "Seventy-ninth plenary session" does a describing word.
    kindWord: new RegExp(`^${kindOrAdjective}$`, flags),
    ordinal: foldedLookup(Object.entries(locale.ordinals)),
    tens: foldedLookup(Object.entries(locale.ordinalTens ?? {})),
    // Folded, longest first: "one hundred and" before "one hundred".
    hundredsBefore: foldedPhrases(locale.ordinalHundreds),
    hundredsAfter: foldedPhrases(locale.ordinalHundredsAfter),
    // "Item 2 of the provisional agenda", alone or after the session and venue on one line.
    itemReference: new RegExp(`${alternation([...locale.itemWord, ...ITEM_REFERENCE_WORDS, 'Item'], locale)}${gap(locale)}\\d{1,3}`, `${flags}g`),
  }, locale.code);
});

/**
 * Per locale: after a session, its "of" word and article before a capitalised word, the name of
 * the body whose session it is ("Forty-fourth session of the Economic Commission…", "Cuadragésimo
 * cuarto período de sesiones de la CEPAL", "Soixante-septième session de la Commission…"; sticky).
 * A language that joins the name by case has none.
 */
const sessionOfBody = perLocale((locale: Locale) => {
  const of = locale.mandates.of;
  if (of.length === 0 || locale.arabicMorphology || locale.spaceless) return null;
  const articles = (locale.mandates.articles ?? []).filter((word) => !/['’]$/.test(word));
  const article = articles.length ? `(?:${alternation(articles, locale)}[ \\t]+)?` : '';
  return new RegExp(`[ \\t]+${alternation(of, locale)}(?:[ \\t]+|(?<=['’]))${article}(?=\\p{Lu})`, 'uy');
});

/** True if two names read the same, case and spacing aside ("CEPAL" over "…de la CEPAL"). */
function sameNameText(ctx: ParseContext, a: NSpan, b: NSpan): boolean {
  const text = ctx.norm.text;
  return foldForMatch(text.slice(a.start, a.end)).replace(/\s+/g, ' ') === foldForMatch(text.slice(b.start, b.end)).replace(/\s+/g, ' ');
}

/** The locale's function words, "of" words and articles, lower-cased: no name ends with one. */
const functionWordSet = perLocale((locale: Locale) => new Set([...locale.stopwords, ...locale.mandates.of.flatMap((phrase) => phrase.split(' ')), ...(locale.mandates.articles ?? [])].map((word) => word.toLowerCase())));

/** The most words of a body's name printed after its session: "…of the Economic Commission for Latin America and the Caribbean". */
const MAX_NAME_AFTER_SESSION_WORDS = 14;

/**
 * The body named after the session ending at `sessionEnd` on a meeting line (`text`, up to
 * `limit`): from its capital to the line's end or a comma (the venue and dates may follow), with no
 * digit or sentence punctuation. Returns the name's offsets in `text` and where the rest starts.
 */
function bodyAfterSession(locale: Locale, text: string, sessionEnd: number, limit: number): { start: number; end: number; rest: number } | null {
  const pattern = sessionOfBody(locale);
  if (!pattern) return null;
  pattern.lastIndex = sessionEnd;
  const of = pattern.exec(text);
  if (!of) return null;
  const start = sessionEnd + of[0].length;
  const comma = text.indexOf(',', start);
  const rest = comma !== -1 && comma < limit ? comma : limit;
  let end = rest;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  const name = text.slice(start, end);
  if (name === '' || /[\d.;:()]/u.test(name)) return null;
  const words = name.split(/\s+/);
  // A name cut by the line's end ("…de la Conferencia Estadística de las Américas de la" / "Comisión
  // Económica…") is left to the lines' own reading, which takes the next line's name.
  if (words.length > MAX_NAME_AFTER_SESSION_WORDS || functionWordSet(locale).has(words.at(-1)!.toLowerCase())) return null;
  return { start, end, rest };
}

/**
 * The ordinal words beside a word they number (the session word; the Council's year word): taken
 * whole and looked up (readOrdinalSession), since an alternation of every ordinal in every case
 * (Russian has ~700) compiles to megabytes.
 */
function ordinalBeside(locale: Locale, numbered: string): string {
  const word = `[${LETTER}${MARK}]+`;
  return locale.arabicMorphology
    ? // Up to five words: "الخامسة عشرة بعد المائة" (115th), after a kind ("العادية").
      `${numbered}\\s+(?<ordinal>${word}(?:\\s+${word}){0,4})`
    : locale.spaceless
      ? `(?<ordinal>[${LETTER}]{1,8})${numbered}`
      : // Lazy: "Twenty-seventh special session" reads the longer session word, not "special" as an ordinal's.
        // Up to six words: "One hundred and twenty-fifth session". It starts where a word does:
        // from inside one it can match no more than from its start, and on a long run of letters
        // each start inside it would rescan the run (quadratic).
        `(?<![${LETTER}${MARK}])(?<ordinal>${word}(?:[-\\s]+${word}){0,5}?)\\s+${numbered}`;
}

/**
 * The Security Council's masthead lines under its name (Locale.councilMasthead), each a whole
 * line: its year, which is its session ("Seventy-ninth year", "السنة التاسعة والسبعون",
 * "第七十九年"), and its meeting ("10412th meeting", "10412-е заседание", "الجلسة 10412",
 * "第10412次会议"), which names no body, organ nor session.
 */
const councilPatterns = perLocale((locale: Locale) => {
  const words = locale.councilMasthead;
  if (!words) return null;
  const flags = locale.arabicMorphology ? 'u' : 'iu';
  const meeting = alternation(words.meeting, locale);
  const before = words.meetingNumberBefore?.length ? `${alternation(words.meetingNumberBefore, locale)}?` : '';
  // The number's ordinal ending ("10412th", "10412e", "10412ª", "10412-е"), then a space before the word.
  const ending = locale.spaceless ? '' : `(?:-?[${LETTER}ªº]{1,3})?`;
  return {
    // A Chinese ordinal carries its counter (第七十九届, 第七十九年): the year word is the ordinal's.
    year: new RegExp(
      locale.spaceless ? `^(?<ordinal>[${LETTER}]{1,8}${alternation(words.year, locale)})$` : `^${ordinalBeside(locale, alternation(words.year, locale))}$`,
      flags,
    ),
    meeting: new RegExp(`^(?:${meeting}${gap(locale)}\\d{1,6}|${before}\\d{1,6}${ending}${gap(locale)}${meeting})$`, flags),
  };
});

/** The status words folded ("provisional"). */
const COUNCIL_STATUS = new Set(COUNCIL_STATUS_WORDS.map((w) => foldForMatch(w)));
/** A line longer than this is no "Security Council    Provisional". */
const COUNCIL_LINE_MAX = 80;
/** …and one longer than this no status word alone ("Предварительный"). */
const COUNCIL_STATUS_MAX = Math.max(...COUNCIL_STATUS_WORDS.map((word) => word.length)) + 2;
/** …and one longer than this no Council's name alone ("Consejo de Seguridad"): most lines are not folded whole. */
const COUNCIL_NAME_MAX = Math.max(...[...SECURITY_COUNCIL_NAMES].map((name) => name.length)) + 2;

/**
 * "Security Council    Provisional", "Consejo de Seguridad Provisional", "安全理事会临时": the
 * Council's name, then its masthead's status word; or the name alone on its line. Returns where
 * the name ends and the status starts in the line's text (null without one), or null.
 */
function councilNameAndStatus(text: string): { nameEnd: number; statusStart: number | null } | null {
  if (text.length > COUNCIL_LINE_MAX) return null;
  if (text.length <= COUNCIL_NAME_MAX && SECURITY_COUNCIL_NAMES.has(foldForMatch(text))) return { nameEnd: text.length, statusStart: null };
  // The status is the line's last word; glued to the name in a spaceless script.
  let lastWord = text.length;
  while (lastWord > 0 && !SPACE.test(text[lastWord - 1]!)) lastWord--;
  if (lastWord > 0) return councilStatusAt(text, lastWord);
  // Run on every header line without a space (most Chinese lines): no list built per line.
  for (const status of COUNCIL_STATUS_WORDS) {
    const found = text.endsWith(status) ? councilStatusAt(text, text.length - status.length) : null;
    if (found) return found;
  }
  return null;
}

/** The line read as the Council's name, then its status from `statusStart`, or null. */
function councilStatusAt(text: string, statusStart: number): { nameEnd: number; statusStart: number } | null {
  if (!COUNCIL_STATUS.has(foldForMatch(text.slice(statusStart)))) return null;
  const name = text.slice(0, statusStart).trimEnd();
  return SECURITY_COUNCIL_NAMES.has(foldForMatch(name)) ? { nameEnd: name.length, statusStart } : null;
}

/**
 * Under the Council's name: its year, read as the session (the first one only), or its meeting,
 * which the header keeps nothing of. Returns whether the line is one of them.
 */
function readCouncilLine(ctx: ParseContext, header: HeaderDraft, span: NSpan, text: string): boolean {
  const p = councilPatterns(ctx.locale);
  if (!p) return false;
  // The status printed on a line of its own under the name ("Security Council" / "Provisional").
  if (isCouncilStatus(text)) return true;
  if (p.meeting.test(text)) return true;
  const year = p.year.exec(text);
  const ordinal = year && readOrdinalSession(ctx.locale, sessionPatterns(ctx.locale), year);
  if (!ordinal) return false;
  header.session ??= { value: ordinal.value, span: { start: span.start + ordinal.start, end: span.start + ordinal.end } };
  return true;
}

/** Is the text the masthead's status word alone ("Provisional", "Provisoire", "临时")? */
function isCouncilStatus(text: string): boolean {
  return text.length <= COUNCIL_STATUS_MAX && COUNCIL_STATUS.has(foldForMatch(text));
}

/** Does the text have the form of a line of the Council's masthead under its name (its year, meeting or status)? Nothing is read. */
function formsCouncilLine(ctx: ParseContext, text: string): boolean {
  const p = councilPatterns(ctx.locale);
  return p !== null && text.length <= COUNCIL_LINE_MAX && (isCouncilStatus(text) || p.meeting.test(text) || p.year.test(text));
}

/** Non-blank lines below a Council's year or status line, printed above its name, that may hold the name. */
const COUNCIL_NAME_BELOW = 2;

/**
 * "Seventy-ninth year" / "Security Council    Provisional", "Provisional" / "Security Council":
 * a masthead that prints the Council's year, meeting or status above its name rather than under
 * it. Is the Council's name (with its status or alone) on one of the next few non-blank lines of
 * the header? Asked only of a line that reads as the year, meeting or status.
 */
function councilNameBelow(ctx: ParseContext, from: number, to: number): boolean {
  let seen = 0;
  for (let i = from; i < to && seen < COUNCIL_NAME_BELOW; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) continue;
    seen++;
    for (const cell of cellSpans(line)) if (councilNameAndStatus(ctx.norm.text.slice(cell.start, cell.end))) return true;
    if (councilNameAndStatus(line.text.trim())) return true;
  }
  return false;
}

/** Capitals run into a capitalised word ("RACIALESoixante"): the capitals end a line an extraction joined. */
const GLUED_CAPITALS = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll})/u;

/** A table's phrases folded, with their values, longest first. */
function foldedPhrases(table: Readonly<Record<string, number>> | undefined): [string, number][] {
  return Object.entries(table ?? {})
    .map(([phrase, value]): [string, number] => [foldForMatch(phrase), value])
    .sort((a, b) => b[0].length - a[0].length);
}

/**
 * The ordinal among the words beside the session word: the longest run of them, next to it,
 * that is an ordinal ("Commission, fifth session" → "fifth"). Returns its value and its offset
 * in the matched text.
 */
function readOrdinalSession(
  locale: Locale,
  p: ReturnType<typeof sessionPatterns>,
  match: RegExpExecArray,
): { value: number; start: number; end: number } | null {
  const words = match.groups!.ordinal!;
  const at = match[0].indexOf(words);
  if (locale.spaceless) {
    // No spaces: try the characters before the session word, longest first.
    for (let i = 0; i < words.length; i++) {
      const value = ordinalValue(locale, p, words.slice(i));
      if (value !== null) return { value, start: match.index + at + i, end: match.index + match[0].length };
    }
    // The run ends in the head of a longer session word: "第二十届" + "特别会议", "第十届" + "紧急特别会议".
    const sessionText = match[0].slice(at + words.length);
    for (let cut = words.length - 1; cut >= 1; cut--) {
      if (!p.wholeSessionWord.test(words.slice(cut) + sessionText)) continue;
      for (let i = 0; i < cut; i++) {
        const value = ordinalValue(locale, p, words.slice(i, cut));
        if (value !== null) return { value, start: match.index + at + i, end: match.index + match[0].length };
      }
    }
    return null;
  }
  const parts = [...words.matchAll(/[^\s-]+/g)];
  // Arabic may name the kind of session before its ordinal: "الدورة العادية الحادية والثلاثون";
  // English and Russian print it between the ordinal and the session word: "First Regular
  // Session" (WFP/EB.1/…), "Первая очередная сессия".
  const kindBetween = !locale.arabicMorphology && parts.length > 1 && p.kindWord.test(parts[parts.length - 1]![0]);
  const skips = (locale.arabicMorphology && parts.length > 1) || kindBetween ? [0, 1] : [0];
  for (const skip of skips) for (let k = parts.length - skip; k >= 1; k--) {
    // Arabic puts the ordinal after the session word (a prefix of the words), others before it.
    const chosen = locale.arabicMorphology ? parts.slice(skip, skip + k) : parts.slice(parts.length - skip - k, parts.length - skip);
    // "RACIALESoixante-douzième": a web extraction glued the name in capitals above to the ordinal.
    const glued = locale.arabicMorphology ? null : GLUED_CAPITALS.exec(chosen[0]![0]);
    const first = chosen[0]!.index + (glued ? glued[0].length : 0);
    const last = chosen[chosen.length - 1]!;
    const phrase = words.slice(first, last.index + last[0].length);
    const value = ordinalValue(locale, p, phrase);
    if (value === null) continue;
    // The span runs from the ordinal to the session word, or (Arabic) from the session word on.
    return locale.arabicMorphology
      ? { value, start: match.index, end: match.index + at + last.index + last[0].length }
      : { value, start: match.index + at + first, end: match.index + match[0].length };
  }
  return null;
}

/**
 * "fifth" → 5; "fifty-third" → 53 (tens word + unit ordinal), when the table has the tens;
 * "one hundred and fifteenth" → 115 (hundreds + the ordinal below a hundred).
 */
function ordinalValue(locale: Locale, p: ReturnType<typeof sessionPatterns>, word: string): number | null {
  const whole = p.ordinal(word);
  if (whole !== undefined) return whole;
  if (p.hundredsBefore.length > 0 || p.hundredsAfter.length > 0) {
    const folded = foldForMatch(word);
    for (const [hundreds, value] of p.hundredsBefore) {
      if (!folded.startsWith(`${hundreds} `)) continue;
      const rest = ordinalBelowHundred(locale, p, folded.slice(hundreds.length + 1));
      if (rest !== null) return value + rest;
    }
    for (const [hundreds, value] of p.hundredsAfter) {
      if (!folded.endsWith(` ${hundreds}`)) continue;
      const rest = ordinalBelowHundred(locale, p, folded.slice(0, folded.length - hundreds.length - 1));
      if (rest !== null) return value + rest;
    }
  }
  return ordinalBelowHundred(locale, p, word);
}

/**
 * Longer than any tens word and unit word of the tables written together, even with harakat
 * (the longest are some twenty letters): a longer word is tried at no split, which on a long run
 * of letters would slice and fold it at every position (quadratic).
 */
const MAX_COMPOUND_ORDINAL = 100;

/** An ordinal from 1 to 99: whole in the table, or tens and unit. */
function ordinalBelowHundred(locale: Locale, p: ReturnType<typeof sessionPatterns>, word: string): number | null {
  const whole = p.ordinal(word);
  if (whole !== undefined) return whole < 100 ? whole : null;
  const parts = word.split(/[-\s]+/);
  // Spanish writes compounds as one word: "vigesimonoveno" (vigésimo + noveno), "trigesimoprimer".
  if (parts.length === 1 && !locale.spaceless && word.length <= MAX_COMPOUND_ORDINAL) {
    for (let i = 3; i <= word.length - 3; i++) {
      const t = p.tens(word.slice(0, i));
      const u = t === undefined ? undefined : p.ordinal(word.slice(i));
      if (t !== undefined && u !== undefined) return t + u;
    }
  }
  if (parts.length !== 2) return null;
  // "fifty-third": tens first; Arabic "الثالثة والخمسون": the unit, then "and" and the tens.
  const [tensWord, unitWord] = locale.arabicMorphology ? [parts[1]!.replace(/^و/, ''), parts[0]!] : [parts[0]!, parts[1]!];
  const t = p.tens(tensWord);
  const u = p.ordinal(unitWord);
  return t !== undefined && u !== undefined ? t + u : null;
}

/** The words that join language names in a list: "English and French", "francés e inglés". */
const LANGUAGE_JOINS = 'and|et|y|e|и|و|AND|ET|Y|E|И';

// "Distr.: General", and the masthead translated into Arabic: "التوزيع: عام".
// Case is spelt out rather than asked of the flags, and letters are the scripts' ranges rather
// than \p{L}: these run on every masthead token, and /iu over \p{L} costs a millisecond or two
// to compile, paid by every single-file run.
// The word spelt out, as the WFP and some agencies print it ("Distribution: GENERAL",
// "Distribución: GENERAL") is the masthead's only with a distribution word after it (group 1).
const DISTRIBUTION = new RegExp(
  `(?:[Dd][Ii][Ss][Tt][Rr](?:([Ii][Bb][Uu][Tt][Ii][Oo][Nn]|[Ii][Bb][Uu][Cc][Ii][ÓóOo][Nn]))?|(?:ال)?توزيع)(?![${LETTER}])\\.?\\s*(?::\\s*)?([${LETTER}]+)`,
  'uy',
);
// "Date: 2 May 2031": the date of issue under its label, as the WFP's and IFAD's mastheads print
// it beside "Distribution: General" ("Date : 2 mai 2031", "Fecha: 2 de mayo de 2031", "التاريخ:
// 2 أيار/مايو 2031"). The date itself is read from the text's dates.
const DATE_LABEL = /(?:[Dd]ate|DATE|[Ff]echa|FECHA|(?:ال)?تاريخ)[ \t\u00a0]*:[ \t\u00a0]*/y;
const DISTR_ALONE = new RegExp(`[Dd][Ii][Ss][Tt][Rr](?![${LETTER}])\\.?\\s*(?::\\s*)?$`, 'uy');
// "Original: English", "Original: English/French", "Original: English and French", "Original:
// francés e inglés" (Spanish "y" before a word in "i").
const ORIGINAL = new RegExp(
  `(?:[Oo]riginal|ORIGINAL|الأصل|الاصل)\\s*:\\s*(?:ب)?([${LETTER}]+)(?:\\s*[/,]\\s*[${LETTER}]+|\\s+(?:${LANGUAGE_JOINS})\\s+[${LETTER}]+)*`,
  'uy',
);
// Job numbers and barcodes printed on every page: "V.09-88123 (A)", "GE.10-12345", "*0988123*".
const JOB_NUMBER = /(?:[A-Z]{1,2}\.?\d{2}-\d{4,6}|\*\d{6,8}\*|N\d{7})(?:\s*\([A-Z]\))?(?:\s|$)/y;
/** The dates a job number is printed with (DDMMYY): "V.16-01873 (A)    180416    190416". */
const PRINT_DATE = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d$/;
/** A language name, with the punctuation after it ("Arabic,"). */
const LANGUAGE_WORD = new RegExp(`^[${LETTER}]+[\\p{P}\\p{S}]*$`, 'u');
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** A run of non-space characters and where it stands in its text. */
interface Token {
  text: string;
  start: number;
  end: number;
}

const NON_SPACE_RUN = /\S+/g;

/** The text's tokens. An exec loop: matchAll clones its pattern and makes an iterator on every call. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m; m = NON_SPACE_RUN.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Phrases compared folded, word by word from a token: the first word sifts, so most tokens cost one lookup. */
interface PhraseTable {
  phrases: ReadonlySet<string>;
  firstWords: ReadonlySet<string>;
  maxWords: number;
}

function phraseTable(printed: readonly string[]): PhraseTable {
  const phrases = new Set(printed.map((p) => foldForMatch(p)));
  return {
    phrases,
    firstWords: new Set([...phrases].map((p) => p.split(' ')[0]!)),
    maxWords: Math.max(...[...phrases].map((p) => p.split(' ').length)),
  };
}

/** The end of the longest phrase of the table that starts with token `index`, or -1. */
function phraseAt(table: PhraseTable, text: string, tokens: readonly Token[], folded: string, index: number): number {
  const start = tokens[index]!.start;
  const space = folded.indexOf(' ');
  if (!table.firstWords.has(space < 0 ? folded : folded.slice(0, space))) return -1;
  for (let k = Math.min(table.maxWords, tokens.length - index); k >= 1; k--) {
    const end = tokens[index + k - 1]!.end;
    if (table.phrases.has(foldForMatch(text.slice(start, end)))) return end;
  }
  return -1;
}

const NOISE_TABLE = phraseTable(MASTHEAD_NOISE);
const NOISE = NOISE_TABLE.phrases;
/** "联 合 国", "U n i t e d  N a t i o n s": the same, letter-spaced. */
const NOISE_SPACED = new Set(MASTHEAD_NOISE.map((n) => foldForMatch(n).replace(/ /g, '')));
/** "naciones", "naciones unidas": the noise, word by word. */
const NOISE_PREFIXES = new Set([...NOISE].flatMap((n) => n.split(' ').map((_, i, words) => words.slice(0, i + 1).join(' '))));
const NOISE_SPACED_PREFIXES = new Set([...NOISE_SPACED].flatMap((n) => [...n].map((_, i, letters) => letters.slice(0, i + 1).join(''))));
const NOISE_LETTERS = Math.max(...[...NOISE_SPACED].map((n) => n.length));

/** Masthead state carried from one cell and line to the next. */
interface MastheadState {
  /** A job number was read on this line: the print dates beside it are furniture too. */
  jobNumberOnLine: boolean;
  /** The logo's series letter ("United Nations E"), waiting for the rest of the symbol ("/CN.15/2015/1"). */
  symbolHead: NSpan | null;
  /** The dates of the whole text, in text order. */
  dates: readonly DateMatch[];
  /** The line being read is the header's first (blank lines and furniture aside). */
  firstLine: boolean;
  /** Where the last distribution field read starts and ends ("Distr.: General"), or -1. */
  distributionStart: number;
  distributionEnd: number;
  /**
   * The line above ended (or started) with the distribution field, beside a name's text: the
   * date of issue under it may end (or start) this one. Null where it did neither.
   */
  distributionAbove: 'end' | 'start' | null;
}

/**
 * Where a field is known as masthead when other text shares its cell: `always` by its own form
 * ("Distr.: General", "Original: English", a job number); `start` right after another field, or
 * starting the cell before one ("United Nations E/CN.7/2015/1"; body names contain it too:
 * "United Nations Commission on…", "…to the United Nations"); `edge` at either
 * end of the cell or beside another field (the symbol); `neighbour` only beside another field (a
 * date, a language name, print dates: their form alone says little); `afterNoise` right after
 * "United Nations" (the logo's letter); `end` (`begin`) at the cell's end (start) or beside another
 * field (the date of issue under a line that "Distr." ended or started: the right column of two
 * run together). A cell of fields only is masthead whatever their kinds.
 */
type Anchor = 'always' | 'start' | 'edge' | 'neighbour' | 'afterNoise' | 'end' | 'begin';

interface CellField {
  /** Offsets in the cell's text. */
  start: number;
  end: number;
  anchor: Anchor;
  /** The logo's "United Nations": a field after it may be the logo's letter. */
  noise: boolean;
  /** Records what the field says, once it is taken as masthead; null when the header keeps nothing of it. */
  apply: (() => void) | null;
}

/**
 * A field, every field with all its properties: readCell's loops then see one object shape, and
 * TurboFan's code for them is not thrown away when a field without `apply` first comes by.
 */
function cellField(start: number, end: number, anchor: Anchor, apply: (() => void) | null, noise = false): CellField {
  return { start, end, anchor, noise, apply };
}

interface CellPart {
  span: NSpan;
  masthead: boolean;
}

/** Is the token one character ("联", "U"), as letter-spaced noise prints it? One code point, perhaps two code units. */
function isOneCharacter(token: string): boolean {
  return token.length === 1 || (token.length === 2 && token.codePointAt(0)! > 0xffff);
}

/** "FRANÇAIS" + "Original": the shortest token that can be a language name glued to "Original". */
const GLUED_ORIGINAL_MIN = 'ARABIC'.length + 'Original'.length - 2;
/** A language name in capitals glued to "Original", as the token starts: "FRANÇAISOriginal:". */
const GLUED_ORIGINAL = /^\p{Lu}{4,}(?=Original)/u;

/** Where "Original" starts inside a token glued to a word in capitals before it, or 0. */
function gluedOriginalAt(token: string): number {
  const match = GLUED_ORIGINAL.exec(token);
  return match ? match[0].length : 0;
}

/** How many markdown emphasis marks ("**") a token starts with. */
function emphasisLength(token: string): number {
  let length = 0;
  while (length < token.length && token[length] === '*') length++;
  return length;
}

/** The end of a field that ends at `end`, with the punctuation glued to it ("General,"), or null mid-word. */
function fieldEnd(text: string, end: number): number | null {
  let at = end;
  while (at < text.length && PUNCTUATION.test(text[at]!)) at++;
  return at === text.length || /\s/.test(text[at]!) ? at : null;
}

/** The symbol that `head` (the logo's letter) and the text from `at` make together, and where it ends in the text. */
function joinedSymbol(head: string, text: string, at: number): { symbol: string; end: number } | null {
  const joined = head + text.slice(at);
  const symbol = findDocumentSymbols(joined)[0];
  if (!symbol || symbol.start !== 0 || !symbol.symbol.startsWith(`${head}/`)) return null;
  const end = fieldEnd(text, at + symbol.end - head.length);
  return end === null ? null : { symbol: symbol.symbol, end };
}

/** The dash that joins the two symbols of a joint document, perhaps spaced: "A/86/513-S/2031/800", "A/86/513 – S/2031/800". */
const JOINT_DASH = /\s?[-–—]\s?/y;

/**
 * The symbol, or the joint symbol it starts ("A/86/513-S/2031/800", the General Assembly's and the
 * Security Council's letters; "A/80/81-E/2025/62"): the masthead prints the document's symbols
 * joined by a dash, and all of them are its own. Canonical parts joined by a hyphen.
 */
function jointSymbol(
  text: string,
  symbols: readonly { symbol: string; start: number; end: number }[],
  first: { symbol: string; start: number; end: number },
): { symbol: string; end: number } {
  let value = first.symbol;
  let end = first.end;
  for (let i = symbols.indexOf(first) + 1; i < symbols.length; i++) {
    JOINT_DASH.lastIndex = end;
    if (!JOINT_DASH.test(text) || symbols[i]!.start !== JOINT_DASH.lastIndex) break;
    value += `-${symbols[i]!.symbol}`;
    end = symbols[i]!.end;
  }
  return { symbol: value, end };
}

type SymbolAt = { symbol: string; start: number; end: number };

/** A cell being read for masthead fields: what each field reader looks at, gathered once per cell. */
interface CellReading {
  ctx: ParseContext;
  header: HeaderDraft;
  state: MastheadState;
  cell: NSpan;
  /** The cell's text; fields' offsets are in it. */
  text: string;
  tokens: readonly Token[];
  symbols: readonly SymbolAt[];
  /** "Distr." ended the line above: its value starts this cell. */
  distributionPending: boolean;
}

/**
 * The masthead field that starts with the cell's token `index`, if any. Each kind of field has a
 * reader of its own, tried in this order; a reader looks further only when the token's first
 * character can start its field. (One function per kind keeps each small: TurboFan compiles the
 * ones a text needs, and a kind first met late costs the recompile of its reader only.)
 */
function fieldAt(r: CellReading, index: number): CellField | null {
  const word = r.tokens[index]!.text;
  const first = word[0]!;
  const byForm =
    pendingDistributionField(r, index, word) ??
    distributionField(r, index, word, first) ??
    distributionAloneField(r, index, word) ??
    dateLabelField(r, index, first) ??
    originalField(r, index, word, first) ??
    jobNumberField(r, index, first) ??
    symbolRestField(r, index, first) ??
    symbolField(r, index, word);
  if (byForm) return byForm;
  const folded = foldForMatch(word);
  return logoField(r, index, word, folded, first) ?? dateOfIssueField(r, index) ?? languagesOnlyField(r, index, folded) ?? neighbourWordField(r, index, word, folded);
}

/** Six languages and the joins between them, at most: a longer run is read no further (hostile input). */
const MAX_LISTED_LANGUAGES = 8;
/** Language names, then the word "only" (LANGUAGES_ONLY's words are checked after it matches). */
const LANGUAGES_ONLY = new RegExp(
  `[${LETTER}]+(?:\\s*[/,]\\s*[${LETTER}]+|\\s+(?:${LANGUAGE_JOINS})\\s+[${LETTER}]+){0,${MAX_LISTED_LANGUAGES}}\\s+(?:[Oo]nly|ONLY|[Ss]eulement|SEULEMENT|[ÚúUu]nicamente|ÚNICAMENTE|UNICAMENTE|[Ss]olamente|SOLAMENTE)(?![${LETTER}])`,
  'uy',
);
/** The join words folded, passed over when the list's words are checked. */
const FOLDED_LANGUAGE_JOINS = new Set(LANGUAGE_JOINS.split('|').map((w) => foldForMatch(w)));
const ONLY_WORDS = new Set(['only', 'seulement', 'unicamente', 'solamente']);

/**
 * "English, French and Spanish only", "English/French/Spanish only", "Anglais et français
 * seulement", "Español, francés e inglés únicamente": the versions a document is issued in,
 * printed under its date; language names only, then the word "only". No name.
 */
function languagesOnlyField(r: CellReading, index: number, folded: string): CellField | null {
  if (folded === 'только') return russianLanguagesOnlyField(r, index);
  const space = folded.indexOf(' ');
  if (ORIGINAL_LANGUAGE_NAMES[space < 0 ? folded : folded.slice(0, space)] === undefined) return null;
  const at = r.tokens[index]!.start;
  LANGUAGES_ONLY.lastIndex = at;
  const match = LANGUAGES_ONLY.exec(r.text);
  if (!match) return null;
  const words = foldForMatch(match[0]).split(' ');
  const listed = words.slice(0, -1).every((w) => ORIGINAL_LANGUAGE_NAMES[w] !== undefined || FOLDED_LANGUAGE_JOINS.has(w));
  if (!listed || !ONLY_WORDS.has(words[words.length - 1]!)) return null;
  const end = fieldEnd(r.text, at + match[0].length);
  return end === null ? null : cellField(at, end, 'always', null);
}

/** "Только на", language adjectives, then "языках" (RUSSIAN_VERSION_LANGUAGES' words are checked after it matches). */
const RUSSIAN_LANGUAGES_ONLY = new RegExp(
  `(?:Только|ТОЛЬКО|только)\\s+(?:на|НА)\\s+[${LETTER}]+(?:\\s*,\\s*[${LETTER}]+|\\s+(?:и|И)\\s+[${LETTER}]+){0,${MAX_LISTED_LANGUAGES}}\\s+(?:языках|языке|ЯЗЫКАХ|ЯЗЫКЕ)(?![${LETTER}])`,
  'uy',
);
const FOLDED_RUSSIAN_VERSION_LANGUAGES = new Set([...RUSSIAN_VERSION_LANGUAGES].map((w) => foldForMatch(w)));

/**
 * "Только на английском, русском и французском языках", "Только на английском языке": the
 * versions line of a Russian masthead printed in Russian, beside a name as the English "English,
 * French and Russian only" is. No name.
 */
function russianLanguagesOnlyField(r: CellReading, index: number): CellField | null {
  const at = r.tokens[index]!.start;
  RUSSIAN_LANGUAGES_ONLY.lastIndex = at;
  const match = RUSSIAN_LANGUAGES_ONLY.exec(r.text);
  if (!match) return null;
  // Folded, the list's commas are gone: "только", "на", the languages and their joins, "языках".
  const words = foldForMatch(match[0]).split(' ');
  if (!words.slice(2, -1).every((w) => FOLDED_RUSSIAN_VERSION_LANGUAGES.has(w) || w === 'и')) return null;
  const end = fieldEnd(r.text, at + match[0].length);
  return end === null ? null : cellField(at, end, 'always', null);
}

/** "Date: 2 May 2031": the label and the date of issue after it, one field; the date is the issue's. */
function dateLabelField(r: CellReading, index: number, first: string): CellField | null {
  if (first !== 'D' && first !== 'd' && first !== 'F' && first !== 'f' && first !== 'ا' && first !== 'ت') return null;
  const { header, cell, text } = r;
  if (header.issued) return null;
  const at = r.tokens[index]!.start;
  DATE_LABEL.lastIndex = at;
  const label = DATE_LABEL.exec(text);
  if (!label) return null;
  const date = dateStartingAt(r.state.dates, cell.start + at + label[0].length);
  if (!date || date.span.end > cell.end || date.end !== null || date.start.year === null) return null;
  const end = fieldEnd(text, date.span.end - cell.start);
  return end === null ? null : cellField(at, end, 'always', () => void (header.issued ??= date));
}

/** "Distr." on one line and "GENERAL" on the next, as older mastheads print it. */
function pendingDistributionField(r: CellReading, index: number, word: string): CellField | null {
  if (!r.distributionPending || index !== 0) return null;
  return distributionWord(r, index, word);
}

/** A distribution word ("GENERAL", "LIMITED") as the whole field. */
function distributionWord(r: CellReading, index: number, word: string): CellField | null {
  const value = DISTRIBUTION_WORDS[foldForMatch(word)];
  if (!value) return null;
  const at = r.tokens[index]!.start;
  const header = r.header;
  const span = { start: r.cell.start + at, end: r.cell.start + at + word.length };
  const state = r.state;
  const apply = () => {
    header.distribution ??= { value, span };
    state.distributionStart = span.start;
    state.distributionEnd = span.end;
  };
  return cellField(at, at + word.length, 'always', apply);
}

/** "Distr.: General", "التوزيع: عام", or "Distr." alone at the end of its line (its value on the next). */
function distributionField(r: CellReading, index: number, word: string, first: string): CellField | null {
  if (first !== 'D' && first !== 'd' && first !== 'ا' && first !== 'ت') return null;
  const { header, text } = r;
  const at = r.tokens[index]!.start;
  DISTR_ALONE.lastIndex = at;
  if (DISTR_ALONE.test(text)) return cellField(at, text.length, 'always', () => void (header.distributionPending = true));
  DISTRIBUTION.lastIndex = at;
  const distribution = DISTRIBUTION.exec(text);
  if (!distribution) return null;
  const end = fieldEnd(text, at + distribution[0].length);
  const value = DISTRIBUTION_WORDS[foldForMatch(distribution[2]!)];
  // The Arabic word is also "allocation" ("توزيع بنود جدول الأعمال"), and "Distribution" is
  // prose too ("Distribution of documents"): masthead only with its value.
  const abbreviated = (first === 'D' || first === 'd') && distribution[1] === undefined;
  if (end === null || !(value || abbreviated)) return null;
  const absolute = r.cell.start + at;
  const span = { start: absolute, end: absolute + distribution[0].length };
  const state = r.state;
  const fieldEndsAt = r.cell.start + end;
  const apply = () => {
    if (value) header.distribution ??= { value, span };
    state.distributionStart = absolute;
    state.distributionEnd = fieldEndsAt;
  };
  return cellField(at, end, 'always', apply);
}

/** "LIMITED", "GENERAL" printed alone in the masthead, without "Distr.": a cell of that word in capitals. */
function distributionAloneField(r: CellReading, index: number, word: string): CellField | null {
  if (r.tokens.length !== 1 || word !== word.toUpperCase() || word === word.toLowerCase()) return null;
  return distributionWord(r, index, word);
}

/**
 * "Original: English". "FRANÇAISOriginal: ANGLAIS": an extraction that dropped the line break
 * glues "Original" to the language name in capitals above it; the field starts at the token.
 */
function originalField(r: CellReading, index: number, word: string, first: string): CellField | null {
  const glued = first >= 'A' && word.length > GLUED_ORIGINAL_MIN ? gluedOriginalAt(word) : 0;
  if (first !== 'O' && first !== 'o' && first !== 'ا' && glued === 0) return null;
  const { header, text } = r;
  const at = r.tokens[index]!.start;
  ORIGINAL.lastIndex = at + glued;
  const original = ORIGINAL.exec(text);
  if (!original) return null;
  const end = fieldEnd(text, at + glued + original[0].length);
  if (end === null) return null;
  const value = ORIGINAL_LANGUAGE_NAMES[foldForMatch(original[1]!)];
  const start = r.cell.start + at + glued + original[0].indexOf(original[1]!, original[0].indexOf(':'));
  const span = { start, end: start + original[1]!.length };
  return cellField(at, end, 'always', () => void (value && (header.originalLanguage ??= { value, span })));
}

/** The job number, with whatever its cell prints after it ("V.18-01766 (C) GP 100418 110418"). */
function jobNumberField(r: CellReading, index: number, first: string): CellField | null {
  if (!((first >= 'A' && first <= 'Z') || first === '*')) return null;
  const at = r.tokens[index]!.start;
  const state = r.state;
  JOB_NUMBER.lastIndex = at;
  return JOB_NUMBER.test(r.text) ? cellField(at, r.text.length, 'always', () => void (state.jobNumberOnLine = true)) : null;
}

/** The rest of a symbol whose series letter the logo printed apart. */
function symbolRestField(r: CellReading, index: number, first: string): CellField | null {
  const { header, state } = r;
  const head = state.symbolHead;
  if (!head || first !== '/') return null;
  const at = r.tokens[index]!.start;
  const joined = joinedSymbol(r.ctx.norm.text.slice(head.start, head.end), r.text, at);
  if (!joined) return null;
  const span = { start: head.start, end: r.cell.start + joined.end };
  const apply = () => {
    header.symbol ??= { value: joined.symbol, span };
    state.symbolHead = null;
  };
  return cellField(at, joined.end, 'always', apply);
}

/** The document's symbol, or joint symbol; perhaps in markdown bold ("**CAC/COSP/IRG/2026/1**"): the marks before it are part of its field. */
function symbolField(r: CellReading, index: number, word: string): CellField | null {
  if (r.symbols.length === 0) return null;
  const { header, text } = r;
  const at = r.tokens[index]!.start;
  const symbolAt = at + emphasisLength(word);
  const symbol = r.symbols.find((s) => s.start === symbolAt);
  if (!symbol) return null;
  const joint = jointSymbol(text, r.symbols, symbol);
  const symbolEnd = fieldEnd(text, joint.end);
  if (symbolEnd === null) return null;
  const span = { start: r.cell.start + symbolAt, end: r.cell.start + joint.end };
  if (joint.end === symbol.end && !header.issued) {
    const glued = gluedIssueDate(r, symbol, at);
    if (glued) return glued;
  }
  return cellField(at, symbolEnd, 'edge', () => void (header.symbol ??= { value: joint.symbol, span }));
}

/** Digits a day of the month has at most. */
const DAY_DIGITS = 2;
/** A word after the symbol, past one space: the month of a date whose day the symbol took ("CERD/C/72/110 décembre 2007"). */
const WORD_AFTER_SYMBOL = /^[^\S\n]\p{L}/u;

/**
 * "CERD/C/72/110 décembre 2007", "CRC/C/13130 July 2003": an extraction that lost the space
 * between the symbol and the date of issue under it glues the day to the symbol's last number.
 * Where the symbol is followed by a month and year, the day is read from the symbol's trailing
 * digits (two, then one; the number keeps a digit, and a day has no leading zero) when they make
 * a valid date with them. Both readings may hold ("…/111 June": 11 June and …/1, or 1 June and
 * …/11): the reading whose symbol the text prints elsewhere (a running header) wins, else the
 * two-digit day, more days having two digits. Either way SYMBOL_DATE_RUN_TOGETHER says the symbol
 * was read out of a run, and names the other reading: the symbol is not certain.
 */
function gluedIssueDate(r: CellReading, symbol: SymbolAt, at: number): CellField | null {
  const { ctx, header, text, cell } = r;
  if (!/\d/.test(text[symbol.end - 1] ?? '') || !WORD_AFTER_SYMBOL.test(text.slice(symbol.end, symbol.end + 2))) return null;
  const english = localeFor('en');
  const locales = ctx.locale === english ? [english] : [ctx.locale, english];
  const readings: { symbol: SymbolAt; date: DateMatch }[] = [];
  for (let digits = DAY_DIGITS; digits >= 1; digits--) {
    const dayStart = symbol.end - digits;
    if (!/\d/.test(text[dayStart - 1] ?? '') || !/^[1-9]\d*$/.test(text.slice(dayStart, symbol.end))) continue;
    const date = extractDatesInLanguages(text.slice(dayStart), locales)[0];
    if (!date || date.span.start !== 0 || date.end !== null || date.start.year === null || !isValidDay(date.start)) continue;
    const rest = findDocumentSymbols(text.slice(symbol.start, dayStart))[0];
    if (!rest || rest.start !== 0 || rest.end !== dayStart - symbol.start) continue;
    const shift = cell.start + dayStart;
    readings.push({
      symbol: { symbol: rest.symbol, start: symbol.start, end: dayStart },
      date: {
        ...date,
        span: { start: date.span.start + shift, end: date.span.end + shift },
        weekdaySpan: date.weekdaySpan && { start: date.weekdaySpan.start + shift, end: date.weekdaySpan.end + shift },
      },
    });
  }
  if (readings.length === 0) return null;
  const chosen = readings.find((reading) => printedElsewhere(ctx.norm.text, reading.symbol.symbol, cell)) ?? readings[0]!;
  const dateEnd = fieldEnd(text, chosen.date.span.end - cell.start);
  if (dateEnd === null) return null;
  const other = readings.find((reading) => reading !== chosen);
  const printed = text.slice(symbol.start, chosen.date.span.end - cell.start);
  const read = `${chosen.symbol.symbol} and ${ctx.norm.text.slice(chosen.date.span.start, chosen.date.span.end)}`;
  const message = other
    ? `The symbol and the date of issue are run together ("${printed}"): read as ${read}; it may also be ${other.symbol.symbol} and ${ctx.norm.text.slice(other.date.span.start, other.date.span.end)}`
    : `The symbol and the date of issue are run together ("${printed}"): read as ${read}; the symbol is uncertain`;
  const symbolSpan = { start: cell.start + chosen.symbol.start, end: cell.start + chosen.symbol.end };
  const apply = () => {
    if (header.symbol || header.issued) return;
    header.symbol = { value: chosen.symbol.symbol, span: symbolSpan };
    header.issued = chosen.date;
    diagnose(ctx, 'warning', 'SYMBOL_DATE_RUN_TOGETHER', message, { start: symbolSpan.start, end: chosen.date.span.end });
  };
  return cellField(at, dateEnd, 'always', apply);
}

/** Is the symbol printed elsewhere in the text than in the cell, as a whole symbol (a running header's "CERD/C/72/1")? */
function printedElsewhere(text: string, symbol: string, cell: NSpan): boolean {
  for (let at = text.indexOf(symbol); at >= 0; at = text.indexOf(symbol, at + 1)) {
    if (at >= cell.start && at < cell.end) continue;
    const before = text[at - 1];
    const after = text[at + symbol.length];
    if ((before === undefined || !/[\p{L}\p{N}/.]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}/]/u.test(after))) return true;
  }
  return false;
}

/**
 * The logo: "United Nations", "Организация Объединенных Наций", "联 合 国" (letter-spaced), and the
 * series letter printed large beside it, apart from the rest of the symbol.
 */
function logoField(r: CellReading, index: number, word: string, folded: string, first: string): CellField | null {
  const { header, state, text, tokens } = r;
  const at = tokens[index]!.start;
  const noiseEnd = noiseEndAt(r, index, folded);
  if (noiseEnd >= 0) return cellField(at, noiseEnd, 'start', null, true);
  if (word.length !== 1 || first < 'A' || first > 'Z') return null;
  const absolute = r.cell.start + at;
  // "United Nations E /CN.15/2015/1": letter and rest in one cell.
  const next = tokens[index + 1];
  const joined = next?.text.startsWith('/') ? joinedSymbol(word, text, next.start) : null;
  if (joined) {
    const span = { start: absolute, end: r.cell.start + joined.end };
    return cellField(at, joined.end, 'afterNoise', () => void (header.symbol ??= { value: joined.symbol, span }));
  }
  const span = { start: absolute, end: absolute + 1 };
  return cellField(at, at + 1, 'afterNoise', () => void (state.symbolHead = span));
}

/** Where the logo's words starting with token `index` end, printed or letter-spaced, or -1. */
function noiseEndAt(r: CellReading, index: number, folded: string): number {
  const tokens = r.tokens;
  let noiseEnd = phraseAt(NOISE_TABLE, r.text, tokens, folded, index);
  let letters = '';
  for (let k = index; k < tokens.length && noiseEnd < 0 && isOneCharacter(tokens[k]!.text); k++) {
    letters += k === index ? folded : foldForMatch(tokens[k]!.text);
    if (!NOISE_SPACED_PREFIXES.has(letters)) break;
    if (k > index && NOISE_SPACED.has(letters)) noiseEnd = tokens[k]!.end;
  }
  return noiseEnd;
}

/** A date of issue: one day, with its year. */
function dateOfIssueField(r: CellReading, index: number): CellField | null {
  const { header, cell } = r;
  if (header.issued) return null;
  const at = r.tokens[index]!.start;
  const date = dateStartingAt(r.state.dates, cell.start + at);
  if (!date || date.span.end > cell.end) return null;
  const dateEnd = fieldEnd(r.text, date.span.end - cell.start);
  if (dateEnd === null || date.end !== null || date.start.year === null) return null;
  // "Conference of the States Parties to the Distr.: General" / "United Nations Convention against
  // 2 March 2031": a two-column masthead whose columns an extraction ran together line by line.
  // Under a line that ended with "Distr.", the date ending the line is the right column's (not
  // one after a comma, a meeting's place and date "Geneva, 3 February 2031" moved up); under one
  // that started with it (the right column first: "Distr.: General Conference of…"), the date
  // starting the line.
  const side = r.state.distributionAbove;
  const anchor: Anchor =
    side === 'end' && !VENUE_COMMA.test(lastNonSpaceBefore(r.text, at)) ? 'end' : side === 'start' ? 'begin' : 'neighbour';
  return cellField(at, dateEnd, anchor, () => void (header.issued ??= date));
}

/** "Arabic", "Chinese": the language of this version; print dates beside a job number. Masthead by their neighbours only. */
function neighbourWordField(r: CellReading, index: number, word: string, folded: string): CellField | null {
  const at = r.tokens[index]!.start;
  if (ORIGINAL_LANGUAGE_NAMES[folded] !== undefined && LANGUAGE_WORD.test(word)) return cellField(at, at + word.length, 'neighbour', null);
  if (r.state.jobNumberOnLine && PRINT_DATE.test(word)) return cellField(at, at + word.length, 'neighbour', null);
  return null;
}

/** Fields and the plain text between them, in a cell's order. */
interface Slot {
  start: number;
  end: number;
  field: CellField | null;
  accepted: boolean;
}

/**
 * A cell read for masthead fields: "Distr.: General 12 February 2015 Original: English" is all
 * masthead; "contre la corruption Distr. générale" is a name's end, then masthead. Returns the
 * cell's parts in order, each masthead or not.
 */
function readCell(ctx: ParseContext, cell: NSpan, header: HeaderDraft, state: MastheadState): CellPart[] {
  const text = ctx.norm.text.slice(cell.start, cell.end);
  const distributionPending = header.distributionPending;
  header.distributionPending = false;
  const reading: CellReading = {
    ctx,
    header,
    state,
    cell,
    text,
    tokens: tokensOf(text),
    symbols: text.includes('/') ? findDocumentSymbols(text) : [],
    distributionPending,
  };
  const slots = slotsOf(reading);
  const fieldsOnly = slots.every((slot) => slot.field);
  for (const slot of slots) slot.accepted = slot.field !== null && (fieldsOnly || slot.field.anchor === 'always');
  if (!fieldsOnly) {
    acceptRunTogetherLogo(ctx.locale, text, slots, state.firstLine);
    acceptByNeighbours(slots);
  }
  return cellParts(cell, text, slots);
}

/** The cell's fields, and the plain text between them, in order. */
function slotsOf(r: CellReading): Slot[] {
  const tokens = r.tokens;
  const slots: Slot[] = [];
  for (let i = 0; i < tokens.length; ) {
    const field = fieldAt(r, i);
    const token = tokens[i]!;
    if (field) {
      slots.push({ start: field.start, end: field.end, field, accepted: false });
      while (i < tokens.length && tokens[i]!.start < field.end) i++;
      continue;
    }
    const previous = slots[slots.length - 1];
    if (previous && !previous.field) previous.end = token.end;
    else slots.push({ start: token.start, end: token.end, field: null, accepted: false });
    i++;
  }
  return slots;
}

/** A word in capitals and small letters ("Convención", "Framework"), not all capitals. */
const MIXED_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * "NACIONES UNIDAS Convención Marco … Distr. GENERAL …", "UNITED NATIONS E Economic and Social
 * Council Distr. GENERAL …": in a masthead an extraction ran into one cell (masthead fields known
 * by their form in it), the logo that starts the cell is the logo when what follows it is set apart
 * from it: the logo's letter, a name in small letters after the logo in capitals, or in Chinese a
 * name after a space. In a language that names the organisation after a body's head
 * (Locale.organisationAfterHead: "Convención Marco de las Naciones Unidas…"), no name opens with
 * it: at the start of the header's first line, before a name ("Naciones Unidas Convención Marco
 * sobre el Cambio Climático Distr. GENERAL …", "الأمم المتحدة الاتفاقية الإطارية…"), it is the
 * logo in either case, with fields beside them or not. A name's wrapped end opens with it too ("Organización de las" / "Naciones
 * Unidas para la Alimentación…"), but never on the first line, nor before a function word. In
 * English a name that starts with the logo's words ("United Nations Environment Assembly of the
 * Distr.: General") is printed in one case with them and stays whole.
 */
function acceptRunTogetherLogo(locale: Locale, text: string, slots: Slot[], firstLine: boolean): void {
  const [logo, next] = slots;
  if (!logo?.field?.noise || !next) return;
  const nextText = next.field === null ? text.slice(next.start, next.end) : null;
  const nameAfter = nextText !== null && firstLine && locale.organisationAfterHead === true && opensName(locale, nextText);
  // Where no field stands beside them, the logo and a name are one only in these languages: a
  // text run together on one line has its masthead's fields put on lines of their own (reflow).
  if (!nameAfter && !slots.some((slot) => slot.accepted)) return;
  const logoText = text.slice(logo.start, logo.end);
  const letterAfter = next.field?.anchor === 'afterNoise';
  const caseChanges = nextText !== null && logoText === logoText.toUpperCase() && MIXED_CASE_WORD.test(nextText);
  // A Chinese name has no space in it: "联合国 联合国气候变化框架公约" is the logo, then the name.
  if (letterAfter || caseChanges || nameAfter || locale.spaceless === true) logo.accepted = true;
}

/** The first word of a text, to its first space. */
const FIRST_WORD = /^\S+/u;

/**
 * Does the text open as a name does: with no function word ("para la Alimentación" goes on with
 * a name above) and, in a cased script, with a capital ("Convención", "Рамочная")?
 */
function opensName(locale: Locale, text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0] ?? '';
  if (foldedStopwords(locale).has(foldForMatch(first))) return false;
  return locale.arabicMorphology || CAPITAL_START.test(first);
}

/** Fields known by their neighbours: a pass each way, and one more for a chain that turns back. */
function acceptByNeighbours(slots: Slot[]): void {
  for (let k = 0; k < slots.length; k++) acceptByNeighbour(slots, k);
  for (let k = slots.length - 1; k >= 0; k--) acceptByNeighbour(slots, k);
  for (let k = 0; k < slots.length; k++) acceptByNeighbour(slots, k);
}

function acceptByNeighbour(slots: Slot[], k: number): void {
  const slot = slots[k]!;
  if (slot.accepted || !slot.field) return;
  const before = slots[k - 1];
  const after = slots[k + 1];
  switch (slot.field.anchor) {
    case 'start': {
      // After the date of issue that starts a line of two columns run together ("2 March 2031
      // United Nations Convention against"), the words go on with the name: no logo.
      const nameGoesOn = before?.field?.anchor === 'begin' && after !== undefined && after.field === null;
      slot.accepted = ((before?.accepted ?? false) && !nameGoesOn) || (k === 0 && (after?.accepted ?? false));
      break;
    }
    case 'edge':
      // "United Nations E/CN.15/2015/1 Economic and Social Council": after the noise that starts the cell.
      slot.accepted = k === 0 || k === slots.length - 1 || before!.accepted || after!.accepted || (k === 1 && before!.field?.noise === true);
      break;
    case 'neighbour':
      slot.accepted = (before?.accepted ?? false) || (after?.accepted ?? false);
      break;
    case 'end':
      slot.accepted = k === slots.length - 1 || (before?.accepted ?? false) || (after?.accepted ?? false);
      break;
    case 'begin':
      slot.accepted = k === 0 || (before?.accepted ?? false) || (after?.accepted ?? false);
      break;
    case 'afterNoise':
      slot.accepted = (before?.accepted ?? false) && before!.field?.noise === true;
      break;
  }
}

/** The accepted fields applied; the cell's parts, plain text between masthead fields joined into one. */
function cellParts(cell: NSpan, text: string, slots: readonly Slot[]): CellPart[] {
  const parts: CellPart[] = [];
  for (const slot of slots) {
    if (slot.accepted) slot.field!.apply?.();
    const masthead = slot.accepted || !WORD_CHARACTER.test(text.slice(slot.start, slot.end));
    const previous = parts.at(-1);
    const span = { start: cell.start + slot.start, end: cell.start + slot.end };
    if (previous && !previous.masthead && !masthead) previous.span.end = span.end;
    else parts.push({ span, masthead });
  }
  return parts;
}

/** A principal organ's own document: its series letter, then a year or session ("E/2025/1", "A/79/100", "S/2025/12"). */
const PRINCIPAL_ORGAN_SYMBOL = /^[AEST]\/\d/;

const CELL_SEPARATOR = /\t| {3,}/g;
/** White space as trim() takes it. */
const SPACE = /\s/;

/** The most '#' a markdown heading mark has. */
const HEADING_MARKS = 6;
/** A letter glued to a heading mark: "#Conference", "#临时议程" (not "#3", a number). */
const HEADING_GLUED = /\p{L}/u;

/**
 * A trimmed cell [from, to) without the markdown an extraction left around it (the seed's form:
 * "**Distr.: General**", "# Conference of the Parties…", "#### Vienna, 27-29 January 2010"):
 * a heading mark (one to six '#', then a space or a letter) before it, and bold marks ("**",
 * two or more asterisks) before or after it. A single asterisk is kept: "*0988123*" is a
 * barcode, and "31st session*" a footnote's call. Offsets only, a few characters read at each end.
 */
function withoutMarkdown(text: string, from: number, to: number): [number, number] {
  let at = from;
  while (at < to && at - from < HEADING_MARKS && text[at] === '#') at++;
  // The mark is followed by a space, or glued to the name as extractions print it ("#临时议程").
  if (at > from && at < to && (SPACE.test(text[at]!) || HEADING_GLUED.test(text[at]!))) {
    from = at;
    while (from < to && SPACE.test(text[from]!)) from++;
  }
  at = from;
  while (at < to && text[at] === '*') at++;
  if (at - from >= 2) from = at;
  at = to;
  while (at > from && text[at - 1] === '*') at--;
  if (to - at >= 2) to = at;
  while (from < to && SPACE.test(text[from]!)) from++;
  while (to > from && SPACE.test(text[to - 1]!)) to--;
  return [from, to];
}

/** Cells of a line: tabs or wide gaps separate the masthead's side-by-side blocks. */
function cellSpans(line: Line): NSpan[] {
  const cells: NSpan[] = [];
  const text = line.text;
  // The cell [from, to) trimmed, by offsets: no substrings.
  const push = (from: number, to: number) => {
    while (from < to && SPACE.test(text[from]!)) from++;
    while (to > from && SPACE.test(text[to - 1]!)) to--;
    [from, to] = withoutMarkdown(text, from, to);
    if (to > from) cells.push({ start: line.start + from, end: line.start + to });
  };
  let start = 0;
  CELL_SEPARATOR.lastIndex = 0;
  for (let m = CELL_SEPARATOR.exec(text); m; m = CELL_SEPARATOR.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return cells;
}

/**
 * Does this line continue the name above it? It does when the name above ends with a function
 * word ("…Convention on the"), when this line starts in lower case ("and International Lakes"),
 * and when this line names no body of its own (no head word: "group", "комиссия", "فريق") while
 * the line above does not end with one: a name goes on to its head or to what the head governs
 * ("Конференция участников" / "Конвенции Организации" / "Объединенных Наций против" / …,
 * "مؤتمر الدول الأطراف في اتفاقية" / "الأمم المتحدة لمكافحة الفساد"). A whole name ending with
 * its head ("Economic and Social Council") is continued only when long enough to have wrapped.
 */
function continuesName(ctx: ParseContext, block: NSpan, above: string, text: string): boolean {
  if (/^\p{Ll}/u.test(text)) return true;
  // "NACIONES" / "UNIDAS": the logo's words, one a line (left out of the names later).
  if (block.end - block.start + text.length < NOISE_LETTERS * 2) {
    if (NOISE_PREFIXES.has(foldForMatch(`${ctx.norm.text.slice(block.start, block.end)} ${text}`))) return true;
  }
  // Chinese puts the head noun last: a name goes on until a line ends with one (…缔约方会议).
  if (ctx.locale.spaceless) {
    if (HAN_BODY_HEADS.some((head) => above.endsWith(head))) return false;
    // "儿童权利公约" / "儿童权利委员会": the treaty, then its committee, are two names.
    const instrumentAbove = HAN_INSTRUMENT_ENDINGS.some((ending) => above.endsWith(ending));
    const ownBody = HAN_BODY_HEADS.some((head) => text.endsWith(head)) && !HAN_PARTIES_STARTS.some((start) => text.startsWith(start));
    return !(instrumentAbove && ownBody);
  }
  // A logo's acronym ("CBD", "UNEP") stands alone.
  if (ACRONYM.test(above)) return false;
  const lastWord = foldForMatch(above.slice(Math.max(above.lastIndexOf(' '), above.lastIndexOf('\t')) + 1));
  if (foldedStopwords(ctx.locale).has(lastWord)) return true;
  if (hasBodyHeadWord(text)) return false;
  return above.length >= WRAPPED_NAME_LENGTH || !BODY_HEADS.has(lastWord);
}

/**
 * Does the name block end where no name ends, so that it goes on after a blank line? It does when
 * its last word is a function word ("…Convention on the", "…Partes en la", "…по", "…في"; in
 * Chinese, a name ending in one: "…的") or a word that wants a complement ("…لمكافحة", "…المعني"),
 * and when it names a treaty's parties and goes on past them without the instrument ("Conference
 * of the States Parties to the United Nations" / "Convention against Corruption").
 */
function nameUnfinished(ctx: ParseContext, block: NSpan, above: string): boolean {
  if (ctx.locale.spaceless) return ctx.locale.stopwords.some((w) => above.endsWith(w));
  // The language's function words, folded: "à" is compared as "a".
  const functionWords = foldedStopwords(ctx.locale);
  const words = foldForMatch(ctx.norm.text.slice(block.start, block.end)).split(' ');
  const lastWord = words[words.length - 1]!;
  if (functionWords.has(lastWord) || NAME_OPEN_ENDINGS.has(lastWord)) return true;
  // The parties' complement opens with a function word ("Parties to the…", "parties à la…", "Partes
  // en la…", "الأطراف في…"); an adjective after them ("Altas Partes Contratantes") ends the name.
  let parties = -1;
  for (let k = words.length - 1; k >= 0 && parties < 0; k--) if (PARTIES_WORDS.has(words[k]!)) parties = k;
  return parties >= 0 && functionWords.has(words[parties + 1] ?? '') && !words.slice(parties + 1).some((w) => INSTRUMENT_WORDS.has(w));
}

/** How many words of a line may stand before the parties' instrument: an adjective ("Монреальского протокола"), "في" / "to the". */
const INSTRUMENT_WORD_WINDOW = 3;

/**
 * Does the name block end with the treaty's parties ("Конференция участников", "Совещание Сторон",
 * "مؤتمر الدول الأطراف", "Hautes Parties contractantes") and the line go on with their instrument? A name headed by the parties
 * wants the instrument as its complement: in Russian the instrument's genitive says so by itself
 * ("Конвенции Организации Объединенных Наций против коррупции", "Рамочной конвенции…",
 * "Монреальского протокола…"); elsewhere the line opens with a function word before it ("في
 * اتفاقية الأمم المتحدة…", "to the Convention…"), a line no name starts with.
 */
function partiesThenInstrument(ctx: ParseContext, block: NSpan, text: string): boolean {
  // The parties last, or before their adjective ("Hautes Parties contractantes", "Altas Partes Contratantes").
  const lastWords = foldForMatch(ctx.norm.text.slice(Math.max(block.start, block.end - PARTIES_TAIL), block.end)).split(' ').slice(-2);
  if (!lastWords.some((w) => PARTIES_WORDS.has(w))) return false;
  const words = foldForMatch(text.slice(0, INSTRUMENT_LINE_START)).split(' ').slice(0, INSTRUMENT_WORD_WINDOW);
  if (words.slice(0, 2).some((w) => INSTRUMENT_GENITIVES.has(w))) return true;
  return foldedStopwords(ctx.locale).has(words[0]!) && words.slice(1).some((w) => INSTRUMENT_WORDS.has(w));
}

/** Enough of a name's end for its last two words ("Parties contractantes"). */
const PARTIES_TAIL = 40;
/** Enough of a line's start for its first INSTRUMENT_WORD_WINDOW words ("Монреальского протокола по"). */
const INSTRUMENT_LINE_START = 60;

/** A line that opens with a word in small letters ("contre la corruption", "sur l’élimination"), not an item's letter ("а)"). */
const SMALL_WORD_START = /^\p{Ll}+(?:\s|$)/u;

/**
 * Does the line go on with the name above it, a blank line between? Only where the name is
 * unfinished (nameUnfinished), the line names the instrument of the parties the name ends with
 * (partiesThenInstrument), or the line goes on in small letters under a short one ("Convention
 * internationale" / "sur l’élimination", web pages printing a blank line after every line of the
 * masthead), and the line names no body of its own (a head word:
 * "Committee on…", "Groupe de travail…"); then as a line right under it would.
 */
function continuesNameAcrossBlank(ctx: ParseContext, block: NSpan, above: string, text: string): boolean {
  // Only under a short line: a web page prints its narrow name column line by line ("Convention
  // internationale" / "sur l’élimination" / …); a long one has ended its name ("…against Women").
  const smallLettersGoOn = above.length < WRAPPED_NAME_LENGTH && SMALL_WORD_START.test(text);
  if (!(smallLettersGoOn || nameUnfinished(ctx, block, above) || partiesThenInstrument(ctx, block, text))) return false;
  if (!ctx.locale.spaceless && hasBodyHeadWord(text)) return false;
  return continuesName(ctx, block, above, text);
}

const sessionQualifiers = perLocale((locale: Locale) => ({
  unnumbered: phraseTable(UNNUMBERED_SESSIONS),
  /** Every unnumbered session of the language names the session: lines without the word are passed over. */
  sessionWord: new RegExp(alternation(locale.sessionWord, locale), locale.arabicMorphology ? 'u' : 'iu'),
  prefixes: new Set(SESSION_PREFIXES.map((s) => foldForMatch(s))),
  prefixWords: Math.max(...SESSION_PREFIXES.map((s) => s.split(' ').length)),
  suffixes: new Set(SESSION_SUFFIXES.map((s) => foldForMatch(s))),
  spaceless: locale.spaceless === true,
}));

interface SessionMatch {
  value: number | null;
  /** Offsets in the line's text. */
  start: number;
  end: number;
}

/** The session a meeting line names, with the words that belong to it ("Resumed", "(resumed)"). */
function findSession(locale: Locale, text: string): SessionMatch | null {
  const q = sessionQualifiers(locale);
  // A numbered or year-named session names the session word, and so does an unnumbered one
  // except in Chinese ("续会"): one scan for the word spares the other patterns on the many
  // lines (names, venues) without it.
  const named = q.sessionWord.test(text);
  if (!named && !q.spaceless) return null;
  const session = (named ? numberedSession(locale, text) : null) ?? unnumberedSession(q, text);
  return session && withQualifiers(q, text, session);
}

/**
 * Where the session a text names stands in it ("Third session", "Tercer período de sesiones",
 * "الدورة الرابعة", "第五届会议"), or null: the line break step finds the session line of a
 * masthead run together on one line with it.
 */
export function sessionPhraseIn(locale: Locale, text: string): { start: number; end: number } | null {
  // A line is read for a few ordinals only (MAX_ORDINAL_TRIES): a masthead on one line has many
  // words before a session word ("Economic Commission for Europe Meeting of the Parties …"), so
  // each session word is read in a window of its own, as the line it stands on would be.
  // Chinese glues its session word to the ordinal and to names ("缔约方会议"): its line is read whole.
  if (locale.spaceless) {
    const session = findSession(locale, text);
    return session && { start: session.start, end: session.end };
  }
  const word = sessionWordPattern(locale);
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    let from = Math.max(0, m.index - SESSION_WINDOW_BEFORE);
    // From a word's start: a word cut in two is no ordinal.
    if (from > 0) from = text.indexOf(' ', from) + 1;
    const to = Math.min(text.length, m.index + m[0].length + SESSION_WINDOW_AFTER);
    const session = findSession(locale, text.slice(from, to));
    if (session) return { start: from + session.start, end: from + session.end };
  }
  return null;
}

/** How far before its session word a session's ordinal may start ("One hundred and twenty-fifth"), and after it its year or qualifier runs. */
const SESSION_WINDOW_BEFORE = 60;
const SESSION_WINDOW_AFTER = 30;

/** The locale's session words, global, for sessionPhraseIn. */
const sessionWordPattern = perLocale((locale: Locale) => new RegExp(alternation(locale.sessionWord, locale), locale.arabicMorphology ? 'gu' : 'giu'));

/** How many matches of the ordinal pattern a line is read for. */
const MAX_ORDINAL_TRIES = 3;

/** A session named by its ordinal, its year or its number. */
function numberedSession(locale: Locale, text: string): SessionMatch | null {
  const p = sessionPatterns(locale);
  // A match that reads no ordinal is tried again one character on: in Chinese the session word
  // 届会 may match inside the ordinal's 届 and 会议 ("委员会第一百一十五届会议").
  p.ordinalSession.lastIndex = 0;
  for (let tries = 0; tries < MAX_ORDINAL_TRIES; tries++) {
    const ordinalMatch = p.ordinalSession.exec(text);
    if (!ordinalMatch) break;
    const ordinal = readOrdinalSession(locale, p, ordinalMatch);
    if (ordinal) return withYear(locale, p, text, ordinal);
    p.ordinalSession.lastIndex = ordinalMatch.index + 1;
  }
  const afterDigit = (m: RegExpExecArray) => m.index > 0 && /\d/.test(text[m.index - 1]!);
  const year = p.yearSession.exec(text);
  if (year && !afterDigit(year)) return { value: null, start: ordinalBefore(locale, p, text, year.index), end: year.index + year[0].length };
  const m = p.numberedSession.exec(text);
  const number = m ? Number(m.groups!.number ?? m.groups!.number2) : 0;
  if (m && !afterDigit(m) && number > 0) return { value: number, start: m.index, end: m.index + m[0].length };
  return null;
}

/**
 * A session of a kind that meets several times a year, named by its order in the year and the
 * year ("First regular session 2025", "Première session ordinaire de 2025", "الدورة العادية الأولى
 * لعام 2025", "2025年第一届常会"): the name runs on to the year, and its ordinal is no number of
 * the body's sessions (SPEC: sessionNumber counts the body's sessions, "fifth session" → 5), so
 * the session has no number. Without a kind or a year the ordinal session is as read.
 */
function withYear(locale: Locale, p: ReturnType<typeof sessionPatterns>, text: string, session: SessionMatch): SessionMatch {
  let { start, end } = session;
  if (locale.spaceless) {
    const before = p.yearBefore.exec(text.slice(0, start));
    if (!before) return session;
    start = before.index;
  } else {
    p.yearAfter.lastIndex = end;
    const after = p.yearAfter.exec(text);
    if (!after) {
      // "2024 first session" (UN-Habitat's Executive Board): the year opening the line names the
      // session, its ordinal the session's order in that year, no number of the body's sessions.
      const head = text.slice(0, start);
      if (start > 0 && /\s/.test(head[head.length - 1]!) && isYear(head.trim())) return { value: null, start: head.length - head.trimStart().length, end };
      // No year: the session is as read (its ordinal its number), printed with its kind.
      p.kindAfter.lastIndex = end;
      const kind = p.kindAfter.exec(text);
      return kind ? { ...session, end: end + kind[0].length } : session;
    }
    end += after[0].length;
  }
  return p.kind.test(text.slice(start, end)) ? { value: null, start, end } : session;
}

/** "2024": four digits, 19xx or 20xx (a year as YEAR reads it). */
function isYear(text: string): boolean {
  if (text.length !== 4 || !(text.startsWith('19') || text.startsWith('20'))) return false;
  for (let i = 2; i < 4; i++) if (text.charCodeAt(i) < 0x30 || text.charCodeAt(i) > 0x39) return false;
  return true;
}

/** Where a session named by its year starts, with the ordinal printed before it ("First" regular session 2025). */
function ordinalBefore(locale: Locale, p: ReturnType<typeof sessionPatterns>, text: string, start: number): number {
  if (locale.spaceless || locale.arabicMorphology) return start;
  const before = tokensOf(text.slice(0, start));
  for (let k = Math.min(ORDINAL_WORDS_BEFORE, before.length); k >= 1; k--) {
    const first = before[before.length - k]!;
    if (ordinalValue(locale, p, text.slice(first.start, start).trim()) !== null) return first.start;
  }
  return start;
}

/** How many words before a year-named session may make its ordinal ("Twenty-first" regular…). */
const ORDINAL_WORDS_BEFORE = 3;

/** "Special session", "Session extraordinaire", "الدورة الاستثنائية": a session without a number (outside Chinese, on a line naming the session word). */
function unnumberedSession(q: ReturnType<typeof sessionQualifiers>, text: string): SessionMatch | null {
  if (q.spaceless) {
    for (const phrase of q.unnumbered.phrases) {
      const at = text.indexOf(phrase);
      if (at >= 0) return { value: null, start: at, end: at + phrase.length };
    }
    return null;
  }
  const words = tokensOf(text);
  for (let i = 0; i < words.length; i++) {
    const end = phraseAt(q.unnumbered, text, words, foldForMatch(words[i]!.text), i);
    if (end >= 0) return { value: null, start: words[i]!.start, end };
  }
  return null;
}

/** The session with the words printed before or after it that name it too. */
function withQualifiers(q: ReturnType<typeof sessionQualifiers>, text: string, session: SessionMatch): SessionMatch {
  let { start, end } = session;
  if (q.spaceless) {
    const after = /^\s*[(（]?/u.exec(text.slice(end))![0].length;
    const suffix = [...q.suffixes].find((s) => text.startsWith(s, end + after));
    if (suffix) end += after + suffix.length + (/^[)）]/u.test(text.slice(end + after + suffix.length)) ? 1 : 0);
    return { ...session, start, end };
  }
  const before = tokensOf(text.slice(0, start));
  for (let k = Math.min(q.prefixWords, before.length); k >= 1; k--) {
    const first = before[before.length - k]!;
    if (q.prefixes.has(foldForMatch(text.slice(first.start, start)))) {
      start = first.start;
      break;
    }
  }
  const next = /^\s*(\S+)/u.exec(text.slice(end));
  if (next && q.suffixes.has(foldForMatch(next[1]!))) end += next[0].length;
  return { ...session, start, end };
}

/** Trims separators (spaces, commas) from both ends of [start, end) of the text. A loop: a pattern anchored at the end is quadratic. */
function trimSeparators(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,،，、;]/u.test(text[start]!)) start++;
  while (end > start && /[\s,،，、;]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * A meeting line: the session, the venue and dates, and a reference to the agenda item the
 * document is issued under, wherever they stand on the line ("Twenty-fourth session Vienna,
 * 18-22 May 2015 Item 2 of the provisional agenda*"). Returns whether the line is one, and
 * whether it refers to an item (the lines after it are that item's title).
 */
function readMeetingLine(
  ctx: ParseContext,
  header: HeaderDraft,
  span: NSpan,
  allDates: readonly DateMatch[],
): {
  meeting: boolean;
  itemReference: boolean;
  prose: boolean;
  nameBeforeDate: NSpan | null;
  hourAfterDate: boolean;
  dateAlone: boolean;
  nameFromSession: NSpan | null;
  nameAfterSession: NSpan | null;
} {
  const text = ctx.norm.text.slice(span.start, span.end);
  const p = sessionPatterns(ctx.locale);
  let limit = text.length;
  // Chinese prints the reference glued to what precedes it (临时议程项目2). Elsewhere a match
  // inside a word is passed over; most lines have no match at all and need no more.
  p.itemReference.lastIndex = 0;
  let reference = p.itemReference.exec(text);
  if (reference && !ctx.locale.spaceless && !isWordStart(text, reference.index)) {
    reference = matchesAtWordStart(p.itemReference, text, reference.index + 1).next().value ?? null;
  }
  if (reference) limit = reference.index;
  const session = findSession(ctx.locale, text.slice(0, limit));
  if (session && !header.session) {
    header.session = { value: session.value, span: { start: span.start + session.start, end: span.start + session.end } };
  }
  // "Cuadragésimo cuarto período de sesiones de la CEPAL", "Forty-fourth session of the Economic
  // Commission for …, Lima, 20-22 May 2032": the body whose session it is, named after it; the
  // venue and dates after it.
  const named = session ? bodyAfterSession(ctx.locale, text, session.end, limit) : null;
  const nameAfterSession = named ? { start: span.start + named.start, end: span.start + named.end } : null;
  // The dates after the session, or before it ("Vienna, 18-22 May 2015, twenty-fourth session").
  let [from, to] = session ? [named ? named.rest : session.end, limit] : [0, limit];
  let date = firstDateWithin(allDates, { start: span.start + from, end: span.start + to });
  if (!date && session) {
    [from, to] = [0, session.start];
    date = firstDateWithin(allDates, { start: span.start + from, end: span.start + to });
  }
  // A dated sentence without a session ("رسالة مؤرخة 16 أيلول/سبتمبر 2026 موجهة إلى رئيس…",
  // "Letter dated 1 June 2031 from the Permanent Representative of…"): no venue and date line
  // goes on for that many words after its date (a name glued before it may be long), and none
  // prints "dated" before its date ("رسالة مؤرخة 1 حزيران/يونيه 2031 موجهة إلى الأمين العام").
  if (date && !session && (isDatedSentence(ctx, text.slice(date.span.end - span.start, limit)) || afterDatedWord(text.slice(from, date.span.start - span.start)))) {
    return { meeting: false, itemReference: reference !== null, prose: true, nameBeforeDate: null, hourAfterDate: false, dateAlone: false, nameFromSession: null, nameAfterSession: null };
  }
  let dated = false;
  let nameBeforeDate: NSpan | null = null;
  let hourAfterDate = false;
  /** The line is the meeting's date and nothing else: no venue, session nor hour on it. */
  let dateAlone = false;
  if (date && !header.meetingDate) {
    dated = true;
    header.meetingDate = date;
    // "Vienna, 27-29 January 2010": the venue is what comes before the date; "2012年11月28日至30日，维也纳": in Chinese, after it.
    const [beforeStart, beforeEnd] = trimSeparators(text, from, date.span.start - span.start);
    const [afterStart, afterEnd] = trimSeparators(text, date.span.end - span.start, to);
    const before = beforeEnd > beforeStart ? { start: span.start + beforeStart, end: span.start + beforeEnd } : null;
    const after = afterEnd > afterStart ? { start: span.start + afterStart, end: span.start + afterEnd } : null;
    if (after && before && venueAfterDate(ctx, text.slice(date.span.end - span.start, afterEnd))) {
      // "枪支问题工作组 2016年5月30日和31日，维也纳": the working group's name, run into the line
      // its venue and date are printed on, is a name; the venue is after the date.
      header.venue = after;
      nameBeforeDate = before;
    } else if (before) {
      // A venue is a place, and a place is short: a longer text before the date holds a body's
      // name run into it ("…Working Group on Trafficking in Persons Vienna, 27-29 January 2010"),
      // and where the name ends cannot be told. No venue rather than a name.
      if (isVenue(ctx, text.slice(beforeStart, beforeEnd))) header.venue = before;
      else diagnose(ctx, 'info', 'MASTHEAD_RUN_TOGETHER', 'The text before the meeting\'s date is longer than a place: a name runs into the venue, which is left out', before);
    }
    // "Tuesday, 14 March 2034, at 10 a.m." (S/Agenda/…): what follows a date with a digit is the
    // meeting's hour, no venue; the venue may then stand on the next line ("New York").
    else if (after) {
      hourAfterDate = /\d/u.test(text.slice(afterStart, afterEnd));
      // "(Forty-sixth session, 21-24 March 2005)": the bracket closing the line is no venue.
      if (!hourAfterDate && /\p{L}/u.test(text.slice(afterStart, afterEnd))) header.venue = after;
    } else {
      dateAlone = !session && reference === null;
    }
  }
  // "CONFERENCE OF THE PARTIES Fifteenth session Copenhagen, 7–18 December 2031": an extraction
  // that runs the masthead's name into the session line leaves the name before the session. Only
  // where the dates follow the session (before it stand the venue and dates) and no digit stands
  // before it (a symbol, a date, an item reference are no name). A name ends in a capital ("…of
  // the Parties", "…on Narcotic Drugs") or is all capitals; "Report on the twelfth session" does not.
  if (session && session.start > 0 && from === session.end && nameBeforeDate === null) {
    const [nameStart, nameEnd] = trimSeparators(text, 0, session.start);
    const name = text.slice(nameStart, nameEnd);
    if (nameEnd > nameStart && !/\d/u.test(name) && CAPITAL_START.test(name.slice(name.lastIndexOf(' ') + 1))) {
      nameBeforeDate = { start: span.start + nameStart, end: span.start + nameEnd };
    }
  }
  // "Forty-Fourth Meeting of the Parties to" / "the Montreal Protocol on Substances…" (the
  // Montreal Protocol's meetings, "Quarante-quatrième Réunion des Parties au…", "Cuadragésima
  // Cuarta Reunión de las Partes en el…"): the session's word opens a body's name of the locale's
  // table, the ordinal before it being the session's. The name runs from that word to the line's
  // end, and may go on below; the session is read as before ("Forty-Fourth Meeting").
  let nameFromSession: NSpan | null = null;
  if (session && !date && !reference && nameBeforeDate === null) {
    const wordStart = text.lastIndexOf(' ', session.end - 1) + 1;
    if (wordStart > session.start && opensTableBody(ctx.locale, text.slice(wordStart, limit))) {
      const [, nameEnd] = trimSeparators(text, wordStart, limit);
      nameFromSession = { start: span.start + wordStart, end: span.start + nameEnd };
    }
  }
  return {
    meeting: session !== null || reference !== null || dated,
    itemReference: reference !== null,
    prose: false,
    nameBeforeDate,
    hourAfterDate,
    dateAlone,
    nameFromSession,
    // A session word that opens the body's name ("Forty-Fourth Meeting of the Parties to…") names it whole.
    nameAfterSession: nameFromSession ? null : nameAfterSession,
  };
}

/** The locale's body names, folded, with a space after each: what a name opening a text starts with. */
const foldedTableBodies = perLocale((locale: Locale) => locale.bodies.map((body) => `${foldForMatch(body.name)} `));

/** Does the text open with a body's name of the locale's table, and go on past it ("Meeting of the Parties to")? */
function opensTableBody(locale: Locale, text: string): boolean {
  const folded = `${foldForMatch(text)} `;
  return foldedTableBodies(locale).some((name) => folded.startsWith(name));
}

/** A name's last word opens with a capital ("Parties", "Drugs", "PARTIES"); tested on that word alone. */
const CAPITAL_START = /^\p{Lu}/u;

/** Words (characters in Chinese) a place's name alone on a line has at most: "New York", "Нью-Йорк", "纽约". */
const PLACE_WORDS = 3;
const PLACE_CHARACTERS = 8;

/** Is the line a place's name: a few words, no digit, no stop or colon (not a heading nor a sentence)? */
function isPlaceLine(ctx: ParseContext, text: string): boolean {
  if (/[\d.:;،؛。：；]/u.test(text)) return false;
  return ctx.locale.spaceless ? text.trim().length <= PLACE_CHARACTERS : wordCount(text) <= PLACE_WORDS;
}

/** Does the text name a body by its head word ("Executive Board", "المجلس التنفيذي", "执行局")? No place does. */
function namesBodyHead(ctx: ParseContext, text: string): boolean {
  if (ctx.locale.spaceless) return HAN_BODY_HEADS.some((head) => text.trimEnd().endsWith(head));
  return hasBodyHeadWord(text);
}

/** Does a word of the text (folded) head a body's name ("Board", "Committee", "المجلس")? */
function hasBodyHeadWord(text: string): boolean {
  return foldForMatch(text).split(' ').some((w) => BODY_HEADS.has(w));
}

/** Words (characters in Chinese) a venue printed before its date has at most: "Palais des Nations, Geneva", "UNICEF House, New York". */
const VENUE_WORDS = 5;
const VENUE_CHARACTERS = 16;

/** Is the text a venue: a place, perhaps with its building, no digit nor stop? */
function isVenue(ctx: ParseContext, text: string): boolean {
  if (/[\d.:;؛。：；]/u.test(text)) return false;
  return ctx.locale.spaceless ? text.length <= VENUE_CHARACTERS : wordCount(text) <= VENUE_WORDS;
}

/** A comma, then a place: what follows the date in a Chinese venue and date line ("，维也纳"). */
const CHINESE_VENUE_AFTER_DATE = /^[ \t]*[，,、][ \t]*[^\s\d，,。；;：:（(]/u;

/**
 * Whether the text after a date (up to the venue's end) is the venue in a language that prints
 * the venue after the date (Chinese, writing dates year first): a comma, then a place that
 * holds no digit (not a time, "上午10时").
 */
function venueAfterDate(ctx: ParseContext, afterDate: string): boolean {
  return ctx.locale.dates?.order === 'ymd' && CHINESE_VENUE_AFTER_DATE.test(afterDate) && !/\d/.test(afterDate);
}

/** Words (characters in Chinese) a venue and date line prints after its date at most: "3 to 6 February 2025, UNICEF House, New York". */
const WORDS_AFTER_DATE = 5;
const CHARACTERS_AFTER_DATE = 24;

/** The dated words folded, as the ends of a folded text are compared with them (" dated"). */
const FOLDED_DATED_WORDS = DATED_WORDS.map((w) => foldForMatch(w));
/** The longest of them, with room for the space before it and after it. */
const DATED_TAIL = Math.max(...FOLDED_DATED_WORDS.map((w) => w.length)) + 2;

/** Does the text before a date end with "dated" ("Letter dated", "رسالة مؤرخة")? Only its tail is folded. */
function afterDatedWord(beforeDate: string): boolean {
  const tail = ` ${foldForMatch(beforeDate.slice(-DATED_TAIL - 8))}`.trimEnd();
  return FOLDED_DATED_WORDS.some((w) => tail.endsWith(` ${w}`));
}

/** Does the text after a date go on for more than a venue? */
function isDatedSentence(ctx: ParseContext, afterDate: string): boolean {
  if (ctx.locale.spaceless) {
    const rest = afterDate.trim();
    return rest.length > CHARACTERS_AFTER_DATE || LETTER_ENDINGS.some((ending) => rest.endsWith(ending));
  }
  return wordCount(afterDate) > WORDS_AFTER_DATE;
}

/** The date that starts at `start`, if any (the last, should two): searched, rather than a map of every date built per text. */
function dateStartingAt(dates: readonly DateMatch[], start: number): DateMatch | undefined {
  const after = firstDateFrom(dates, start + 1);
  return after > 0 && dates[after - 1]!.span.start === start ? dates[after - 1] : undefined;
}

/**
 * "1.    En su 2ª sesión plenaria…", "4) …", "25 -  التنمية الاجتماعية", "1- المسائل": a numbered
 * paragraph or item (a dash only before a word: "3 - 6 February 2025" is a date).
 */
const NUMBERED_PARAGRAPH = /^\d{1,3}\s*(?:[.)]|[-–](?=\s+\p{L}))\s/u;
/** A sentence's last character. */
const SENTENCE_END = /[.!?؟。！？]$/u;
/** A line of at least this many words that ends a sentence is prose, not a name. */
const SENTENCE_WORDS = 8;
/** …in Chinese, of at least this many characters. */
const SENTENCE_CHARACTERS = 30;

/** Is the line prose (a numbered paragraph, a sentence) rather than a masthead, name or meeting line? */
function isProse(ctx: ParseContext, text: string): boolean {
  if (NUMBERED_PARAGRAPH.test(text)) return true;
  if (!SENTENCE_END.test(text)) return false;
  if (ctx.locale.spaceless) return text.length >= SENTENCE_CHARACTERS;
  return wordCount(text) >= SENTENCE_WORDS;
}

/**
 * Does the line open with a date, after a weekday at most ("Вторник, 14 марта 2034 года, 10 ч.
 * 00 м.", S/Agenda/…)? Such a line ends in an abbreviation's stop, not a sentence's: it is read
 * as a meeting line, which still takes a dated sentence ("On 3 May 2031 the Council decided to
 * …") for prose by the words after its date.
 */
function opensWithDate(text: string, span: NSpan, allDates: readonly DateMatch[]): boolean {
  const date = firstDateWithin(allDates, span);
  return date !== undefined && wordCount(text.slice(0, date.span.start - span.start)) <= 1;
}

/** Is the line a date and nothing else ("22–24 April 2031", "2031年4月25日和26日")? */
function isDateLine(text: string, span: NSpan, allDates: readonly DateMatch[]): boolean {
  const start = span.start + (text.length - text.trimStart().length);
  const date = dateStartingAt(allDates, start);
  return date !== undefined && date.span.end === span.start + text.trimEnd().length;
}

/** The words of a text: runs of non-space. */
function wordCount(text: string): number {
  let count = 0;
  NON_SPACE_RUN.lastIndex = 0;
  while (NON_SPACE_RUN.exec(text)) count++;
  return count;
}

/** The lines of a title read for the session it names. */
const TITLE_LINES = 2;

/** Read the masthead and meeting lines; `allDates` are the dates found in the whole text, in text order. */
export function extractHeader(ctx: ParseContext, range: LineRange, allDates: readonly DateMatch[], title: Line | null = null): HeaderDraft {
  const header: HeaderDraft = {
    symbol: null,
    distribution: null,
    issued: null,
    originalLanguage: null,
    body: null,
    organ: null,
    session: null,
    venue: null,
    meetingDate: null,
    distributionPending: false,
    furniture: [],
  };
  const state: MastheadState = { jobNumberOnLine: false, symbolHead: null, dates: allDates, firstLine: true, distributionStart: -1, distributionEnd: -1, distributionAbove: null };
  // Names of the bodies, in order; a name wrapped over several lines is one block.
  const names: NSpan[] = [];
  const masthead: MastheadFound = { parts: [], seriesOrgan: null };
  let afterItemReference = false;
  let sessionBlockClosed = false;
  /** No title was found: the header is the whole text. */
  const runsToEnd = range.to >= ctx.lines.length;
  /**
   * Prose was read in a header that runs to the end: the text has begun, and no line after it
   * is a name or a meeting line (masthead fields are still read: an extraction may move them).
   */
  let textBegun = false;
  let previous: NSpan | null = null;
  /**
   * The prose line above ends mid-sentence ("Letter dated 28 September 2031 from the Permanent
   * Representative of Freedonia" / "to the United Nations addressed to the Secretary-General"):
   * the lines after it, to a blank line or the sentence's end, are that sentence, not names.
   */
  let sentenceOpen = false;
  /** A blank line stands between the `previous` block and this line. */
  let blankAfterName = false;
  /** The last line of the `previous` block. */
  let previousLine = '';
  /** How many names had been read at the last meeting line, once the session and date are read; or -1. */
  let namesAtMeeting = -1;
  /** The line above was the meeting's date line with its hour and no venue ("Tuesday, 14 March 2034, at 10 a.m."). */
  let venueMayFollow = false;
  /** The line that read the session, with no date yet; or -1. */
  let sessionLine = -1;
  /** A place's name read as a name on the line right under that session line (its line, its end); or null. */
  let placeUnderSession: { line: number; end: number } | null = null;
  /** The Security Council's name was read (with its status or alone): its year and meeting lines may follow. */
  let councilMasthead = false;
  for (let i = range.from; i < range.to; i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) {
      // The name block stays open across the blank line: an extraction may put one inside a name.
      blankAfterName ||= previous !== null;
      sentenceOpen = false;
      if (header.session && runsToEnd) sessionBlockClosed = true;
      continue;
    }
    // A job number printed in the masthead ("19-00631 (S)") names nothing.
    if (isFurnitureLine(line.text)) continue;
    const contents = contentBesideMasthead(ctx, line, header, state, masthead);
    state.firstLine = false;
    if (!contents) continue;
    for (let c = 0; c < contents.length; c++) {
      const span = contents[c]!;
      // A masthead run together on one line ("NACIONES UNIDAS Convención Marco … Distr. GENERAL … Original:
      // INGLES ORGANO SUBSIDIARIO DE EJECUCION Sexto período de sesiones Bonn, …") leaves texts on
      // both sides of its fields: each is a cell of its own, and no name runs from one into the next.
      if (c > 0) previous = null;
      const text = ctx.norm.text.slice(span.start, span.end);
      const acrossBlank = blankAfterName;
      blankAfterName = false;

      // A numbered paragraph or a sentence is no name nor meeting line. Where the header runs to
      // the end of the text (no agenda title: a letter, a note, a report), the text has begun there
      // and nothing after it belongs to the header either.
      if (textBegun) continue;
      if (sentenceOpen) {
        sentenceOpen = !SENTENCE_END.test(text);
        continue;
      }
      // "Security Council    Provisional" / "Seventy-ninth year" / "10412th meeting" (S/Agenda/…):
      // the Council is the body, its status masthead noise, its year the session, and its meeting
      // no name at all (not the organ, nor the body's wrapped end).
      // The Council's year, meeting or status printed above its name is read as under it.
      if (!councilMasthead && formsCouncilLine(ctx, text) && councilNameBelow(ctx, i + 1, range.to) && readCouncilLine(ctx, header, span, text)) {
        previous = null;
        continue;
      }
      if (!councilMasthead) {
        const council = councilNameAndStatus(text);
        councilMasthead = council !== null;
        // The name with its status is read here; the name alone is a name like any other, below.
        if (council && council.statusStart !== null) {
          names.push({ start: span.start, end: span.start + council.nameEnd });
          previous = null;
          continue;
        }
      } else if (readCouncilLine(ctx, header, span, text)) {
        previous = null;
        continue;
      }
      if (isProse(ctx, text) && !opensWithDate(text, span, allDates)) {
        textBegun = runsToEnd;
        previous = null;
        continue;
      }
      // Without an agenda title, a blank line after the block that names the session ends the
      // names: what follows is the document's own title ("Organización de los trabajos", "Nota de
      // la Secretaría"). Above an agenda title, the lines between are the header's.
      if (sessionBlockClosed && !afterItemReference) {
        if (readMeetingLine(ctx, header, span, allDates).prose) textBegun = runsToEnd;
        continue;
      }
      // "Item 4 of the provisional agenda", "البند ٤ من جدول الأعمال المؤقت": no body's name, and
      // the lines after it until the title are that item's title ("Organizational matters").
      const meeting = readMeetingLine(ctx, header, span, allDates);
      if (meeting.prose) {
        textBegun = runsToEnd;
        previous = null;
        sentenceOpen = !SENTENCE_END.test(text);
        continue;
      }
      if (meeting.itemReference) {
        afterItemReference = true;
        // WFP/EB.…: "Rome, 10–13 February 2031" / "ORGANIZATIONAL AND PROCEDURAL MATTERS" /
        // "Agenda item 1": the agenda's heading over the item comes between the meeting lines and
        // the item reference, where no body's name stands. It is the item's, as the lines after
        // "Item 2 of the provisional agenda" are. Only below a whole meeting block (session, venue
        // and date) under the names: a date line an extraction moved up is no such block.
        if (namesAtMeeting > 0) names.length = namesAtMeeting;
      }
      if (meeting.nameBeforeDate) names.push(meeting.nameBeforeDate);
      // The body named after its session only where no line above named another: "…session of
      // the Commission" under "Commission on Narcotic Drugs" names it again ("CEPAL" over
      // "…período de sesiones de la CEPAL" is the same name, printed twice, counted once).
      else if (meeting.nameAfterSession && names.every((name) => sameNameText(ctx, name, meeting.nameAfterSession!))) names.push(meeting.nameAfterSession);
      // "Seventieth session" / "Vienna" / "15-19 March 2027", "الدورة السبعون" / "فيينا" / "15-19
      // آذار/مارس 2027": a place's name alone on the line between the session and a date alone on
      // its line is the venue printed on a line of its own, not the organ's name. Only right
      // above the date (no blank line between) and below the session, where no name stands.
      if (meeting.dateAlone && header.venue === null && placeUnderSession && placeUnderSession.line === i - 1 && names[names.length - 1] === previous && previous!.end === placeUnderSession.end) {
        names.pop();
        header.venue = previous;
      }
      placeUnderSession = null;
      // The session line that opens a body's name ("Forty-Fourth Meeting of the Parties to"): the
      // name goes on below it, where no venue stands.
      if (meeting.nameFromSession) {
        previous = { ...meeting.nameFromSession };
        previousLine = text;
        names.push(previous);
        sessionLine = -1;
        continue;
      }
      if (meeting.meeting) {
        if (!meeting.itemReference && header.session && header.meetingDate) namesAtMeeting = names.length;
        sessionLine = header.session !== null && header.meetingDate === null && !meeting.itemReference ? i : -1;
        previous = null;
        venueMayFollow = meeting.hourAfterDate && header.venue === null;
        continue;
      }
      // "Tuesday, 14 March 2034, at 10 a.m." / "New York": a place's name alone on the line right
      // under the meeting's date and hour, which printed no venue, is the venue, not a body's name.
      // Only under an hour: under a bare date stand names and headings ("Human Rights Council",
      // "Organizational and procedural matters").
      if (venueMayFollow && header.venue === null && isPlaceLine(ctx, text)) {
        header.venue = span;
        venueMayFollow = false;
        continue;
      }
      venueMayFollow = false;
      // Under the meeting line, ESCAP prints its session's segments, each with its dates ("Senior
      // officials segment" / "22–24 April 2031", "Этап заседаний на уровне министров" / "25 и 26
      // апреля 2031 года", "高级官员部分" / "2031年4月22日至24日"): no body's name, nor a name's end.
      if (header.meetingDate && (isSegmentHeading(text, ctx.locale) || isDateLine(text, span, allDates))) {
        previous = null;
        continue;
      }

      if (afterItemReference) continue;
      if (previous && (acrossBlank ? continuesNameAcrossBlank : continuesName)(ctx, previous, previousLine, text)) {
        previous.end = span.end;
        previousLine = text;
        continue;
      }
      previous = { ...span };
      previousLine = text;
      names.push(previous);
      // A place's name alone right under the session line, before the date: see dateAlone above.
      placeUnderSession = sessionLine === i - 1 && !acrossBlank && isPlaceLine(ctx, text) && !namesBodyHead(ctx, text) ? { line: i, end: span.end } : null;
    }
  }
  if (!header.session) header.session = sessionInTitle(ctx, range);
  if (!header.meetingDate) {
    const held = heldUnderTitle(ctx, range, allDates, title);
    header.meetingDate = held?.date ?? null;
    if (held?.venue && !header.venue) header.venue = held.venue;
  } else if (!header.venue) {
    // "(Сорок шестая сессия, 21-24 марта 2005 года)" over the title, then "которая состоится во
    // Дворце Наций в Женеве и откроется … 21 марта 2005 года" under it: the dates above print no
    // venue, and the held line of the same meeting (its date the start date) names it.
    const held = heldUnderTitle(ctx, range, allDates, title);
    const start = header.meetingDate.start;
    if (held?.venue && held.date.start.day === start.day && held.date.start.month === start.month) header.venue = held.venue;
  }
  nameBodies(ctx, header, names, masthead);
  return header;
}

/** What the masthead lines leave for the header: their parts, and the principal organ printed there. */
interface MastheadFound {
  /** The masthead's parts, in line order. */
  parts: NSpan[];
  /** The principal organ printed in the masthead: the series, parent of the bodies below it. */
  seriesOrgan: NSpan | null;
}

/**
 * A masthead prints its blocks side by side: "United Nations<TAB>E/CN.21/2011/1",
 * "Economic and Social Council<TAB>Distr.: General"; an extraction may run them into one line
 * ("Distr.: General 12 February 2015 Original: English"). A body's name may end beside
 * "Distr." ("contre la corruption<TAB>Distr. générale"), and the principal organ printed there
 * ("Economic and Social Council") names the series: it is kept only as the parent of the
 * bodies below it. Returns the line's texts beside its masthead fields and organs (one text
 * between two fields), or null.
 */
function contentBesideMasthead(ctx: ParseContext, line: Line, header: HeaderDraft, state: MastheadState, masthead: MastheadFound): NSpan[] | null {
  state.jobNumberOnLine = false;
  const parts: CellPart[] = [];
  const cells = cellSpans(line);
  if (cells.length === 0) return null;
  for (const cell of cells) parts.push(...readCell(ctx, cell, header, state));
  // Read by the next line: did "Distr." end this one, or start it?
  state.distributionAbove =
    state.distributionEnd === cells[cells.length - 1]!.end ? 'end' : state.distributionStart === cells[0]!.start ? 'start' : null;
  const rest: NSpan[] = [];
  for (const part of parts) (part.masthead ? masthead.parts : rest).push(part.span);
  if (rest.length < parts.length && !header.issued) issueDateAfterOrgan(ctx, header, state, masthead, rest);
  // The line from its first cell to its last: trimmed, and without the markdown around it.
  const whole = { start: cells[0]!.start, end: cells[cells.length - 1]!.end };
  const organs = rest.map((s) => PRINCIPAL_ORGANS.has(foldForMatch(ctx.norm.text.slice(s.start, s.end))));
  // "General Assembly      Security Council": a joint document's two series side by side, over
  // their sessions ("Eighty-sixth session      Eighty-sixth year"), are the masthead's organs too.
  if (!(rest.length < parts.length || (rest.length > 1 && organs.every(Boolean)))) return [whole];
  const organ = rest[organs.indexOf(true)];
  if (organ) masthead.seriesOrgan ??= organ;
  // The texts beside the fields, one run of them between two masthead fields being one text:
  // "to the United Nations    Original: English" is one, a name's end; "NACIONES UNIDAS Convención
  // Marco … Distr. GENERAL FCCC/SBI/1997/11 … Original: INGLES ORGANO SUBSIDIARIO DE EJECUCION",
  // a masthead an extraction ran into one line, two, the series' name and the body's.
  const contents: NSpan[] = [];
  let afterField = true;
  // `rest` holds the parts that are no masthead, in order (one perhaps cut short of its date).
  let k = 0;
  for (const part of parts) {
    const text = part.masthead ? null : rest[k]!;
    const organ = text !== null && organs[k++]!;
    if (text === null || organ) {
      afterField = true;
      continue;
    }
    if (afterField) contents.push({ ...text });
    else contents[contents.length - 1]!.end = text.end;
    afterField = false;
  }
  return contents.length > 0 ? contents : null;
}

/**
 * "Economic and Social Council 18 December 2020<TAB>Distr.: General": a PDF extraction runs the
 * date of issue, printed under "Distr.", into the principal organ's cell beside it. On a line with
 * masthead fields, a text that is a principal organ's name, then one dated day with its year, is
 * the organ and the date of issue: the date is taken and left out of the text (`rest`, in place).
 */
function issueDateAfterOrgan(ctx: ParseContext, header: HeaderDraft, state: MastheadState, masthead: MastheadFound, rest: NSpan[]): void {
  for (let k = 0; k < rest.length; k++) {
    const part = rest[k]!;
    const date = firstDateWithin(state.dates, part);
    if (!date || date.span.end !== part.end || date.end !== null || date.start.year === null) continue;
    const [, organEnd] = trimSeparators(ctx.norm.text, part.start, date.span.start);
    if (!PRINCIPAL_ORGANS.has(foldForMatch(ctx.norm.text.slice(part.start, organEnd)))) continue;
    header.issued = date;
    masthead.parts.push(date.span);
    rest[k] = { start: part.start, end: organEnd };
    return;
  }
}

/**
 * "Agenda for the 2025 session", "Provisional agenda for the eighty-sixth session": with no
 * session line above it, the title names the session (its first line, or two when joined).
 */
function sessionInTitle(ctx: ParseContext, range: LineRange): Field<number | null> | null {
  for (let i = range.to; i < Math.min(range.to + TITLE_LINES, ctx.lines.length); i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) break;
    const span = trimmedSpan(line);
    const session = findSession(ctx.locale, ctx.norm.text.slice(span.start, span.end));
    if (session) return { value: session.value, span: { start: span.start + session.start, end: span.start + session.end } };
  }
  return null;
}

/** The held words folded, as a folded line starts with them (followed by a space, but in a spaceless script), each with its number of words. */
const FOLDED_HELD_WORDS = HELD_WORDS.map((w) => foldForMatch(w)).map((w) => ({ folded: w, spaced: `${w} `, words: w.split(' ').length }));
/** The title's lines and the line under them read for the date it is held on. */
const HELD_LINES = TITLE_LINES + 1;

/**
 * "Provisional agenda for the 9000th meeting of the Security Council" / "To be held on Monday,
 * 27 January 2031, at 10 a.m." (S/Agenda/…, PBC/…/OC/…, A/C.1/…): an agenda for one meeting
 * prints its date under its title, not in the header. With no date read above the title, the
 * first dated line of the title's block that says the meeting is held ("To be held", "Devant se
 * tenir", "Que se celebrará", "Которое состоится", "المقرر عقدها", "将于"), starting with those
 * words, gives the date, with its year. Only the title's few lines are read, to a blank line.
 */
function heldUnderTitle(ctx: ParseContext, range: LineRange, allDates: readonly DateMatch[], title: Line | null): { date: DateMatch; venue: NSpan | null } | null {
  for (let i = range.to; i < Math.min(range.to + HELD_LINES, ctx.lines.length); i++) {
    const line = ctx.lines[i]!;
    if (isBlank(line)) break;
    const span = trimmedSpan(line);
    // ECE's flat title runs the held line onto the title's ("Provisional agenda for the
    // sixty-fifth session To be held at…"): segmentation ended the title before the held words,
    // and the held line is read from there.
    if (title && title.end > span.start && title.end < span.end) span.start = skipSpace(ctx.norm.text, title.end, span.end);
    const date = firstDateWithin(allDates, span);
    if (!date || date.start.year === null) continue;
    // The line starts with the words: a sentence saying so ("I have the honour to transmit the
    // agenda of the meeting … to be held on 12 June 2031") is a letter's text, not this line.
    const folded = `${foldForMatch(ctx.norm.text.slice(span.start, date.span.start))} `;
    const held = FOLDED_HELD_WORDS.find((w) => folded.startsWith(ctx.locale.spaceless ? w.folded : w.spaced));
    if (held !== undefined) return { date, venue: heldVenue(ctx, span, held.words, date) };
  }
  return null;
}

/** HELD_VENUE_ENDS as words of the text, after a space or comma. */
const HELD_VENUE_END = new RegExp(`(?<=[\\s,،])(?:${HELD_VENUE_ENDS.map(escapeRegex).join('|')})(?![${LETTER}])`, 'giu');

/** The commas that part a venue's place from what follows it. */
const VENUE_COMMA = /[,،]/;

/** The last character before `at` that is not white space, or ''. */
function lastNonSpaceBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i > 0 ? text[i - 1]! : '';
}

/** Where the first digit of text[from, to) stands, or -1. */
function firstDigitIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) return i;
  return -1;
}

/** Where the text's white space from `at` ends, before `end` at most. */
function skipSpace(text: string, at: number, end: number): number {
  while (at < end && SPACE.test(text[at]!)) at++;
  return at;
}

/** The prepositions folded, longest first, each with its number of words. */
const FOLDED_VENUE_PREPOSITIONS = HELD_VENUE_PREPOSITIONS.map((w) => foldForMatch(w))
  .sort((a, b) => b.length - a.length)
  .map((w) => ({ words: w.split(' ').length, folded: `${w} ` }));
/** The place between HELD_VENUE_SPACELESS's words, without a stop or another "在" inside. */
const SPACELESS_HELD_VENUE = new RegExp(`${HELD_VENUE_SPACELESS.before}([^\\s，。,；;${HELD_VENUE_SPACELESS.before}]{1,40})${HELD_VENUE_SPACELESS.after}`, 'u');
/** Characters a venue takes at most on a held line: more is a sentence. */
const MAX_HELD_VENUE = 80;

/** Where the text's first `count` words end (and the space after them). */
function afterWords(text: string, from: number, count: number): number {
  let i = from;
  for (let k = 0; k < count; k++) {
    while (i < text.length && SPACE.test(text[i]!)) i++;
    while (i < text.length && !SPACE.test(text[i]!)) i++;
  }
  return i;
}

/**
 * The venue on a held line: between the held words (and a preposition) and the date ("To be
 * held at Headquarters, New York, on Monday, 27 January 2031": "Headquarters, New York"); in
 * Chinese after the date, between 在 and 举行. Null when the line names none ("To be held on…").
 */
function heldVenue(ctx: ParseContext, line: NSpan, heldWords: number, date: DateMatch): NSpan | null {
  const text = ctx.norm.text;
  if (ctx.locale.spaceless) {
    const m = SPACELESS_HELD_VENUE.exec(text.slice(date.span.end, line.end));
    if (!m) return null;
    const start = date.span.end + m.index + HELD_VENUE_SPACELESS.before.length;
    return { start, end: start + m[1]!.length };
  }
  const before = text.slice(line.start, date.span.start);
  let from = afterWords(before, 0, heldWords);
  const rest = `${foldForMatch(before.slice(from))} `;
  const preposition = FOLDED_VENUE_PREPOSITIONS.find((p) => rest.startsWith(p.folded));
  if (preposition) from = afterWords(before, from, preposition.words);
  let [start, end] = trimSeparators(before, from, before.length);
  // "To be held at the Palais des Nations, Geneva, starting at 10 a.m. on Tuesday, …" (ECE): the
  // hour before the date is no part of the place, which has no digit; the place ends at the comma
  // before it.
  const digit = firstDigitIn(before, start, end);
  if (digit >= 0) {
    let comma = digit;
    while (comma > start && !VENUE_COMMA.test(before[comma]!)) comma--;
    [start, end] = trimSeparators(before, start, comma);
  }
  // "…, Geneva, starting on Monday", "…в Женеве и откроется во вторник": the start's clause is no place.
  HELD_VENUE_END.lastIndex = start;
  const clause = HELD_VENUE_END.exec(before.slice(0, end));
  if (clause) [start, end] = trimSeparators(before, start, clause.index);
  if (end <= start || end - start > MAX_HELD_VENUE) return null;
  return { start: line.start + start, end: line.start + end };
}

/** LOGO_OPENED_NAMES folded, as a name block and the logo above it are compared. */
const LOGO_OPENED = new Set(LOGO_OPENED_NAMES.map(foldForMatch));

/**
 * The name block `name` with the logo's words printed alone on the line right above it, where
 * the two make an organisation's name that opens with them ("United Nations" / "Environment" /
 * "Programme", UNEP's logo): the whole name, the logo then no masthead part. Otherwise `name`.
 */
function nameOpenedByLogo(ctx: ParseContext, name: NSpan, masthead: MastheadFound): NSpan {
  const { lines } = ctx;
  // The name's first line, found by halving (lines are in text order).
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]!.start <= name.start) low = middle;
    else high = middle - 1;
  }
  const above = lines[low - 1];
  if (above && !isBlank(above)) {
    const whole = logoOpening(ctx, above, name.start, name.end, masthead);
    if (whole) return whole;
  }
  // The logo's words on a line inside the block, its lines above them the logo's capitals and
  // its series letters run into the name ("UNITED" / "NATIONS    EP" / "UNEP/…" / "United
  // Nations" / "Environment" / "Programme"): the name is read from them.
  for (let k = low + 1; k < lines.length && lines[k]!.start < name.end; k++) {
    const next = lines[k + 1];
    if (!next || next.start >= name.end) break;
    const whole = logoOpening(ctx, lines[k]!, next.start, name.end, masthead);
    if (whole) return whole;
  }
  return name;
}

/**
 * The name from the logo's words alone on `line` to `end`, where the two make an organisation's
 * name of LOGO_OPENED_NAMES with the text from `from`; the logo is then no masthead part. Or null.
 */
function logoOpening(ctx: ParseContext, line: Line, from: number, end: number, masthead: MastheadFound): NSpan | null {
  const logo = trimmedSpan(line);
  const logoText = ctx.norm.text.slice(logo.start, logo.end);
  if (logoText.length > 2 * NOISE_LETTERS || !NOISE.has(foldForMatch(logoText))) return null;
  // Chinese names run on over lines with no space: "联合国" / "环境" / "规划署".
  const joined = `${logoText} ${ctx.norm.text.slice(from, end)}`;
  if (!LOGO_OPENED.has(foldForMatch(ctx.locale.spaceless ? joined.replace(/\s+/g, '') : joined))) return null;
  masthead.parts = masthead.parts.filter((part) => part.end <= logo.start || part.start >= logo.end);
  return { start: logo.start, end };
}

/**
 * A treaty's name printed beside "Distr." as its series ("Convention on the Rights of Persons with
 * Disabilities    Distr.: General", CRPD; the CBD's "Convention on Biological Diversity"), over
 * the body of its parties that meets ("Conference of States Parties to the Convention on the
 * Rights of Persons with Disabilities"): the treaty is no body, the parties' conference is. Its
 * name starts with an instrument's word ("Convention", "Конвенция", "اتفاقية"; in Chinese it ends
 * with one, "…公约"), and the name below it names an instrument and holds the treaty's name after
 * that word (Russian declines the word: "Конвенция о правах инвалидов" / "…участников Конвенции о
 * правах инвалидов"). Folded.
 */
function instrumentOfPartiesBelow(name: string, below: string): boolean {
  const folded = foldForMatch(name);
  const foldedBelow = foldForMatch(below);
  if (HAN_INSTRUMENT_ENDINGS.some((ending) => folded.endsWith(ending))) return foldedBelow.length > folded.length && foldedBelow.includes(folded);
  const space = folded.indexOf(' ');
  if (space < 0 || !INSTRUMENT_WORDS.has(folded.slice(0, space))) return false;
  const after = foldedBelow.indexOf(folded.slice(space));
  return after > 0 && INSTRUMENT_WORDS.has(foldedBelow.slice(foldedBelow.lastIndexOf(' ', after - 1) + 1, after));
}

/** A name's words, without the masthead fields printed inside it ("…Rights    Distr.: General" / "of Persons…"), spaces collapsed. */
function nameWords(ctx: ParseContext, name: NSpan, parts: readonly NSpan[]): string {
  let words = '';
  let at = name.start;
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    if (part.start < at || part.end > name.end) continue;
    words += `${ctx.norm.text.slice(at, part.start)} `;
    at = part.end;
  }
  return (words + ctx.norm.text.slice(at, name.end)).replace(/\s+/g, ' ').trim();
}

/** The header's body and organ from the names read, and the masthead parts printed inside them. */
function nameBodies(ctx: ParseContext, header: HeaderDraft, read: readonly NSpan[], masthead: MastheadFound): void {
  const names = read.map((name) => nameOpenedByLogo(ctx, name, masthead));
  const seriesOrgan = masthead.seriesOrgan;
  // The body, then the organ that meets; with more names, the organ is the last and the body the
  // one it belongs to (ECE › Meeting of the Parties › Working Group: body is the Meeting). The
  // principal organ of the masthead is the parent when the meeting lines name one body only.
  // "NACIONES" / "UNIDAS": the logo's words, wrapped, name nothing; nor their first word alone,
  // its rest run into another block ("UNITED" / "NATIONS    EP").
  const isNoise = (s: NSpan) => s.end - s.start <= 2 * NOISE_LETTERS && NOISE_PREFIXES.has(foldForMatch(ctx.norm.text.slice(s.start, s.end)));
  const text = (s: NSpan) => ctx.norm.text.slice(s.start, s.end);
  const named = names.filter((s) => !isNoise(s));
  // A logo's acronym on a line of its own ("BC", "CBD", "UNEP" over UNEP/CHW.…, UNEP/CBD/…)
  // abbreviates a name spelt out below it: it is no body of its own beside that name.
  const spelt = named.filter((s) => !ACRONYM.test(text(s)));
  // The series' name printed beside "Distr." and again over the session (UNEP/EA.…: "United
  // Nations Environment Assembly of the United Nations Environment Programme" twice) is one body.
  const bodies = (spelt.length > 0 ? spelt : named).filter(
    (s, i, all) =>
      (i === 0 || foldForMatch(text(s)) !== foldForMatch(text(all[i - 1]!))) &&
      !(i + 1 < all.length && instrumentOfPartiesBelow(nameWords(ctx, s, masthead.parts), nameWords(ctx, all[i + 1]!, masthead.parts))),
  );
  // With no name below it, a session named and the organ's own symbol (E/2025/1, A/79/100; not a
  // subsidiary's E/CN.7/…, A/AC.109/…), the principal organ is the body that meets: the Council's
  // own agenda ("Economic and Social Council    Distr.: General" / "2025 session").
  const ownSeries = header.symbol !== null && PRINCIPAL_ORGAN_SYMBOL.test(header.symbol.value);
  if (seriesOrgan && (bodies.length === 1 || (bodies.length === 0 && ownSeries))) bodies.unshift(seriesOrgan);
  if (bodies.length === 1) header.body = bodies[0]!;
  if (bodies.length >= 2) {
    header.body = bodies[bodies.length - 2]!;
    header.organ = bodies[bodies.length - 1]!;
  }
  // A name ends with no function word ("Executive Board of the"): one so ending was cut short
  // (masthead fields printed inside it, run together with them), and the rest of it cannot be
  // told. No body (organ) rather than a part of one.
  const functionWords = foldedStopwords(ctx.locale);
  for (const field of ['body', 'organ'] as const) {
    const name = header[field];
    if (!name || ctx.locale.spaceless) continue;
    const words = text(name).split(/\s+/);
    if (words.length > 1 && functionWords.has(foldForMatch(words[words.length - 1]!))) {
      diagnose(ctx, 'info', 'MASTHEAD_RUN_TOGETHER', `The ${field}'s name ends with "${words[words.length - 1]}": it was cut short, and is left out`, name);
      header[field] = null;
    }
  }
  const kept = [header.body, header.organ].filter((s): s is NSpan => s !== null);
  header.furniture = masthead.parts
    .filter((part) => kept.some((s) => part.start >= s.start && part.end <= s.end))
    .sort((a, b) => a.start - b.start);
}

