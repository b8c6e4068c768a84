// Heading recognition: a line is a heading when, folded, it equals a known form, or differs
// from one by a letter or two (the seed's "الشروع" for "الشروح"). A fuzzy match is reported.
import { diagnose, trimmedSpan, type Line, type ParseContext } from '../context.js';
import { perLocale } from '../locales/patterns.js';
import type { Locale } from '../locales/types.js';
import { boundedEditDistance, foldForMatch, fuzzLimit } from '../normalise/fold.js';

export interface HeadingMatch {
  variant: string;
  fuzzy: boolean;
}

export interface HeadingOptions {
  /** "Annex I", "Annex 2": a numeral may follow. */
  trailingNumeral?: boolean;
  /** Titles: "Provisional agenda for the fifth session" still reads as "Provisional agenda". */
  allowSuffix?: boolean;
  /**
   * Titles in a spaceless script, which puts qualifiers before the head noun: "第五十三届会议临时议程"
   * reads as "临时议程"; a suffix then needs no space before it ("临时议程和说明").
   */
  spaceless?: boolean;
  /** Folded words that, right after the form, make the line something else: "Agenda item 1", "临时议程项目2". */
  notFollowedBy?: readonly string[];
  /** Folded words of which one must stand in the words added to the form: "Programa del período de sesiones", not "Programa de las Naciones Unidas". */
  additionNeeds?: readonly string[];
  /** The same, for words added before the form (spaceless scripts): "第五十三届会议临时议程", not "委员会将通过临时议程". */
  prefixNeeds?: readonly string[];
  /** Exact forms only: no misspelt heading is looked for (the edit distances are the dear part). */
  exact?: boolean;
}

/**
 * Characters a title may carry after its known form before it reads as a sentence instead:
 * "Annotations à l'ordre du jour provisoire, y compris le projet d'organisation des travaux".
 */
const MAX_TITLE_SUFFIX = 100;
/** Characters of qualifiers before the form in a spaceless script: "委员会第五十三届会议". */
const MAX_TITLE_PREFIX = 40;

interface FoldedVariants {
  forms: string[];
  /** Longest folded form: a raw line much longer than this cannot be the heading. */
  longest: number;
}

/** Fold heading variants once per table. */
const foldedVariants = new WeakMap<readonly string[], FoldedVariants>();

function folded(variants: readonly string[]): FoldedVariants {
  let entry = foldedVariants.get(variants);
  if (!entry) {
    const forms = variants.map(foldForMatch);
    entry = { forms, longest: Math.max(0, ...forms.map((f) => f.length)) };
    foldedVariants.set(variants, entry);
  }
  return entry;
}

/**
 * A line's text folded, remembered: a document's lines are matched against several tables in
 * a row (the title's three kinds, then other headings), in several passes (annex, list
 * heading, annotations) and by the annotations' reader, and folding a long line is the dearest
 * step. The table of recent lines is emptied when it fills.
 */
const foldedLines = new Map<string, string>();
const FOLDED_LINES_LIMIT = 1024;
export function foldLine(text: string): string {
  let folded = foldedLines.get(text);
  if (folded === undefined) {
    folded = foldForMatch(text);
    if (foldedLines.size >= FOLDED_LINES_LIMIT) foldedLines.clear();
    foldedLines.set(text, folded);
  }
  return folded;
}

/**
 * The longest line, measured without its indent, that may hold a heading whose longest folded
 * form is `longest` characters: harakat and markdown debris can at most double a heading's raw
 * length.
 */
function lineLengthLimit(longest: number, options: HeadingOptions): number {
  return 2 * (longest + (options.allowSuffix ? MAX_TITLE_SUFFIX + (options.spaceless ? MAX_TITLE_PREFIX : 0) : 0)) + 16;
}

/**
 * The longest line (without its indent) matchHeadingText may match to `variants` with
 * `options`: a caller that tries every line of a part against tables can pass over longer
 * ones (most are paragraphs) without a call per table.
 */
export function headingLineLengthLimit(variants: readonly string[], options: HeadingOptions = {}): number {
  return lineLengthLimit(folded(variants).longest, options);
}

/** Match folded line text against heading variants; exact matches win over fuzzy ones. */
export function matchHeadingText(
  text: string,
  variants: readonly string[],
  options: HeadingOptions = {},
): HeadingMatch | null {
  const { forms, longest } = folded(variants);
  // Most lines are paragraphs, too long to be a heading: they need no folding.
  const maxLineLength = lineLengthLimit(longest, options);
  // Measured without the indent: a layout-preserving extraction centres headings ("      Annex").
  if (text.length > maxLineLength && text.trim().length > maxLineLength) return null;
  let line = foldLine(text);
  if (line.length === 0) return null;
  if (options.trailingNumeral) line = withoutTrailingNumeral(line);
  // A section number before the heading: "II. Annotations", "A. Documentation".
  if (!forms.includes(line)) line = line.slice(enumeratorLength(line));
  for (let i = 0; i < forms.length; i++) if (forms[i] === line) return { variant: variants[i]!, fuzzy: false };
  if (options.allowSuffix) {
    const affixed = matchWithAffixes(line, forms, options);
    if (affixed !== -1) return { variant: variants[affixed]!, fuzzy: false };
  }
  if (options.exact) return null;
  let best: HeadingMatch | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const limit = fuzzLimit(form.length);
    if (limit === 0 || Math.abs(form.length - line.length) > limit) continue;
    // A misspelt heading keeps its first or its last letter (الشروع for الشروح).
    if (form[0] !== line[0] && form[form.length - 1] !== line[line.length - 1]) continue;
    const distance = boundedEditDistance(line, form, limit);
    if (distance <= limit && distance < bestDistance) {
      best = { variant: variants[i]!, fuzzy: true };
      bestDistance = distance;
    }
  }
  return best;
}

/** A folded text's first word (the text itself when it has one word). */
function firstWord(folded: string): string {
  const space = folded.indexOf(' ');
  return space === -1 ? folded : folded.slice(0, space);
}

/**
 * What a folded line must show to match any of several tables of headings as matchHeadingText
 * matches them with words allowed after the form (`allowSuffix`; before it too in a spaceless
 * script): told in one call, without the tables' matching. A line matches a form exactly or
 * with words added only if its first word, as it stands or after a section number, is the
 * form's first word (in a spaceless script, only if it holds the form), and is a misspelt form
 * only if its length is within the form's fuzzLimit of the form's and it has the form's first
 * or last letter. findTitle asks this of each line (and pair of lines) near the top before
 * the title's three tables: most are told apart here, and would cost a fold and three calls
 * each otherwise.
 */
export class HeadingPrefilter {
  private readonly forms: string[] = [];
  private readonly firstWords = new Set<string>();
  /** By a line's length: the first letters, and the last, of the forms it may be a misspelling of. */
  private readonly fuzzyFirstLetters: Set<string>[] = [];
  private readonly fuzzyLastLetters: Set<string>[] = [];

  constructor(
    tables: readonly (readonly string[])[],
    private readonly spaceless: boolean,
  ) {
    for (const table of tables) {
      for (const form of folded(table).forms) {
        this.forms.push(form);
        this.firstWords.add(firstWord(form));
        const limit = fuzzLimit(form.length);
        if (limit === 0) continue;
        for (let length = form.length - limit; length <= form.length + limit; length++) {
          (this.fuzzyFirstLetters[length] ??= new Set()).add(form[0]!);
          (this.fuzzyLastLetters[length] ??= new Set()).add(form[form.length - 1]!);
        }
      }
    }
  }

  /** False only where the folded line matches none of the tables' forms. */
  mayMatch(line: string): boolean {
    if (line.length === 0) return false;
    const enumerator = enumeratorLength(line);
    const stripped = enumerator === 0 ? line : line.slice(enumerator);
    if (this.spaceless) {
      for (const form of this.forms) if (line.includes(form)) return true;
    } else if (this.firstWords.has(firstWord(line)) || (enumerator !== 0 && this.firstWords.has(firstWord(stripped)))) {
      return true;
    }
    const firstLetters = this.fuzzyFirstLetters[stripped.length];
    if (firstLetters === undefined) return false;
    return firstLetters.has(stripped[0]!) || this.fuzzyLastLetters[stripped.length]!.has(stripped[stripped.length - 1]!);
  }
}

/**
 * The fold of two lines read as one (`above`, a newline, `below`) from the folds of each:
 * folding acts on each character alone, a newline is a word break, and neither fold has a
 * space at its ends (the Arabic lam-alef repair and the final sigma look no further than a
 * word break either). Spares folding the pair's text again.
 */
export function foldedJoin(foldedAbove: string, foldedBelow: string): string {
  if (foldedAbove.length === 0) return foldedBelow;
  if (foldedBelow.length === 0) return foldedAbove;
  return foldedAbove + ' ' + foldedBelow;
}

// The folded line has one space between words and none at its ends: its words are found by
// indexOf, without a regular expression (replacing through one was most of this stage's time).

/** Whether text[from, to) is all small roman digits ("ii"), or all ASCII digits ("12"). */
function isRomanNumeral(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!'ivx'.includes(text[i]!)) return false;
  return to > from;
}
function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!(text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39)) return false;
  return to > from;
}

/** "annex ii", "annex 2": the line without its last word when that is a numeral. */
function withoutTrailingNumeral(line: string): string {
  const space = line.lastIndexOf(' ');
  if (space === -1) return line;
  return isRomanNumeral(line, space + 1, line.length) || isDigits(line, space + 1, line.length) ? line.slice(0, space) : line;
}

/**
 * Section numbers written as words, folded: Arabic numbers its parts "أولاً- جدول الأعمال",
 * "ثانياً- الشروح" (first, second …), Chinese "一、议程", "二、说明".
 */
const WORD_ENUMERATORS = new Set([
  'اولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا',
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
]);
/** The longest of WORD_ENUMERATORS. */
const WORD_ENUMERATOR_LENGTH = 5;

/** Length of a section number and its space before a heading ("ii annotations", "a documentation", "2 …", "ثانيا الشروح"); 0 if none. */
function enumeratorLength(line: string): number {
  const space = line.indexOf(' ');
  if (space < 1 || space + 1 >= line.length) return 0;
  const code = line.charCodeAt(0);
  const enumerator =
    (space <= 4 && isRomanNumeral(line, 0, space)) ||
    (space === 1 && code >= 0x61 && code <= 0x7a) ||
    (space <= 2 && isDigits(line, 0, space)) ||
    (space <= WORD_ENUMERATOR_LENGTH && code >= 0x600 && WORD_ENUMERATORS.has(line.slice(0, space)));
  return enumerator ? space + 1 : 0;
}

/** The first form that the folded line carries with words added around it, as `options` allow; -1 if none. */
function matchWithAffixes(line: string, forms: readonly string[], options: HeadingOptions): number {
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    // Spaceless scripts: the form anywhere in the first characters; others: at the start, then a space.
    const at = options.spaceless ? line.indexOf(form) : line.startsWith(form) && line.charCodeAt(form.length) === 0x20 ? 0 : -1;
    if (at === -1 || at > MAX_TITLE_PREFIX) continue;
    const after = line.slice(at + form.length).trimStart();
    if (after.length > MAX_TITLE_SUFFIX) continue;
    if (options.notFollowedBy?.some((word) => after.startsWith(word))) continue;
    const prefix = line.slice(0, at);
    if (prefix && options.prefixNeeds && !options.prefixNeeds.some((word) => prefix.includes(word))) continue;
    if (options.additionNeeds && !options.additionNeeds.some((word) => prefix.includes(word) || after.includes(word))) continue;
    return i;
  }
  return -1;
}

/** Match a whole line, reporting a fuzzy match as HEADING_FUZZY_MATCH. */
export function matchHeadingLine(
  ctx: ParseContext,
  line: Line,
  variants: readonly string[],
  what: string,
  options: HeadingOptions = {},
): HeadingMatch | null {
  const match = matchHeadingText(line.text, variants, options);
  if (match?.fuzzy) {
    diagnose(
      ctx,
      'info',
      'HEADING_FUZZY_MATCH',
      `${what} heading "${line.text.trim()}" read as "${match.variant}"`,
      trimmedSpan(line),
    );
  }
  return match;
}

/** How far a numbered line must read as an item's title to be taken for its heading (see titleSimilarity). */
export const HEADING_SIMILARITY = 0.5;
/** Share of a short line's words that must be the title's for it to open a wrapped heading. */
const WRAPPED_HEADING_SHARE = 0.75;

/**
 * The words a folded title is compared by. Function words ("of", "the", "de", "и") say nothing
 * about which item a line heads: without them, a numbered paragraph that happens to use the
 * title's small words is no heading. A spaceless script has no words to split: its pairs of
 * adjacent characters stand in for them.
 */
function comparisonWords(folded: string, locale: Locale): Set<string> {
  const stopwords = foldedStopwords(locale);
  if (locale.spaceless) {
    const letters = folded.replace(/ /g, '');
    const pairs = new Set<string>();
    for (let i = 0; i + 1 < letters.length; i++) pairs.add(letters.slice(i, i + 2));
    return pairs;
  }
  const words = new Set<string>();
  // Read between the spaces, not split into an array and iterated: this runs for every
  // numbered line compared with a title, most often in a document's first, interpreted pass.
  for (let start = 0; start < folded.length; ) {
    let end = folded.indexOf(' ', start);
    if (end === -1) end = folded.length;
    if (end - start > 1) {
      const word = folded.slice(start, end);
      if (!stopwords.has(word)) words.add(word);
    }
    start = end + 1;
  }
  return words;
}

/**
 * A title's words, remembered: a title is compared with every numbered line of its part until
 * its heading is found. Titles are few per document; the table is emptied when it fills.
 */
const titleWordCache = perLocale((): Map<string, Set<string>> => new Map());
const TITLE_WORD_CACHE_LIMIT = 512;
function titleComparisonWords(title: string, locale: Locale): Set<string> {
  const cache = titleWordCache(locale);
  let words = cache.get(title);
  if (words === undefined) {
    words = comparisonWords(title, locale);
    if (cache.size >= TITLE_WORD_CACHE_LIMIT) cache.clear();
    cache.set(title, words);
  }
  return words;
}

/** The table's function words, folded once per language (headings and mandates compare folded words). */
export const foldedStopwords = perLocale((locale: Locale) => new Set(locale.stopwords.map(foldForMatch)));

/**
 * How far a line reads as an item's title, from 0 to 1; both already folded. A line as long as
 * the title or longer must share most of its words with the title and the title most of its
 * words with it: a paragraph that repeats the title among other words is no heading. A shorter
 * line may be the first line of a heading wrapped over several: nearly all its words must
 * then be the title's.
 */
export function titleSimilarity(line: string, title: string, locale: Locale): number {
  const words = comparisonWords(line, locale);
  const titleWords = titleComparisonWords(title, locale);
  if (words.size === 0 || titleWords.size === 0) return words.size === titleWords.size ? 1 : 0;
  let shared = 0;
  for (const w of words) if (titleWords.has(w)) shared++;
  const ofLine = shared / words.size;
  if (words.size < titleWords.size) return ofLine >= WRAPPED_HEADING_SHARE ? 1 : 0;
  return Math.min(ofLine, shared / titleWords.size);
}

/** The longest segment heading, in characters of its trimmed line (ten in a spaceless script). */
const MAX_SEGMENT_HEADING = 80;
const MAX_SPACELESS_SEGMENT_HEADING = 16;
/** A line ending so is a sentence or an entry, not a segment's heading. */
const SENTENCE_OR_ENTRY_END = /[.!?؟:;؛,،…。！？；：，]\s*$/u;

const segmentWords = perLocale((locale: Locale) => ({
  first: (locale.headings.segment?.first ?? []).map(foldForMatch),
  last: (locale.headings.segment?.last ?? []).map(foldForMatch),
}));

/**
 * Whether a line (without an item marker; the caller checks) is the heading of a session's
 * segment: "Joint segment", "UNDP segment", "الجزء الخاص بالمسائل المعيارية", "联合部分".
 * Short, without final punctuation, opened or closed by the locale's segment word.
 */
export function isSegmentHeading(text: string, locale: Locale): boolean {
  const words = segmentWords(locale);
  if (words.first.length === 0 && words.last.length === 0) return false;
  const trimmed = text.trim();
  if (trimmed.length > (locale.spaceless ? MAX_SPACELESS_SEGMENT_HEADING : MAX_SEGMENT_HEADING) || SENTENCE_OR_ENTRY_END.test(trimmed)) return false;
  const line = foldLine(text);
  if (locale.spaceless) return words.last.some((w) => line.length > w.length && line.endsWith(w));
  return (
    words.first.some((w) => line.length > w.length && line.startsWith(w) && line.charCodeAt(w.length) === 0x20) ||
    words.last.some((w) => line.length > w.length && line.endsWith(w) && line.charCodeAt(line.length - w.length - 1) === 0x20)
  );
}
