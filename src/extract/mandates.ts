// Mandates: decisions, resolutions and treaty provisions cited in the text, one entry per
// mandate with every occurrence. Keywords come from the language table; numbers are read by
// grammar ("4/4", "55/25", "2010/15", "2837 (XXVI)", "1325 (2000)", "S-8/1").
import { diagnose, type NSpan, type ParseContext } from '../context.js';
import { foldedStopwords } from '../segment/headings.js';
import { foldForMatch } from '../normalise/fold.js';
import {
  alternation,
  ARABIC_PROCLITICS,
  DIGIT,
  escapeRegex,
  foldedLookup,
  isWordStart,
  keywordPattern,
  keywordStart,
  LETTER,
  MARK,
  perLocale,
  phrasePattern,
  stemPattern,
  WORD_END,
} from '../locales/patterns.js';
import { BODY_HEADS } from '../locales/masthead.js';
import { extractDates } from './dates.js';
import type { BodyName, Locale } from '../locales/types.js';

export type MandateKind = 'decision' | 'resolution' | 'provision';

export interface MandateDraft {
  kind: MandateKind;
  reference: string;
  symbol: string | null;
  issuer: NSpan | null;
  instrument: NSpan | null;
  title: NSpan | null;
  occurrences: NSpan[];
}

/**
 * Arabic number and pronoun suffixes on the keyword: "مقرره" (its decision), "قراراتها" (its
 * resolutions), the dual "قراريه" (its two resolutions), "قرارين", "قراري الجمعية العامة", and
 * the dual in construct as a subject, "قرارا الجمعية العامة 57/270 باء و60/265" (the General
 * Assembly's two resolutions; a number must follow the body's name, so "قراراً" (a decision) is none).
 */
const ARABIC_SUFFIX = '(?:ات|ين|ان|ي|ا)?[\\u064B-\\u065F\\u0670]*(?:[هة][\\u064B-\\u065F\\u0670]*(?:ما|م|ا)?|ها|هم)?';
// "résolutions du Conseil économique et social 1987/24", "resoluciones del Consejo Económico y Social".
const MAX_WORDS_BEFORE_NUMBER = 6;
// "articles 6 to 26": a longer span of numbers is no range of provisions.
const MAX_PROVISION_RANGE = 20;
// "the rules of procedure set out in the annex to Council resolution 5/1" is thirteen words; "the
// Nagoya Protocol on Access … Arising from their Utilization to the Convention on Biological
// Diversity", twenty-six.
const MAX_INSTRUMENT_WORDS = 32;

/**
 * White space inside one paragraph: spaces, and at most one line break (a wrapped line). A blank
 * line ends a paragraph, and a body's name or a citation's clause never crosses it. The spaces
 * before the break cannot also be taken after it, so a failed match gives back each space once.
 */
const PARAGRAPH_GAP = '(?=[ \\t\\n])[ \\t]*(?:\\n[ \\t]*)?';
/** How far before a citation its issuer may be named. */
const BODY_BEFORE_WINDOW = 200;

/**
 * The number of a decision or resolution. A bare number counts only with a session or year in
 * brackets ("1325 (2000)", "2837 (XXVI)", "3201 (S-VI)"), so "in 2012" is never a mandate.
 * Treaty bodies number decisions by session and body: "2/CP.17", "3/CMP.11" (UNFCCC), "BC-14/12",
 * "OEWG-2/4". Only Latin initials are read: every reference is ASCII (SPEC), and the English
 * form of initials printed in Cyrillic or Arabic ("ВМК-3/4") is not known from the text, save those
 * of a locale's `treatyBodyInitials` ("1/م أ-26", 1/CP.26) where the text names their treaty.
 */
// Treaty bodies number a decision by their session in Arabic digits: CERD's "decision 3 (115)".
// A language may print the session of an old General Assembly resolution by its own letter and
// a number, Arabic "د-25" (XXV), and the part of a split resolution by the letter's name, "٧٥/٢٩٠
// باء" (75/290 B): locale `mandates.sessionLetter` and `partLetterNames`.
/** Chinese characters and kana: the script that writes no space between words. */
const HAN = '\\u3005-\\u3007\\u3041-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
/**
 * After a part's letter no other letter of a word follows ("75/290 Assembly" has no part), but a
 * Chinese character may: the number is framed by 第 … 号 with no space ("第75/290 A号决议").
 */
const PART_END = `(?!(?![${HAN}])[${LETTER}])`;
/**
 * A part is a capital letter; the citation patterns ignore case, so a small letter after the
 * number is given back: "resolution 69/7 a plan" is 69/7.
 */
const SMALL_PART = /\s?[a-h]$/;
const withoutSmallPart = (number: string) => number.replace(SMALL_PART, '');
/**
 * Per locale, the session and part forms of `sessionLetter` and `partLetterNames`: their patterns
 * in a number, and the same two read in a reference to write it in ASCII: "(د-25)" → "(XXV)",
 * " باء" → " B". The session may be printed without brackets: "377 ألف د-5" is 377 A (V).
 */
const localNumberForms = perLocale((locale: Locale) => {
  const letter = locale.mandates.sessionLetter;
  const names = Object.keys(locale.mandates.partLetterNames ?? {});
  const session = letter ? `${escapeRegex(letter)}\\s?-\\s?\\d{1,2}` : null;
  return {
    session,
    part: names.length ? `(?:\\s?[A-H]|\\s(?:${names.join('|')}))` : '\\s?[A-H]',
    partNames: names.length ? `(?:\\s(?:${names.join('|')}))` : null,
    sessionRead: session ? new RegExp(`\\(?${session.replace('\\d{1,2}', '(\\d{1,2})')}\\)?`) : null,
    partNameRead: names.length ? new RegExp(`\\s(${names.join('|')})(?=\\s|\\(|$)`, 'u') : null,
  };
});

// WFP's Executive Board numbers a decision by year, session and number: "2019/EB.A/5" (annual
// session), "2023/EB.2/12" (second regular session). ECLAC numbers the resolutions of its
// Committee of the Whole by that Committee's session: "489(PLEN.19)", "751(PLEN.36)" (LC/SES…),
// as it numbers the Commission's own by its session in roman numerals, "553(XXVI)".
const mandateNumber = perLocale((locale: Locale) => {
  const { session, part, partNames } = localNumberForms(locale);
  return (
    `(?:\\d{4}/EB\\.(?:A|[1-3])/\\d{1,3}|[A-Z]{1,6}-\\d{1,2}/\\d{1,4}|[IVX]{1,5}/\\d{1,3}|\\d{1,3}/[A-Z]{2,5}\\.\\d{1,3}` +
    `|\\d{1,4}/\\d{1,4}(?:${part}${PART_END})?(?:\\s?[(（](?:(?:E?S-)?[IVXL]{1,7}|\\d{4})[)）])?` +
    `|\\d{1,4}(?:${part}${PART_END})?\\s?[(（](?:(?:E?S-)?[IVXL]{1,7}|PLEN\\.\\d{1,2}|\\d{4}|\\d{2,3}${session ? `|${session}` : ''})[)）]` +
    // Arabic may print the session without brackets: "القرار 377 ألف د-5", "القرار 2758 د-26".
    (session ? `|\\d{1,4}${partNames ? `${partNames}?` : ''}\\s${session}(?!\\d)` : '') +
    ')'
  );
});

/**
 * Treaty bodies' decisions numbered by initials in the language's script (`treatyBodyInitials`):
 * Arabic "1/م أ-26", "2/م أ ت-3" (1/CP.26, 2/CMA.3). Per locale: the number's pattern, to add to
 * `MANDATE_NUMBER`, and one anchored to read it back; the readings with their context patterns.
 */
const initialsTables = perLocale((locale: Locale) => {
  const entries = locale.mandates.treatyBodyInitials ?? [];
  if (entries.length === 0) return null;
  const printed = [...new Set(entries.map((e) => e.initials))].sort((a, b) => b.length - a.length);
  // The initials' letters, each with its hamza's variants, a space between them or none.
  const initials = `(?:${printed.map((i) => i.split(' ').map((letter) => phrasePattern(letter, locale)).join('\\s?')).join('|')})`;
  return {
    number: `\\d{1,3}/${initials}\\s?-\\s?\\d{1,3}`,
    // "المقرر -/م أ-28": a decision not yet numbered (see UNNUMBERED).
    unnumbered: `-\\s?/\\s?${initials}\\s?-\\s?\\d{1,3}`,
    parts: new RegExp(`^(\\d{1,3})/(${initials})\\s?-\\s?(\\d{1,3})$`, 'u'),
    readings: entries.map((e) => ({
      initials: foldedInitials(e.initials),
      latin: e.latin,
      context: new RegExp(alternation(e.context, locale), 'u'),
    })),
  };
});

const foldedInitials = (initials: string) => foldForMatch(initials).replace(/\s+/g, '');

/**
 * A treaty body's decision not yet numbered when the text was written: UNFCCC agendas cite the
 * draft on the table as "draft decision -/CMA.5", "décision -/CP.28", "第-/CMA.5号决定", "المقرر
 * -/م أ-28". A mandate's reference is a number (SPEC), and a wrong one is worse than none: such
 * a citation is no mandate, and `MANDATE_UNNUMBERED` says so.
 */
const UNNUMBERED = '-\\s?/\\s?[A-Z]{2,5}\\.\\d{1,3}';
const localeUnnumbered = (locale: Locale) => {
  const tables = initialsTables(locale);
  return tables ? `(?:${tables.unnumbered}|${UNNUMBERED})` : UNNUMBERED;
};

/**
 * Special sessions' resolutions numbered with the language's prefix (`sessionPrefixes`): Arabic
 * "دإ-23/2" (S-23/2), "دإط-10/24" (ES-10/24), the letters spaced or not. Per locale: the number's
 * pattern, one anchored to read it back, and the Latin prefix by the printed one, folded.
 */
const sessionPrefixTables = perLocale((locale: Locale) => {
  const entries = locale.mandates.sessionPrefixes ?? [];
  if (entries.length === 0) return null;
  const printed = [...entries].sort((a, b) => b.printed.length - a.printed.length);
  const prefix = `(?:${printed.map((e) => [...e.printed].map((letter) => phrasePattern(letter, locale)).join('\\s?')).join('|')})`;
  return {
    number: `${prefix}\\s?-\\s?\\d{1,2}/\\d{1,4}`,
    parts: new RegExp(`^(${prefix})\\s?-\\s?(\\d{1,2}/\\d{1,4})$`, 'u'),
    latin: new Map(entries.map((e) => [foldedInitials(e.printed), e.latin])),
  };
});

/** The numbers a locale's citations read: `mandateNumber`, its special sessions' and treaty bodies' own. */
const localeMandateNumber = perLocale((locale: Locale) => {
  const own = [initialsTables(locale)?.number, sessionPrefixTables(locale)?.number].filter((n) => n !== undefined);
  return own.length ? `(?:${own.join('|')}|${mandateNumber(locale)})` : mandateNumber(locale);
});

/**
 * A sub-paragraph's letter after a paragraph's number: "paragraph 6 (a)", "paragraphe 6 a)",
 * "párrafo 6 a)". It is named in the reference after the paragraph: "article 14(6)(a)".
 */
const SUBPARAGRAPH = (group: string, letter: string) => `(?:\\s?\\(?(?<${group}>${letter})\\))?`;

/**
 * The paragraphs listed after a provision's first ("paragraphs 5, 6 and 7", "paragraphes 5 et 7",
 * "пункты 5 и 7", "الفقرتين 5 و7"): each after a comma or the conjunction (Arabic writes "و" on
 * the number), at most five. Each repeat starts at a comma or a space and ends in digits, so the
 * pattern is linear. After the article ("article 34, paragraphs 5 and 7, of the Convention") the
 * list must end the clause (a comma, a stop, the "of" word): in "article 4, paragraph 2, and 14
 * States" the 14 counts no paragraph.
 */
function paragraphListTail(locale: Locale, after = false): string {
  const and = alternation([...locale.pairAnd, 'and'], locale);
  const list = `(?:\\s*[,،]\\s*\\d{1,3}|[,،]?\\s+${and}\\s${locale.arabicMorphology ? '*' : '+'}\\d{1,3}){1,5}(?!\\d)`;
  if (!after) return list;
  const of = locale.mandates.of.length ? `|\\s+${anyApostrophe(alternation(locale.mandates.of, locale))}\\s` : '';
  return `${list}(?=\\s*[,،.;:)]|\\s*$${of})`;
}

/** The numbers of a paragraph list's tail: ", 6 and 7" → ["6", "7"]. */
const listedParagraphs = (tail: string | undefined): string[] => (tail ? tail.match(/\d{1,3}/g) ?? [] : []);

/**
 * A sub-paragraph's letter: Latin, or in Arabic the abjad letters of sub-items ("(أ)", "(هـ)"),
 * which name it by position as sub-items do (أ ب ج د هـ → a b c d e).
 */
const subparagraphLetter = (locale: Locale) => (locale.arabicMorphology ? `[${locale.subItemLetters.join('')}]ـ?` : '[a-z]');

/** The sub-paragraph's letter in ASCII: "(b)" → b, "(ب)" → b. */
function asciiSubparagraph(locale: Locale, letter: string): string {
  if (!locale.arabicMorphology) return letter.toLowerCase();
  const position = locale.subItemLetters.indexOf(letter.replace('ـ', ''));
  return position === -1 ? letter : String.fromCharCode(0x61 + position);
}

/**
 * An article before a body's name: a short word ("the", "la", "el") or an elided one ("l'").
 * A conjunction or preposition of that shape ("and", "et", "по") is none: callers check the
 * captured word against the stop words. Arabic writes its article into the name itself.
 */
const ARTICLE = `(?<article>[${LETTER}]{1,3}\\s+|[${LETTER}]{1,2}['’]\\s*)?`;

/** Typewriter and typographic apostrophes are one letter to a reader: a table word matches either. */
const anyApostrophe = (source: string) => source.replace(/['’]/g, "['’]");

/** Bodies' names, longest first, their words wrapped at most once: the longest name printed wins. */
function bodyAlternation(locale: Locale): string {
  const names = [...new Set(locale.bodies.map((b) => b.name))].sort((a, b) => b.length - a.length);
  const name = (words: string) => words.split(' ').map((word) => anyApostrophe(phrasePattern(word, locale))).join(PARAGRAPH_GAP);
  return `(?:${names.map(name).join('|')})`;
}

/**
 * Arabic writes the preposition lām ("of", "for") on a body's name in place of its article's
 * alif: "القرار 55/25 للجمعية العامة" (resolution 55/25 of the General Assembly), and on a name
 * whose word starts with lām, in place of the whole article: "للجنة" (اللجنة). The bodies whose
 * names start with the article, in that form; null for a language without Arabic morphology.
 */
function lamBodyAlternation(locale: Locale): string | null {
  if (!locale.arabicMorphology) return null;
  const names = [...new Set(locale.bodies.map((b) => b.name).filter((name) => name.startsWith('ال')))].sort((a, b) => b.length - a.length);
  const lamForm = (name: string) => (name.startsWith('الل') ? `ل${name.slice(2)}` : `ل${name.slice(1)}`);
  const name = (words: string) => words.split(' ').map((word) => phrasePattern(word, locale)).join(PARAGRAPH_GAP);
  return names.length ? `(?:${names.map((n) => name(lamForm(n))).join('|')})` : null;
}

/**
 * A body's folded name as the table prints it, from the lām form an Arabic issuer may carry
 * ("للجمعيه العامه" → "الجمعيه العامه", "للجنه" → "اللجنه"): the fold the issuers compare and look up.
 */
function articleForm(locale: Locale, folded: string): string {
  if (!locale.arabicMorphology || !folded.startsWith('لل')) return folded;
  const alif = `ا${folded.slice(1)}`;
  if (bodyByFoldedName(locale, alif)) return alif;
  const article = `ال${folded.slice(1)}`;
  return bodyByFoldedName(locale, article) ? article : folded;
}

/**
 * How strongly a citation names its issuer; the strongest, then the longest, wins. Named with the
 * citation ("General Assembly resolution", "of the General Assembly", "adopted by") beats the
 * subject of the clause after the number ("In its resolution 64/292, the General Assembly"):
 * "Pursuant to General Assembly resolution 64/292, the Conference…" is the Assembly's.
 */
const NAMED = 2;
const SUBJECT = 1;

interface MandatePatterns {
  citation: RegExp;
  /** A citation keyword (global): among the words between a keyword and its number, it starts a citation of its own. */
  keywordWord: RegExp;
  /** A decision's number not yet given: "-/CMA.5", "-/م أ-28" (global). */
  unnumbered: RegExp;
  /** The decision keyword right before it ("decision ", "projet de décision "), or Chinese 第 (anchored at the end). */
  unnumberedKeyword: RegExp;
  /** Chinese only: the frame's end and the keyword after it, 号决定 (anchored at the start). */
  unnumberedKeywordAfter: RegExp | null;
  sameAs: RegExp;
  provision: RegExp;
  entitled: RegExp;
  adoptedBy: RegExp;
  bodyLookup: (words: string) => BodyName | undefined;
  /** True if a possessive ("its", "sa", "su", "своей") stands right before the keyword at `start`. */
  possessive: (text: string, start: number) => boolean;
  /** The same, for words folded already. */
  foldedBodyLookup: (folded: string) => BodyName | undefined;
  /** A folded issuer's name with its Arabic lām form undone (`articleForm`). */
  articleForm: (folded: string) => string;
  /** A body's name from the table at the start of the text (sticky). */
  bodyName: RegExp;
  bodyBefore: RegExp;
  /** Any body's name, anywhere (global): the bodies a sentence names before a citation. */
  bodyAnywhere: RegExp;
  bodyAfter: RegExp;
  subjectAfterTitle: RegExp;
  listNext: RegExp;
  /** The parts of the cited text between two numbers of one list: ", paragraphs 80–82," (anchored). */
  partsGap: RegExp;
  clauseStop: RegExp | null;
  /** The words between a body and a keyword that say the citation names the body (`citedBy`, anchored). */
  citedBy: RegExp | null;
  ofWord: RegExp;
  /** An "of" word and its article at the start of the words between keyword and number ("du", "de la"). */
  leadingOf: RegExp;
  /** The words that end an instrument's name (`instrumentStops`, `pairAnd`), anchored both ends. */
  stopWord: RegExp;
  /** The title links (`titleLinks`), lower-cased. */
  titleLinks: ReadonlySet<string>;
  /** After a title link, its article and the capitalised word it goes on with (the word captured). */
  titleLinkArticle: RegExp | null;
  provisionNext: RegExp;
  /** The end of a range of provisions' numbers after the first: "–8", " to 8" (`mandates.rangeTo`). */
  provisionRange: RegExp | null;
  framed: FramedPatterns | null;
}

/** Chinese: 第55/25号决议, 第32条第3款, the body or instrument before, a title before too. */
interface FramedPatterns {
  citation: RegExp;
  /** One framed number of a citation's list: 第74/214号. */
  listNumber: RegExp;
  provision: RegExp;
  bodyBefore: RegExp;
  titleBefore: RegExp;
  instrumentBefore: RegExp;
  /** Where an instrument's name before its provision ends going back (`instrumentStops`). */
  instrumentStops: readonly string[];
  /** The heads an instrument's name not in 《》 ends with (`instrumentEndings`): 议事规则, 公约. */
  instrumentEndings: readonly string[];
  /** The bodies' names with a stop inside (经济及社会理事会): no stop there ends an instrument's name. */
  bodiesWithStops: readonly string[];
  /** Where a body's name before its citation ends going back (`clauseStarts`). */
  clauseStarts: ReadonlySet<string>;
}

/**
 * An article numbered in the language's own numerals (locale `mandates.numerals`), as the Chinese
 * texts of treaties print them: 《巴黎协定》第六条第2款, 《公约》第四条第2款(f)项 (UNFCCC
 * annotations). 1 to 999. The numeral's pattern, or one matching nothing for a language without.
 */
const ownNumeral = perLocale((locale: Locale) => {
  const numerals = locale.mandates.numerals;
  if (!numerals) return '(?!)';
  return `[${[...Object.keys(numerals.digits), numerals.ten, numerals.hundred].join('')}]{1,6}`;
});

/** "六" → "6", "十二" → "12", "二十一" → "21", "一百零五" → "105"; Arabic digits as they are. */
function ownNumber(locale: Locale, numeral: string): string {
  const numerals = locale.mandates.numerals;
  if (/^\d+$/.test(numeral) || !numerals) return numeral;
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch === numerals.hundred) {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === numerals.ten) {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = numerals.digits[ch] ?? 0;
    }
  }
  return String(total + digit);
}

/**
 * An article numbered in roman numerals, as the treaties on disarmament and some others number
 * theirs: "article VIII, paragraph 3, of the Treaty" (NPT/CONF), "Article XII of the Convention"
 * (BWC/MSP), "статьи VIII Договора", "l'article VIII du Traité". I to XLIX, written validly, so
 * each numeral is read one way. The patterns ignore case: a small "vi" or "xi" (a word, a
 * sub-paragraph) is given back by `romanArticle`, since treaties print their numerals capitalised.
 */
const ROMAN_ARTICLE = '(?=[IVXL])(?:XL|X{0,3})(?:IX|IV|V?I{0,3})';
/** The number as printed when it is digits or a capitalised roman numeral; null for a small one. */
const romanArticle = (number: string): string | null => (/^\d+$|^[IVXL]+$/.test(number) ? number : null);

/**
 * Arabic numbers the articles of treaties numbered in roman numerals by ordinal words: "المادة
 * الثامنة من الاتفاقية" (article VIII of the BWC), "الفقرة الثالثة من المادة الثامنة", "المادة
 * الحادية والعشرون". They are read from the locale's ordinals (a unit, or a unit, "و" and the
 * tens) and given in digits, as Chinese 第八条 is: the words do not tell which numerals the
 * English text prints. The compound-only units ("الحادية", 1 only in الحادية عشرة and
 * الحادية والعشرون) and the hundred are left out alone. A pattern for languages with the tables.
 */
const COMPOUND_ONLY_ORDINALS = new Set(['الحادية', 'الحادي', 'المائة', 'المئة'].map(foldForMatch));

const ordinalTables = perLocale((locale: Locale) => ({
  units: new Map(Object.entries(locale.ordinals).map(([word, value]) => [foldForMatch(word), value])),
  tens: new Map(Object.entries(locale.ordinalTens ?? {}).map(([word, value]) => [foldForMatch(word), value])),
}));

function ordinalArticlePattern(locale: Locale): string {
  const tens = Object.keys(locale.ordinalTens ?? {});
  const compound = tens.length ? `(?:\\s+و\\s*${alternation(tens, locale)})?` : '';
  return `${alternation(Object.keys(locale.ordinals), locale)}${compound}`;
}

/** "الثامنة" → "8", "الحادية والعشرون" → "21"; digits and roman numerals as printed (`romanArticle`). */
function provisionNumber(locale: Locale, printed: string): string | null {
  if (!locale.arabicMorphology || /^[\dIVXLivxl]+$/.test(printed)) return romanArticle(printed);
  const [unit, ten] = printed.split(/\s+و\s*/);
  const tables = ordinalTables(locale);
  const folded = foldForMatch(unit!);
  const value = tables.units.get(folded);
  if (value === undefined) return null;
  if (ten === undefined) return COMPOUND_ONLY_ORDINALS.has(folded) ? null : String(value);
  const tensValue = tables.tens.get(foldForMatch(ten));
  return tensValue === undefined || value > 9 ? null : String(tensValue + value);
}

/** A Chinese date: 2009年7月28日. */
const HAN_DATE = '\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日';

function framedPatterns(locale: Locale, bodies: string): FramedPatterns {
  const m = locale.mandates;
  const words = (list: readonly string[] | undefined) => alternation(list ?? [], locale);
  const before = words(m.numberBefore);
  const after = words(m.numberAfter);
  const framed = `${before}\\s*(${mandateNumber(locale)})\\s*${after}`;
  // "第74/214号和第75/229号决议": a list shares the keyword after its last number, and each
  // number may carry its date before it: "1987年5月26日第1987/24号、2009年7月28日第2009/15号决议".
  const listAnd = alternation([...locale.pairAnd, '、'], locale);
  const listed = `(?:${HAN_DATE}\\s*)?${framed}`;
  // The Charter's Chinese text numbers an article's paragraphs by 项, in words, right after the
  // article: 第十二条第二项 is Article 12, paragraph 2 (elsewhere 项 is a lettered subparagraph,
  // 第2款(a)项, and needs its letter in brackets).
  const paragraphWords = alternation([...m.paragraph, ...(m.subparagraph ?? [])], locale);
  return compiledNow({
    citation: new RegExp(
      `${framed}(?:\\s*${listAnd}\\s*${listed}){0,9}\\s*(?:(?<decision>${words(m.decision)})|(?<resolution>${words(m.resolution)}))`,
      'gu',
    ),
    listNumber: new RegExp(framed, 'gu'),
    provision: new RegExp(
      // 《公约》第8(j)条: the lettered paragraph inside the article's frame (article 8(j)).
      `${before}\\s*(?<number>\\d{1,3}|${ownNumeral(locale)})(?:[(（](?<framedLetter>[a-z])[)）])?\\s*(?:(?<article>${words(m.article)})|(?<rule>${words(m.rule)}))(?:\\s*[(（](?<numberLetter>[a-z])[)）]\\s*${paragraphWords}|\\s*${before}\\s*(?<paragraph>\\d{1,3}|${ownNumeral(locale)})\\s*${paragraphWords}(?:\\s*${before}?\\s*[(（](?<subparagraph>[a-z])[)）]\\s*${words(m.subparagraph ?? [])})?` +
        // 第34条第5款和第7款, 第5款、第6款和第7款: each paragraph a provision (article 34(5), 34(7)).
        `(?<moreParagraphs>(?:\\s*${listAnd}\\s*${before}\\s*\\d{1,3}\\s*${words(m.paragraph)}){1,5})?)?`,
      'gu',
    ),
    // The adopting body is the subject of the clause: "大会在2000年11月15日第55/25号决议中".
    bodyBefore: new RegExp(bodies, 'gu'),
    titleBefore: new RegExp(`${words(m.entitled)}\\s*[“"「『]([^”"」』\\n]{1,200})[”"」』]\\s*的?\\s*$`, 'u'),
    // 《公约》 just before, or the name back to a conjunction or punctuation: 缔约方会议议事规则.
    // A number inside the name is read whole: 理事会第5/1号决议所附议事规则, not "1号决议…".
    instrumentBefore: /(《[^》\n]{1,60}》|(?:[\p{L}\p{N}]|(?<=\p{N})\/(?=\p{N})){1,40})$/u,
    instrumentStops: m.instrumentStops ?? [],
    instrumentEndings: m.instrumentEndings ?? [],
    bodiesWithStops: locale.bodies.map((body) => body.name).filter((name) => (m.instrumentStops ?? []).some((stop) => name.includes(stop))),
    clauseStarts: new Set(m.clauseStarts ?? []),
  });
}

/**
 * V8 first compiles a pattern to bytecode and interprets it, and compiles it again, to machine
 * code, on a later run; over a subject of 1,000 characters or more it compiles machine code at
 * once. These patterns run for nearly every citation of every document: one run over blank text
 * when a language's patterns are built compiles each of them once instead of twice.
 */
const TIER_UP_SUBJECT = ' '.repeat(1000);

function compiledNow<T extends object>(patterns: T): T {
  for (const pattern of Object.values(patterns)) {
    if (pattern instanceof RegExp) {
      pattern.exec(TIER_UP_SUBJECT);
      pattern.lastIndex = 0;
    }
  }
  return patterns;
}

/**
 * The locale's articles (`articles`), each with the space after it: "the ", "la ", and an elided
 * one with or without a space ("l'Accord", "l’ Accord"). Null for a language with none.
 */
function articlePattern(locale: Locale): string | null {
  const articles = locale.mandates.articles ?? [];
  if (articles.length === 0) return null;
  const elided = articles.filter((word) => /['’]$/.test(word));
  const full = articles.filter((word) => !/['’]$/.test(word));
  const forms = [
    ...(full.length ? [`${alternation(full, locale)}\\s+`] : []),
    ...(elided.length ? [`${anyApostrophe(alternation(elided, locale))}[ \\t]*`] : []),
  ];
  return `(?:${forms.join('|')})`;
}

const patterns = perLocale((locale): MandatePatterns => {
  const m = locale.mandates;
  const suffix = locale.arabicMorphology ? ARABIC_SUFFIX : '';
  // The head of each scanning pattern is the keyword's stem: a pattern that may start with any
  // proclitic letter is tried at nearly every position of an Arabic text.
  const keyword = (words: readonly string[]) => `${stemPattern(words, locale)}${suffix}`;
  const flags = locale.arabicMorphology ? 'gu' : 'giu';
  // A word may carry an elided article or preposition: "résolution de l'Assemblée générale
  // 55/25", "décision de l’Organe 4/2". The apostrophe parts the letters, so the pattern is linear.
  const between = `(?:\\s+[${LETTER}${MARK}]+(?:['’][${LETTER}${MARK}]+)?){0,${MAX_WORDS_BEFORE_NUMBER}}`;
  const words = (list: readonly string[]) => anyApostrophe(alternation(list, locale));
  const of = words(m.of);
  const article = locale.arabicMorphology ? '' : ARTICLE;
  // Russian joins article and instrument by case ("статьи 32 Конвенции"): no "of" word at all.
  // An "of" word ending in an elided article joins the next word with no space: "de l'Accord",
  // "paragraphe 7 de l'article 63".
  const ofJoin = m.of.length ? `\\s+${of}(?:\\s+|(?<=['’]))` : '\\s+';
  const articles = articlePattern(locale);
  const bodies = bodyAlternation(locale);
  const lamBodies = lamBodyAlternation(locale);
  // "l'alinéa b) du paragraphe 2 de l'article 17", "подпункт a) пункта 6 статьи 4": the
  // sub-paragraph's letter before its paragraph (brackets optional after the word names it).
  const subparagraphLead = m.subparagraph?.length
    ? `(?:(?<subparagraphWord>${stemPattern(m.subparagraph, locale)})\\s+\\(?(?<subparagraphLead>${subparagraphLetter(locale)})\\)?${ofJoin}${locale.arabicMorphology ? ARABIC_PROCLITICS : ''})?`
    : '';
  // Arabic puts the verb first: "وفي قراره ١٩٩٩/٣٠، قرَّر المجلس الاقتصادي والاجتماعي".
  const verb = locale.arabicMorphology ? `(?:(?<verb>[${LETTER}${MARK}]+)\\s+)?` : '';
  // "paragraphs 5 and 7 of article 34", "пункты 5 и 7 статьи 34", "الفقرتين 5 و7 من المادة 34":
  // the paragraphs after the first, each a provision of its own (read by `paragraphList`).
  // Arabic articles and paragraphs numbered by ordinal words: "الفقرة الثالثة من المادة الثامنة".
  const ordinalNumber = locale.arabicMorphology ? `|${ordinalArticlePattern(locale)}` : '';
  const moreParagraphs = (group: string) => `(?<${group}>${paragraphListTail(locale, group.endsWith('After'))})?`;
  // A paragraph and a letter in brackets right after the number ("article 14(6)(a)", "article 73
  // (e)", "المادة 73 (هـ)"), or a Latin letter alone before the "of" word, as the Charter prints its
  // own ("Article 73 e of the Charter"); joined by case, before the instrument's word ("статьи 73 e
  // Устава": a Latin letter, no Cyrillic preposition).
  const bareLetter = locale.arabicMorphology
    ? ''
    : m.of.length
      ? `|[ \\t](?<bareLetter>[a-z])(?=\\s+${of}\\s)`
      : `|[ \\t](?<bareLetter>[a-z])(?=\\s+[А-ЯЁ])`;
  // The article's letter named before it, no paragraph between: "l'alinéa e de l'Article 73",
  // "del inciso e del Artículo 73".
  const letterLead = m.subparagraph?.length
    ? `(?:${stemPattern(m.subparagraph, locale)}\\s+\\(?(?<letterLead>${subparagraphLetter(locale)})\\)?${ofJoin}${locale.arabicMorphology ? ARABIC_PROCLITICS : ''})?`
    : '';
  // "l'article 8 j)", "статьи 8 j)": French, Spanish and Russian print the letter before a closing
  // bracket alone. On the number's line: "(a)" opening the next line is a sub-item's marker ("…under rule 4" / "(a) Election of officers").
  const numberParts = `(?:[ \\t]?\\((?<bracketParagraph>\\d{1,2})\\))?(?:[ \\t]?\\(?(?<bracketLetter>${subparagraphLetter(locale)})\\)${bareLetter})?`;
  return compiledNow({
    citation: new RegExp(
      `(?:(?<decision>${keyword(m.decision)})|(?<resolution>${keyword(m.resolution)}))${WORD_END}(?<between>${between})\\s+(?<number>${localeMandateNumber(locale)})`,
      flags,
    ),
    keywordWord: new RegExp(`(?:${keyword(m.decision)}|${keyword(m.resolution)})${WORD_END}`, flags),
    // Capitals only: a treaty body's initials. In a list ("decisions 1/CMA.4 and -/CMA.5") the
    // placeholder stands without its keyword, and is read alone.
    // Chinese frames it with no space: 第-/CMA.5号.
    unnumbered: new RegExp(`(?<![${locale.spaceless ? 'A-Za-z' : LETTER}${DIGIT}/])${localeUnnumbered(locale)}(?![${locale.spaceless ? 'A-Za-z' : LETTER}${DIGIT}])`, 'gu'),
    unnumberedKeyword: m.numberBefore?.length
      ? new RegExp(`${alternation(m.numberBefore, locale)}\\s*$`, 'u')
      : new RegExp(`${keywordPattern(m.decision, locale)}${locale.arabicMorphology ? ARABIC_SUFFIX : ''}\\s+$`, flags.replace('g', '')),
    unnumberedKeywordAfter: m.numberBefore?.length
      ? new RegExp(`^\\s*${alternation(m.numberAfter ?? [], locale)}\\s*${alternation(m.decision, locale)}`, 'u')
      : null,
    sameAs: new RegExp(`${stemPattern(m.sameAs, locale)}${locale.spaceless ? '' : WORD_END}`, flags),
    provision: new RegExp(
      `(?:${subparagraphLead}(?<paragraphWord>${stemPattern(m.paragraph, locale)})\\s+(?<paragraph>\\d{1,3}${ordinalNumber})${SUBPARAGRAPH('subparagraph', subparagraphLetter(locale))}${moreParagraphs('moreParagraphs')}${ofJoin}${locale.arabicMorphology ? ARABIC_PROCLITICS : ''})?` +
        letterLead +
        `(?<kindWord>(?<article>${stemPattern(m.article, locale)})|(?<rule>${stemPattern(m.rule, locale)}))\\s+(?<number>\\d{1,3}|${ROMAN_ARTICLE}${ordinalNumber})(?:\\.(?<dottedParagraph>\\d{1,2})(?![.\\d]))?${numberParts}` +
        `(?:,?\\s+${keywordPattern(m.paragraph, locale)}\\s+(?<paragraphAfter>\\d{1,3})${SUBPARAGRAPH('subparagraphAfter', subparagraphLetter(locale))}${moreParagraphs('moreParagraphsAfter')},?)?(?![${LETTER}${MARK}${DIGIT}])`,
      flags,
    ),
    entitled: new RegExp(`^\\s*(?:[,،]\\s*)?${alternation(m.entitled, locale)}\\s*["“«]([^"”»\\n]{1,300})["”»]`, flags.replace('g', '')),
    adoptedBy: new RegExp(`^[^.\\n]{0,200}?${words(m.adoptedBy)}\\s+${article}(?<body>[^,،.;؛\\n]{3,200})`, flags.replace('g', '')),
    bodyLookup: (words) => bodyByName(locale, words),
    possessive: possessiveBefore(new Set((m.possessives ?? []).map((w) => w.toLowerCase()))),
    foldedBodyLookup: (folded) => bodyByFoldedName(locale, folded),
    articleForm: (folded) => articleForm(locale, folded),
    bodyName: new RegExp(`${bodies}${locale.spaceless ? '' : `(?![${LETTER}${MARK}])`}`, flags.replace('g', 'y')),
    // "General Assembly resolution", "the General Assembly in resolution", "the Meeting of the
    // Parties adopted decision", "مؤتمر الأطراف، في مقرره": the body, then at most three short
    // words, just before the keyword.
    bodyBefore: new RegExp(`(${bodies})(?:[\\s,،]+[${LETTER}${MARK}]{1,9}){0,3}[\\s,،]+$`, flags.replace('g', '')),
    bodyAnywhere: new RegExp(`(${bodies})${locale.spaceless ? '' : `(?![${LETTER}${MARK}])`}`, flags),
    // Arabic puts the verb first here too: "المعنون "…"، أهابت الجمعية العامة".
    subjectAfterTitle: new RegExp(
      `^\\s*(?<comma>[,،])\\s*${verb}${articles ? `${articles}?` : ''}(?<subject>(?:${bodies})[^,،.;؛\\n]{0,200})`,
      flags.replace('g', ''),
    ),
    // "resolution 55/25 of the General Assembly", "В решении ВМК-3/4 Конференция Сторон", and
    // after a comma the clause's subject: "In its resolution 64/292, the General Assembly".
    // Arabic "القرار 55/25 للجمعية العامة": the body in its lām form (of it, never a subject).
    bodyAfter: new RegExp(
      `^(?<comma>\\s*[,،])?\\s+${verb}(?:(?<of>${of})\\s*)?${article}(?<body>${bodies}${lamBodies ? `|(?<lamBody>${lamBodies})` : ''})(?![${LETTER}${MARK}])(?!\\s+${keyword([...m.decision, ...m.resolution])}${WORD_END})`,
      flags.replace('g', ''),
    ),
    // Arabic writes "و" on the number: "قراريه ٤/١ و٥/١".
    listNext: new RegExp(
      `^(?:\\s*[,،]\\s*|[,،]?\\s+${alternation([...locale.pairAnd, 'and'], locale)}\\s${locale.arabicMorphology ? '*' : '+'})(${localeMandateNumber(locale)})(?![${LETTER}${DIGIT}/])`,
      flags.replace('g', ''),
    ),
    partsGap: partsGapPattern(locale, flags.replace('g', '')),
    clauseStop: m.clauseStops?.length ? new RegExp(`\\s${words(m.clauseStops)}(?![${LETTER}${MARK}])`, flags.replace('g', '')) : null,
    // "the Adaptation Committee referred to in decision 2/CMA.4", "el Comité mencionado en la decisión".
    citedBy: m.citedBy?.length ? new RegExp(`^[\\s,]+${words(m.citedBy)}\\s+${articles ? `${articles}?` : ''}$`, flags.replace('g', '')) : null,
    ofWord: new RegExp(`^${ofJoin}`, flags.replace('g', '')),
    leadingOf: m.of.length ? new RegExp(`^${of}\\s+${articles ? `${articles}?` : ''}`, flags.replace('g', '')) : /^(?!)/,
    provisionNext: new RegExp(`^(?:\\s*[,،]\\s*|\\s+${alternation([...locale.pairAnd, 'and'], locale)}\\s${locale.arabicMorphology ? '*' : '+'})(\\d{1,3}|${ROMAN_ARTICLE})(?![${LETTER}${DIGIT}/]|\\.\\d)`, flags.replace('g', '')),
    provisionRange: new RegExp(
      `^(?:[ \\t]?[-–—][ \\t]?${m.rangeTo?.length ? `|\\s+${alternation(m.rangeTo, locale)}\\s+` : ''})(\\d{1,3})(?![${LETTER}${DIGIT}/]|\\.\\d)`,
      flags.replace('g', ''),
    ),
    framed: m.numberBefore?.length ? framedPatterns(locale, bodies) : null,
    stopWord: locale.arabicMorphology
      ? // "اتفاق باريس والمقرر 2/م أ ت-3": a conjoined decision or resolution starts a citation too.
        new RegExp(`^(?:و(?:${keywordPattern([...m.paragraph, ...m.article, ...m.rule, ...m.decision, ...m.resolution], locale)})|${alternation(m.instrumentStops ?? [], locale)})$`, 'u')
      : new RegExp(`^(?:${[...locale.pairAnd, ...(m.instrumentStops ?? [])].map(stopWordForm).join('|')})$`, 'iu'),
    titleLinks: new Set((m.titleLinks ?? []).map((word) => word.toLowerCase())),
    // "…Treaty on the Non-Proliferation": the article, then a capital.
    // A year may stand before the capital: "…on Water and Health to the 1992 Convention on…".
    titleLinkArticle: m.titleLinks?.length && articles ? new RegExp(`^\\s+${articles}(?:(?:19|20)\\d\\d\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’-]*)`, 'u') : null,
  });
});

/**
 * One stop word as the pattern matches it against a whole word. An elided one ends in its
 * apostrophe and is printed on the verb it goes with: "s'" stops at "s'applique", "n’" at "n’est".
 */
function stopWordForm(word: string): string {
  const elided = /^(.+)['’]$/.exec(word);
  return elided ? `${escapeRegex(elided[1]!)}['’][${LETTER}${MARK}'’-]*` : escapeRegex(word);
}

const foldedBodies = perLocale((locale: Locale) =>
  locale.bodies.map((body) => ({ body, name: foldForMatch(body.name) })).sort((a, b) => b.name.length - a.name.length),
);

/** Per locale: the body a name exactly as the table prints it names (folded, as `foldedLookup` keys). */
const bodyByExactName = perLocale((locale: Locale) => foldedLookup(locale.bodies.map((body) => [body.name, body] as const)));

/** True if the words are a body's name exactly as the table prints it. */
function isBodyName(locale: Locale, words: string): boolean {
  return bodyByExactName(locale)(words) !== undefined;
}

/** The body the words name; they may name it more fully than the table ("…to the Convention"). */
function bodyByName(locale: Locale, words: string): BodyName | undefined {
  return bodyByFoldedName(locale, foldForMatch(words));
}

function bodyByFoldedName(locale: Locale, folded: string): BodyName | undefined {
  if (!folded) return undefined;
  return foldedBodies(locale).find(
    ({ name }) => folded.startsWith(name) && (folded.length === name.length || folded.charCodeAt(name.length) === 0x20),
  )?.body;
}

/**
 * Every match of a global pattern, in text order: an exec loop over the pattern itself, cheaper
 * than String.prototype.matchAll, which copies the pattern and steps an iterator per match.
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) matches.push(match);
  return matches;
}

/** A blank line: the end of a paragraph. */
const BLANK_LINE = /\n[ \t]*\n/;
const BLANK_LINES = /\n[ \t]*\n/g;

/**
 * Where the paragraph holding `at` starts, looking back no further than `floor`: after the last
 * blank line in between. The pattern steps over the blank lines itself; a split would copy the
 * pattern and the text between them, for every citation.
 */
function paragraphStart(text: string, floor: number, at: number): number {
  const window = text.slice(floor, at);
  let start = floor;
  BLANK_LINES.lastIndex = 0;
  while (BLANK_LINES.exec(window)) start = floor + BLANK_LINES.lastIndex;
  return start;
}

/** The text up to its first blank line: a clause never runs on into the next paragraph. */
function toBlankLine(text: string): string {
  const blank = BLANK_LINE.exec(text);
  return blank ? text.slice(0, blank.index) : text;
}

/**
 * The body named just before a citation's keyword, the nearest in the same paragraph: in
 * "…session of the Commission⏎⏎Pursuant to Council decision 1997/232" it is "Council".
 */
function nearestBodyBefore(ctx: ParseContext, p: MandatePatterns, text: string, start: number, subject = false): NSpan | null {
  let from = paragraphStart(text, Math.max(0, start - BODY_BEFORE_WINDOW), start);
  if (subject) {
    // The sentence's subject: the first body after the sentence's start.
    const paragraph = text.slice(from, start);
    const sentenceEnd = Math.max(paragraph.lastIndexOf('.'), paragraph.lastIndexOf('؛'), paragraph.lastIndexOf('؟'), paragraph.lastIndexOf('!'));
    if (sentenceEnd !== -1) from += sentenceEnd + 1;
  }
  let found: NSpan | null = null;
  // Each match starts after the last one's name, so the loop runs at most once per word.
  while (from < start) {
    const match = p.bodyBefore.exec(text.slice(from, start));
    if (!match) break;
    const at = from + match.index;
    const name = match[1]!;
    if (bodyStarts(ctx, text, at)) {
      found = { start: at, end: at + name.length };
      if (subject) break;
      from = at + name.length;
    } else {
      from = at + 1;
    }
  }
  return found;
}

/**
 * The last body named in the sentence before `start` (in its paragraph, within the window), or
 * null. Run only for citations that no body names just before their keyword.
 */
function lastBodyInSentence(ctx: ParseContext, p: MandatePatterns, text: string, start: number): NSpan | null {
  let from = paragraphStart(text, Math.max(0, start - BODY_BEFORE_WINDOW), start);
  const window = text.slice(from, start);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'), window.lastIndexOf('؛'), window.lastIndexOf('。'), window.lastIndexOf(';'));
  if (sentenceEnd !== -1) from += sentenceEnd + 1;
  const sentence = text.slice(from, start);
  let found: NSpan | null = null;
  for (const match of allMatches(p.bodyAnywhere, sentence)) {
    const at = from + match.index;
    if (bodyStarts(ctx, text, at)) found = { start: at, end: at + match[0].length };
  }
  return found;
}

/** The test that the word before a keyword is one of `possessives` (lower-cased). */
function possessiveBefore(possessives: ReadonlySet<string>): (text: string, start: number) => boolean {
  if (possessives.size === 0) return () => false;
  return (text, start) => {
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    return word !== null && possessives.has(word[1]!.toLowerCase());
  };
}
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** Brackets around a citation and nothing else: "(resolution S-10/2)". */
function isBracketed(text: string, start: number, end: number): boolean {
  let open = start - 1;
  while (open >= 0 && (text[open] === ' ' || text[open] === '\t')) open--;
  let close = end;
  while (close < text.length && (text[close] === ' ' || text[close] === '\t')) close++;
  return (text[open] === '(' || text[open] === '（') && (text[close] === ')' || text[close] === '）');
}

/**
 * "قرارها", "قراره", "مقرره", "قراريه": a keyword with the possessive pronoun written on it
 * (locale `mandates.possessiveSuffixes`), its vowel marks after; null for a language without.
 */
const possessiveSuffix = perLocale((locale: Locale) => {
  const suffixes = locale.mandates.possessiveSuffixes ?? [];
  return suffixes.length ? new RegExp(`(?:${suffixes.map(escapeRegex).join('|')})[\u064B-\u065F\u0670]*$`, 'u') : null;
});

/** True if the keyword's word at `start` carries a possessive suffix ("في قرارها"). */
const hasPossessiveSuffix = (locale: Locale, text: string, start: number) => possessiveSuffix(locale)?.test(keywordWord(text, start)) === true;

/** The word that starts at `start` (a citation's keyword as printed). */
function keywordWord(text: string, start: number): string {
  const end = text.slice(start, start + 24).search(/[\s,،]/);
  return end < 0 ? text.slice(start, start + 24) : text.slice(start, start + end);
}

/** A body's name starts a word ("Subcommission" holds no "Commission"); Arabic may join و or ف to it. */
function bodyStarts(ctx: ParseContext, text: string, at: number): boolean {
  if (ctx.locale.spaceless || isWordStart(text, at)) return true;
  return ctx.locale.arabicMorphology && /[وف]/.test(text[at - 1]!) && isWordStart(text, at - 1);
}

/**
 * An Arabic verb between the comma and the subject ("، قرَّر المجلس") is a word of its own, not
 * a preposition or particle ("، إلى اللجنة" names no subject), and only after the comma.
 */
function verbAllowed(locale: Locale, match: RegExpExecArray): boolean {
  const verb = match.groups!.verb;
  if (verb === undefined) return true;
  return match.groups!.comma !== undefined && !foldedStopwords(locale).has(foldForMatch(verb));
}

/** The table's function words as printed: a set, not a list searched word by word. */
const stopwordSet = perLocale((locale: Locale) => new Set(locale.stopwords));

/**
 * A body's name as printed, from the words after "adopted by" or a title to the clause's end: the
 * table's name and what continues it, a preposition or article ("…Parties to the Convention",
 * "مؤتمر الأطراف في اتفاقية…"), a capitalised word, an Arabic adjective ("اللجنة الفرعية"). A
 * lower-case word after the name is the clause's verb: "el Consejo pidió a la Comisión" is "Consejo".
 */
function nameWords(locale: Locale, p: MandatePatterns, body: string): string | null {
  let words = body.trimEnd();
  const stop = p.clauseStop?.exec(words);
  if (stop) words = words.slice(0, stop.index);
  p.bodyName.lastIndex = 0;
  const name = p.bodyName.exec(words);
  if (!name) return null;
  const rest = words.slice(name[0].length);
  if (rest === '') return words;
  const next = /^\s+([\p{L}\p{M}'’-]+)/u.exec(rest);
  if (!next) return null;
  if (continuesName(locale, next[1]!)) return words;
  return name[0];
}

/** A word that continues a body's name: capitalised, a preposition or article, an Arabic adjective. */
function continuesName(locale: Locale, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  if (linkingWords(locale).has(word.toLowerCase())) return !locale.pairAnd.includes(word);
  return locale.arabicMorphology && /^و?ال/.test(foldForMatch(word));
}

/** Function words and "of" words, lower-cased with their accents: French "a" (has: "la Conférence a décidé") is no "à". */
const linkingWords = perLocale((locale: Locale) => new Set([...locale.stopwords, ...locale.mandates.of].map((w) => w.toLowerCase())));

/** The numbering shapes of `MandateWords.shortNames`: a year (1946 on) and a number. */
const NUMBERING: Record<'year/number', RegExp> = { 'year/number': /^(?:19[4-9]\d|20\d\d)\/\d{1,4}$/ };

/**
 * The symbol of a resolution whose issuer is printed by a principal organ's short name: "the
 * Council" with year/number is the Economic and Social Council's. The short name must stand
 * alone, as the table prints it ("council" is not the organ, "Council of Europe" is another body).
 */
function shortNameSymbol(locale: Locale, text: string, draft: Draft): string | null {
  if (draft.kind !== 'resolution' || !draft.issuer) return null;
  const printed = text.slice(draft.issuer.start, draft.issuer.end);
  // The first letter tells a capitalised organ from a common noun; Arabic has no capitals, and
  // its lām form ("للمجلس") starts with the preposition.
  const rule = foldedShortNames(locale).find(({ name, folded }) => folded === draft.issuerName && (locale.arabicMorphology || name[0] === printed[0]));
  if (!rule || !NUMBERING[rule.numbering].test(draft.reference)) return null;
  if (!locale.spaceless) {
    const next = /^[ \t]*\n?[ \t]*([\p{L}\p{M}'’]+)/u.exec(text.slice(draft.issuer.end, draft.issuer.end + 40));
    if (next && continuesOrgan(locale, next[1]!)) return null;
  }
  return `${rule.series}/RES/${draft.reference}`;
}

/** A word after a short name that makes it another body's: "Council of Europe", "المجلس التنفيذي". */
function continuesOrgan(locale: Locale, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return true;
  const folded = foldForMatch(word);
  if (foldedOfWords(locale).has(folded)) return true;
  return locale.arabicMorphology && /^ال/.test(folded);
}

/** The principal organs' short names and the "of" words, folded once per language. */
const foldedShortNames = perLocale((locale: Locale) =>
  (locale.mandates.shortNames ?? []).map((rule) => ({ ...rule, folded: foldForMatch(rule.name) })),
);
const foldedOfWords = perLocale((locale: Locale) => new Set(locale.mandates.of.map(foldForMatch)));

function romanOrYear(locale: Locale, text: string): string {
  const { sessionRead, partNameRead } = localNumberForms(locale);
  let out = text.replace(/（/g, '(').replace(/）/g, ')');
  if (sessionRead) out = out.replace(sessionRead, (_, session: string) => `(${roman(Number(session))})`);
  if (partNameRead) out = out.replace(partNameRead, (_, name: string) => ` ${locale.mandates.partLetterNames![name]}`);
  return out
    // UN spelling sets a split resolution's part apart: "75/290A" is "75/290 A".
    .replace(GLUED_PART, '$1 $2')
    .replace(/\s+/g, ' ')
    .replace(/\s?\(/, ' (')
    .trim();
}

/** 25 → "XXV": the roman session number an Arabic "د-25" stands for. */
function roman(n: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Canonical reference: ASCII, one space before a bracketed session or year. */
export function canonicalReference(locale: Locale, raw: string): string {
  // Most references ("55/25", "2010/15") have no bracket and no space: nothing to rewrite.
  return NOTHING_TO_REWRITE.test(raw) ? raw : romanOrYear(locale, raw);
}

/** A reference with no space or bracket that ends in its number ("4/4", "S-23/2", "2/CP.17"). */
const NOTHING_TO_REWRITE = /^[^\s(（）]*\d$/;
/** A part's letter printed against its number: "75/290A", "3367A (XXX)". */
const GLUED_PART = /(\d)([A-H])(?=[\s(]|$)/;

function impliedSymbol(kind: MandateKind, reference: string, body: BodyName | undefined): string | null {
  if (kind !== 'resolution' || !body?.resolutionSeries) return null;
  const series = body.resolutionSeries;
  if (series === 'S') return /^\d+ \(\d{4}\)$/.test(reference) ? `S/RES/${reference}` : null;
  // The Human Rights Council numbers by session (40/11 → A/HRC/RES/40/11), never by year.
  if (series === 'A/HRC' && !/^(?:S-)?\d{1,2}\/\d{1,3}$/.test(reference)) return null;
  if (/^\d+\/\d+(?: [A-H])?$/.test(reference) || /^(?:ES|S)-\d+\/\d+$/.test(reference)) {
    // A split resolution keeps the space before its part: A/RES/75/290 A (UN spelling).
    return `${series}/RES/${reference}`;
  }
  return null;
}

export function extractMandates(ctx: ParseContext): MandateDraft[] {
  const text = ctx.norm.text;
  const p = patterns(ctx.locale);
  const book = new MandateBook(text);
  // A keyword whose words before the number name no body starts no citation, but one may start
  // among those words: a heading ending in the keyword above a paragraph that opens with a
  // citation ("Draft decision" / "Pursuant to resolution 55/25, …", "انتخاب الرئيس - المقرر" /
  // "وفقا للقرار 55/25، …"), or "the decision was taken pursuant to resolution 55/25". The scan
  // goes on right after such a keyword, not after all the words its match took.
  const citation = p.citation;
  citation.lastIndex = 0;
  for (let match = citation.exec(text); match; match = citation.exec(text)) {
    const keyword = match.groups!.decision ?? match.groups!.resolution!;
    if (!readCitation(ctx, p, book, match)) citation.lastIndex = match.index + keyword.length;
  }
  if (p.framed) readFramed(ctx, p, p.framed, book);
  // Looked for only in a text that prints a placeholder's dash and slash at all ("-/", "- /").
  if (text.includes('-/') || text.includes('- /')) for (const match of allMatches(p.unnumbered, text)) reportUnnumbered(ctx, p, match);
  // "that same decision" refers back to the decision cited last before it; with nothing cited,
  // there is nothing to look for.
  if (book.citations.length) for (const match of allMatches(p.sameAs, text)) readSameAs(ctx, book, match);
  for (const match of allMatches(p.provision, text)) readProvision(ctx, p, book, match);
  return finishedMandates(ctx, book.order);
}

/**
 * The mandates of a text as they are read: each once, by its kind and reference, in the order
 * first cited. (A class rather than closures in extractMandates: the steps that read citations
 * are functions of their own, and every draft is made in one place, with one shape.)
 */
class MandateBook {
  readonly byKey = new Map<string, Draft>();
  readonly order: Draft[] = [];
  /** Every citation of a resolution or decision, in reading order: "that same decision" looks back in it. */
  readonly citations: { start: number; draft: MandateDraft }[] = [];
  /** Where the bodies named right after a citation's number start ("55/25 of the General Assembly"). */
  readonly namedAfterNumber = new Set<number>();
  /** The citation read last: a citation listed after it with no issuer of its own shares its issuer. */
  lastCitation: ListedCitation | null = null;

  /** Per reading of `treatyBodyInitials`: whether the text names its treaty (looked for once). */
  private readonly namesTreaty = new Map<number, boolean>();

  constructor(private readonly text: string) {}

  /**
   * The ASCII reference of a number as printed, or null where it cannot be known: a treaty body's
   * initials in Arabic ("1/م أ-26") read as the Latin ones (1/CP.26) of the first reading whose
   * treaty the text names.
   */
  reference(locale: Locale, number: string): string | null {
    const sessions = sessionPrefixTables(locale);
    const session = sessions?.parts.exec(number);
    if (session) return `${sessions!.latin.get(foldedInitials(session[1]!))}-${session[2]}`;
    const tables = initialsTables(locale);
    const parts = tables?.parts.exec(number);
    if (!tables || !parts) return canonicalReference(locale, number);
    const initials = foldedInitials(parts[2]!);
    for (let i = 0; i < tables.readings.length; i++) {
      const reading = tables.readings[i]!;
      if (reading.initials !== initials) continue;
      let named = this.namesTreaty.get(i);
      if (named === undefined) {
        named = reading.context.test(this.text);
        this.namesTreaty.set(i, named);
      }
      if (named) return `${parts[1]}/${reading.latin}.${parts[3]}`;
    }
    return null;
  }

  /** A resolution or decision cited at `span`. */
  record(kind: MandateKind, reference: string, span: NSpan): Draft {
    const key = `${kind}:${reference}`;
    let draft = this.byKey.get(key);
    if (!draft) {
      draft = newDraft(kind, reference, null);
      this.byKey.set(key, draft);
      this.order.push(draft);
    }
    draft.occurrences.push(span);
    this.citations.push({ start: span.start, draft });
    return draft;
  }

  /** A provision ("article 33") of the instrument named at `instrument`, if any, cited at `span`. */
  /**
   * A provision's occurrence, keyed by its reference and instrument. "article 33" cited again
   * without its instrument is the one instrument it was cited with (`reuseUnnamed`); a Chinese
   * provision ("第2条") names its instrument before it or not at all, and is never looked up so.
   */
  recordProvision(reference: string, instrument: NSpan | null, span: NSpan, reuseUnnamed = true): void {
    const named = instrument ? foldForMatch(this.text.slice(instrument.start, instrument.end)) : '';
    const key = `provision:${reference}:${named}`;
    let draft = this.byKey.get(key);
    if (!draft && !instrument && reuseUnnamed) {
      const same = this.order.filter((d) => d.kind === 'provision' && d.reference === reference);
      if (same.length === 1) draft = same[0];
    }
    if (!draft) {
      draft = newDraft('provision', reference, instrument);
      this.byKey.set(key, draft);
      this.order.push(draft);
    }
    draft.occurrences.push(span);
  }
}

/**
 * A citation as the next one of its list sees it: its kind, where its clause ends (the number
 * list, a date, a body named right after it, a title), and the issuers it was offered.
 */
interface ListedCitation {
  kind: MandateKind;
  /** Where its keyword starts. */
  start: number;
  clauseEnd: number;
  candidates: readonly Candidate[];
  drafts: readonly Draft[];
}

/** A new draft, all its fields set (body too): one object shape for every draft. */
function newDraft(kind: MandateKind, reference: string, instrument: NSpan | null): Draft {
  return {
    kind,
    reference,
    symbol: null,
    issuer: null,
    instrument,
    title: null,
    occurrences: [],
    body: undefined,
    issuerLength: 0,
    issuerRank: 0,
    issuerName: '',
  };
}

/** Whether a citation keyword starts a word of `words`, which stand at `at` in the text. */
function keywordInside(ctx: ParseContext, p: MandatePatterns, at: number, words: string): boolean {
  const pattern = p.keywordWord;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
    if (keywordStart(ctx.norm.text, at + match.index, ctx.locale) !== -1) return true;
  }
  return false;
}

/**
 * A resolution or decision cited by its keyword ("resolution 55/25"), the list it starts, its
 * issuer and title. False where the match is no citation (the keyword inside a word, the words
 * before the number naming no body, a number that is no reference).
 */
function readCitation(ctx: ParseContext, p: MandatePatterns, book: MandateBook, match: RegExpExecArray): boolean {
  const text = ctx.norm.text;
  const start = keywordStart(text, match.index, ctx.locale);
  if (start === -1) return false;
  const groups = match.groups!;
  const kind: MandateKind = groups.decision !== undefined ? 'decision' : 'resolution';
  // Words between keyword and number must name the adopting body ("لمقرِّر المؤتمر ٤/٤");
  // otherwise the number belongs to something else ("the decision was taken on 14/15 April").
  const betweenWords = groups.between!.trim();
  // "les résolutions du Conseil économique et social 1987/24": the body after its "of" word.
  // Only a name exactly as the table has it: in "the decision of the Committee was taken on
  // 14/15 April" the words after the name are no part of it.
  const betweenText = betweenWords.replace(p.leadingOf, '');
  // A keyword among those words starts the citation, and the words before it are no body's name:
  // "…в связи с резолюциями Генеральной Ассамблеи" / "В соответствии с резолюцией 55/25" (a body's
  // name would be taken with the words after it, as "Conference of the Parties to the Convention").
  if (betweenWords && keywordInside(ctx, p, match.index + match[0].indexOf(groups.between!, groups.decision?.length ?? groups.resolution!.length), groups.between!)) return false;
  if (betweenText !== betweenWords ? !isBodyName(ctx.locale, betweenText) : betweenText && !p.bodyLookup(betweenText) && !isConstructBodyName(ctx.locale, betweenText)) return false;
  const number = withoutSmallPart(groups.number!);
  const reference = book.reference(ctx.locale, number);
  if (reference === null) return false;
  const numberEnd = match.index + match[0].length - (groups.number!.length - number.length);
  const drafts = [book.record(kind, reference, { start, end: numberEnd })];
  const end = readNumberList(ctx, p, book, kind, numberEnd, drafts);

  // The issuer: named between keyword and number, just before the keyword, just after the
  // number ("résolution 55/25 de l'Assemblée générale"), after "adopted by", or as the subject
  // of the clause after the number ("Dans sa résolution 52/8, le Conseil…").
  const candidates: Candidate[] = [];
  if (betweenText) {
    const between = groups.between!;
    const betweenStart = match.index + match[0].indexOf(between) + (between.length - between.trimStart().length) + (betweenWords.length - betweenText.length);
    candidates.push({ start: betweenStart, end: betweenStart + betweenText.length, rank: NAMED });
  }
  const before = issuerBefore(ctx, p, book, start, end, candidates);
  // "résolution 60/251 du 15 mars 2006, l'Assemblée générale": the date is no part of it. The
  // clause ends with its paragraph.
  const afterNumber = toBlankLine(text.slice(end, end + 400));
  const skip = dateClauseEnd(ctx, afterNumber);
  const afterDate = end + skip;
  const after = afterNumber.slice(skip);
  const candidatesBefore = candidates.length;
  // "In its decision 2/CP.27, paragraph 5, the Conference…", "Dans sa résolution 70/1, annexe,
  // l'Assemblée…": the part of the cited text named after the number is no part of the clause
  // after it, whose subject adopted the citation.
  const parts = p.partsGap.exec(after);
  const partsEnd = parts ? parts[0].length : 0;
  let clauseEnd = Math.max(afterDate, issuerAfterNumber(ctx, p, book, start, afterDate + partsEnd, after.slice(partsEnd), before !== null, candidates));
  // "resolution 2026/5 and decision 2026/219 of the Council", "резолюцией 2026/5 и решением
  // 2026/219 Совета": the body named after the list's last number adopted the citation before
  // it too, when that one named none.
  const namedAfter = candidates.length > candidatesBefore && candidates.at(-1)!.rank === NAMED ? candidates.at(-1)! : null;
  if (namedAfter) shareWithConjoinedBefore(ctx, p, book, start, namedAfter);
  let titleMatch = p.entitled.exec(after);
  let titleFrom = afterDate;
  if (titleMatch) {
    issuerAfterTitle(ctx, p, afterDate + titleMatch[0].length, candidates);
    clauseEnd = Math.max(clauseEnd, afterDate + titleMatch[0].length);
  } else if (namedAfter) {
    // "resolution 70/1 of the General Assembly, entitled "…"", "résolution 70/1 de l'Assemblée
    // générale, intitulée « … »": the title follows the body named after the number.
    titleMatch = p.entitled.exec(toBlankLine(text.slice(namedAfter.end, namedAfter.end + 400)));
    if (titleMatch) {
      titleFrom = namedAfter.end;
      clauseEnd = Math.max(clauseEnd, titleFrom + titleMatch[0].length);
    }
  }
  issuerAdoptedBy(ctx, p, afterNumber, end, candidates);
  // "General Assembly resolution S-23/2, annex, and resolution S-23/3": the second names no body
  // and shares the first one's.
  if (candidates.length === 0) candidates.push(...listedIssuers(ctx, book, kind, start));
  book.lastCitation = { kind, start, clauseEnd, candidates, drafts };
  for (const draft of drafts) {
    if (titleMatch && !draft.title && drafts.length === 1) {
      const titleStart = titleFrom + titleMatch[0].lastIndexOf(titleMatch[1]!);
      draft.title = { start: titleStart, end: titleStart + titleMatch[1]!.length };
    }
    for (const candidate of candidates) offerIssuer(p, text, draft, candidate);
  }
  return true;
}

/**
 * "resolutions 2837 (XXVI) and 58/217": every number of the list after the first (ending at
 * `end`) is a mandate of its own, recorded and added to `drafts`. Returns where the list ends.
 */
function readNumberList(ctx: ParseContext, p: MandatePatterns, book: MandateBook, kind: MandateKind, end: number, drafts: Draft[]): number {
  const text = ctx.norm.text;
  for (;;) {
    let next = p.listNext.exec(text.slice(end, end + 80));
    let skip = 0;
    // "resolutions 1987/24 of 26 May 1987, 2009/15 of 28 July 2009 and 2013/18": each number
    // may carry its date; the list goes on after it.
    if (!next) {
      skip = dateClauseEnd(ctx, text.slice(end, end + 80));
      // "decisions 1/CP.26, paragraphs 80–82, and 2/CMA.3", "resolutions 70/1, annex, and
      // 71/313": each number may name the part of it that is meant; the list goes on after it.
      if (skip === 0) skip = p.partsGap.exec(text.slice(end, end + 80))?.[0].length ?? 0;
      if (skip === 0) break;
      next = p.listNext.exec(text.slice(end + skip, end + skip + 80));
      if (!next) break;
    }
    const numberStart = end + skip + next[0].length - next[1]!.length;
    const number = withoutSmallPart(next[1]!);
    end = numberStart + number.length;
    const reference = book.reference(ctx.locale, number);
    if (reference !== null) drafts.push(book.record(kind, reference, { start: numberStart, end }));
  }
  return end;
}

/**
 * One to three parts of a cited text after its number, each after a comma: a part's word
 * ("annex", "chapter", "para.") or a paragraph word, and its number, letter or roman numeral, a
 * sub-paragraph's letter, or a range or pair of paragraphs ("80–82", "80 and 81"). It counts only
 * where the list goes on after it (a comma or a conjunction follows). Every repeat starts at a
 * comma, so the pattern is linear.
 */
function partsGapPattern(locale: Locale, flags: string): RegExp {
  const m = locale.mandates;
  const and = alternation([...locale.pairAnd, 'and'], locale);
  const word = `(?:${alternation(m.citationParts ?? [], locale)}|${keywordPattern(m.paragraph, locale)})`;
  const paragraph = `\\d{1,3}(?:\\s?\\(?[a-z]\\))?`;
  const ref = `(?:\\s+(?:[IVX]{1,6}|[A-Z]|${paragraph}(?:\\s*(?:[-–]|${and})\\s*${paragraph})?)(?![${LETTER}${MARK}${DIGIT}]))?`;
  const and2 = locale.arabicMorphology ? `\\s*${and}` : `\\s+${and}\\s`;
  return new RegExp(`^(?:\\s*[,،]\\s*${word}(?![${LETTER}${MARK}])${ref}){1,3}(?=\\s*[,،]|${and2})`, flags);
}

/** How far after the clause of the citation before it a citation of the same list may start. */
const LIST_GAP = 80;
/** The gap's tokens: a word (an abbreviation with its full stop), a number, a punctuation mark. */
const GAP_TOKEN = /[\p{L}\p{M}'’-]+\.?|\p{Nd}+|\S/gu;
/** A sub-paragraph's letter or a roman number ("annex II", "paragraph 3 (a)"). */
const GAP_LETTERS = /^(?:[a-z]|[ivxl]{1,6})$/i;
/** Marks that keep two citations in one list; a full stop or semicolon ends it. */
const GAP_MARKS = new Set([',', '،', '(', ')', '-', '–']);

/**
 * Per locale: the words that may stand between two citations of one list, folded (parts of the
 * cited text, paragraph and "of" words, function words), the abbreviations among them as printed
 * ("para."), the conjunctions, and the short words allowed after one ("and the", "et la", "and in").
 */
const listGapWords = perLocale((locale: Locale) => {
  const m = locale.mandates;
  const parts = m.citationParts ?? [];
  return {
    words: new Set([...parts.filter((w) => !w.endsWith('.')), ...m.paragraph, ...m.of, ...locale.stopwords].map((w) => foldForMatch(w))),
    abbreviations: new Set(parts.filter((w) => w.endsWith('.')).map((w) => w.toLowerCase())),
    conjunctions: new Set(locale.pairAnd.map((w) => foldForMatch(w))),
    // Articles and prepositions, no possessive: in "The Commission recalled General Assembly
    // resolution 60/1 and its resolution 61/2", "its" is the Commission's.
    afterConjunction: new Set(locale.stopwords.map((w) => foldForMatch(w))),
  };
});

/**
 * The issuers of the citation before this one (at `start`) when both are one list: the same kind,
 * the same sentence, and between them only a conjunction and words naming parts of the first
 * ("resolution S-23/2, annex, and resolution S-23/3", "القرار ٦٠/١، المرفق، والقرار ٦١/٢"). A
 * full stop, a semicolon or any other word (another body's name, a verb) ends the list.
 */
function listedIssuers(ctx: ParseContext, book: MandateBook, kind: MandateKind, start: number): readonly Candidate[] {
  const last = book.lastCitation;
  if (!last || last.kind !== kind || last.candidates.length === 0 || start < last.clauseEnd || start - last.clauseEnd > LIST_GAP) return [];
  const text = ctx.norm.text;
  // "وقرارها": its resolution, the sentence subject's, as "and its resolution" is.
  if (hasPossessiveSuffix(ctx.locale, text, start)) return [];
  const tokens = text.slice(last.clauseEnd, start).match(GAP_TOKEN) ?? [];
  const table = listGapWords(ctx.locale);
  const folded = tokens.map((t) => (t.endsWith('.') ? t : foldForMatch(t)));
  // Arabic writes the conjunction on the keyword: "والقرار".
  let conjunction = ctx.locale.arabicMorphology && table.conjunctions.has(text[start]!) ? tokens.length : -1;
  if (conjunction === -1) conjunction = folded.findLastIndex((t) => table.conjunctions.has(t));
  if (conjunction === -1 || tokens.length - conjunction > 3) return [];
  for (let i = conjunction + 1; i < tokens.length; i++) if (!table.afterConjunction.has(folded[i]!)) return [];
  for (let i = 0; i < conjunction; i++) {
    const token = tokens[i]!;
    const allowed =
      GAP_MARKS.has(token) ||
      /^\p{Nd}+$/u.test(token) ||
      GAP_LETTERS.test(token) ||
      (token.endsWith('.') ? table.abbreviations.has(token.toLowerCase()) : table.words.has(folded[i]!));
    if (!allowed) return [];
  }
  return last.candidates;
}

/** How a plain reference is numbered: by year ("2026/219"), by session ("5/1"), or otherwise (null). */
function numberingOf(reference: string): 'year' | 'session' | null {
  const head = /^(\d{1,4})\/\d{1,4}$/.exec(reference)?.[1];
  return head === undefined ? null : head.length === 4 ? 'year' : 'session';
}

/**
 * Offers the body named after this citation's number (at `start`) to the citation before it, of
 * either kind, when that one has no issuer of its own and only a conjunction, with an article or
 * preposition after it, stands between them ("resolution 2026/5 and decision 2026/219 of the
 * Council", "à la résolution 2026/5 et à la décision 2026/219 du Conseil").
 */
function shareWithConjoinedBefore(ctx: ParseContext, p: MandatePatterns, book: MandateBook, start: number, body: Candidate): void {
  const last = book.lastCitation;
  if (!last || last.candidates.length > 0 || last.drafts.some((d) => d.issuer) || start < last.clauseEnd || start - last.clauseEnd > LIST_GAP) return;
  // One body numbers both alike: by year ("2026/5", "2026/219") or by session ("5/1", "5/102").
  // A treaty body's number names its body ("BC-16/1 et … MC-5/2 de la Conférence des Parties à la
  // Convention de Minamata": Basel's, then Minamata's), and "70/1 and 2026/219" are two organs'.
  const own = numberingOf(book.citations.at(-1)!.draft.reference);
  if (own === null || last.drafts.some((d) => numberingOf(d.reference) !== own)) return;
  const text = ctx.norm.text;
  const tokens = text.slice(last.clauseEnd, start).match(GAP_TOKEN) ?? [];
  const table = listGapWords(ctx.locale);
  const folded = tokens.map((t) => foldForMatch(t));
  const conjunction = folded.findIndex((t) => table.conjunctions.has(t));
  if (conjunction === -1 || folded.slice(0, conjunction).some((t, i) => !GAP_MARKS.has(tokens[i]!) || t === '(')) return;
  if (folded.slice(conjunction + 1).some((t) => !table.afterConjunction.has(t))) return;
  for (const draft of last.drafts) offerIssuer(p, text, draft, body);
}

/**
 * The issuer named before the citation's keyword, added to `candidates`; returns the body named
 * just before it, if any (a subject after the number is the issuer only without one).
 */
function issuerBefore(ctx: ParseContext, p: MandatePatterns, book: MandateBook, start: number, end: number, candidates: Candidate[]): NSpan | null {
  const text = ctx.norm.text;
  // "أنشأت الجمعية العامة اللجنة … بموجب قرارها ٧٨/٢٣٠": "its resolution" is the subject's, not
  // that of the nearest body (the committee it created).
  let before = nearestBodyBefore(ctx, p, text, start, hasPossessiveSuffix(ctx.locale, text, start));
  // "decision 2024/12 of the Executive Board and resolution 79/226": the body before "and" is
  // the previous citation's, named after its number.
  if (before && book.namedAfterNumber.has(before.start)) before = null;
  // "the Adaptation Committee referred to in decision 2/CMA.4": the decision names the body; the
  // report of it is no decision of its own.
  if (before && p.citedBy?.test(text.slice(before.end, start))) before = null;
  if (before) before = { start: before.start, end: titledBodyEnd(ctx, before.end, start) };
  // "The Commission on Narcotic Drugs, in its resolution 60/1": a name too long for bodyBefore.
  if (!before && p.possessive(text, start)) before = subjectNamedWhole(ctx, p, book, text, start);
  // "وطلبت لجنة المخدرات، في قرارها 64/1": the Arabic subject in construct form, its possessive on the keyword.
  if (!before && hasPossessiveSuffix(ctx.locale, text, start)) before = constructSubjectBefore(ctx, text, start);
  if (before) candidates.push({ start: before.start, end: before.end, rank: NAMED });
  // "…the Final Document of the first special session of the General Assembly (resolution
  // S-10/2)": a citation in brackets names the document of the phrase before it, adopted by
  // the body that phrase names last (looked for only then, and for a subject below: most
  // citations need neither).
  // A head alone is read on as after a number: "The Commission on the Status of Women (resolution
  // 60/1)", "Комиссия по положению женщин (резолюция 60/1)".
  if (!before && isBracketed(text, start, end)) {
    const namedEarlier = lastBodyInSentence(ctx, p, text, start);
    if (namedEarlier) candidates.push({ start: namedEarlier.start, end: headNameEnd(ctx, p, namedEarlier), rank: SUBJECT });
  }
  return before;
}

/** How far before the keyword an Arabic subject in construct form is looked for, in characters. */
const CONSTRUCT_SUBJECT_WINDOW = 160;

/**
 * Arabic names a body in construct form, its head without the article the table's name has and
 * the rest of its name after it: "لجنة المخدرات" (اللجنة), "مجلس حقوق الإنسان" (المجلس), "مؤتمر
 * الأطراف" (المؤتمر). As the clause's subject it is followed by a comma and "في" before the
 * keyword ("وطلبت لجنة المخدرات، في قرارها 64/1، …"): the name runs from the head to the comma,
 * at most six words. The heads: the table's one-word names with the article. Null for a language
 * without Arabic morphology.
 */
/** The table's body names of one word with the Arabic article ("اللجنة", "المجلس"): heads named alone, in construct form without it. */
const oneWordArticleHeads = perLocale((locale: Locale) => [...new Set(locale.bodies.map((b) => b.name).filter((name) => /^ال\S+$/u.test(name)))]);
const constructSubject = perLocale((locale: Locale) => {
  if (!locale.arabicMorphology) return null;
  const heads = oneWordArticleHeads(locale);
  if (heads.length === 0) return null;
  const construct = heads.map((name) => phrasePattern(name.slice(2), locale)).join('|');
  return new RegExp(`(?<![${LETTER}${MARK}])و?(?<name>(?:${construct})(?:[ \t]+[${LETTER}${MARK}]{2,20}){1,6})[ \t]*[،,][ \t]*في[ \t]+$`, 'u');
});

/** The Arabic subject in construct form right before "، في" and the keyword at `start`, or null (see constructSubject). */
function constructSubjectBefore(ctx: ParseContext, text: string, start: number): NSpan | null {
  const pattern = constructSubject(ctx.locale);
  if (!pattern) return null;
  const from = Math.max(0, start - CONSTRUCT_SUBJECT_WINDOW);
  const m = pattern.exec(text.slice(from, start));
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m.groups!.name!);
  return { start: at, end: at + m.groups!.name!.length };
}

/** At most three short words, and commas, between a subject's name and its citation's keyword: ", in its", "в своей". */
const SHORT_WORDS_GAP = new RegExp(`^(?:[\\s,،]+[${LETTER}${MARK}]{1,9}){0,3}[\\s,،]+$`, 'u');

/**
 * The subject before a possessive keyword named by a head the table holds and the words of its
 * name ("The Commission on Narcotic Drugs, in its resolution 60/1", "La Commission des
 * stupéfiants, dans sa résolution", "Комиссия по положению женщин в своей резолюции 60/1"): the
 * name read on (headNameEnd) ends a few short words before the keyword, as bodyBefore wants of a
 * table's name. Looked for only after a possessive, where bodyBefore found none.
 */
function subjectNamedWhole(ctx: ParseContext, p: MandatePatterns, book: MandateBook, text: string, start: number): NSpan | null {
  const named = lastBodyInSentence(ctx, p, text, start);
  if (!named || book.namedAfterNumber.has(named.start)) return null;
  const end = headNameEnd(ctx, p, named);
  return end > named.end && end < start && SHORT_WORDS_GAP.test(text.slice(end, start)) ? { start: named.start, end } : null;
}

/**
 * Where the name of a body found in the table ends: a head alone ("Commission", "Comité",
 * "Комиссия") is read on past the table's word ("…of the Commission on Narcotic Drugs", "…de la
 * Commission des stupéfiants", "Комиссии по положению женщин"); a principal organ's name and the
 * table's longer names are whole ("…de l'Assemblée générale sur le Conseil…" goes on with a title).
 */
function headNameEnd(ctx: ParseContext, p: MandatePatterns, body: NSpan): number {
  const name = ctx.norm.text.slice(body.start, body.end);
  // A longer name of the table goes on too in a language that prints the organisation after the
  // body's head: "…du Conseil d'administration du Programme des Nations Unies pour
  // l'environnement", "…de la Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo".
  const longerNameGoesOn = ctx.locale.organisationAfterHead === true && ctx.locale.mandates.of.length > 0 && !ctx.locale.arabicMorphology;
  return (/\s/.test(name) && !longerNameGoesOn) || p.bodyLookup(name)?.resolutionSeries ? body.end : namedBodyEnd(ctx, p, body.end);
}

/**
 * Where a body's name before its citation's keyword ends, `end` being where the table's name does:
 * "Commission on Narcotic Drugs resolution 66/1" is the Commission on Narcotic Drugs's, its name
 * going on by a preposition of the language's function words and capitalised words up to the
 * keyword at `keyword`. Anything else between ("…Parties adopted decision") leaves the name as it is.
 */
function titledBodyEnd(ctx: ParseContext, end: number, keyword: number): number {
  if (ctx.locale.arabicMorphology || ctx.locale.spaceless || keyword - end > BODY_BEFORE_WINDOW) return end;
  const gap = ctx.norm.text.slice(end, keyword);
  if (!/^[ \t]/.test(gap) || /[^\p{L}\p{M}'’ \t-]/u.test(gap)) return end;
  const words = gap.trim().split(/[ \t]+/);
  if (words.length < 2 || !stopwordSet(ctx.locale).has(words[0]!) || !/^\p{Lu}/u.test(words.at(-1)!)) return end;
  if (!words.every((word) => /^\p{Lu}/u.test(word) || stopwordSet(ctx.locale).has(word))) return end;
  return end + gap.trimEnd().length;
}

/**
 * The body named right after the number (and its date), `after` starting at `afterDate`: "de
 * l'Assemblée générale", ", the Council". Returns where the citation's clause ends: after a body
 * named with it, else at `afterDate`.
 */
function issuerAfterNumber(
  ctx: ParseContext,
  p: MandatePatterns,
  book: MandateBook,
  start: number,
  afterDate: number,
  after: string,
  namedBefore: boolean,
  candidates: Candidate[],
): number {
  const bodyAfter = p.bodyAfter.exec(after);
  if (!bodyAfter || !articleAllowed(p, bodyAfter) || !verbAllowed(ctx.locale, bodyAfter)) return afterDate;
  // A lām form names whose the citation is, right after it: after a comma or a verb it is no subject.
  const lamForm = bodyAfter.groups!.lamBody !== undefined;
  if (lamForm && (bodyAfter.groups!.comma !== undefined || bodyAfter.groups!.verb !== undefined)) return afterDate;
  const text = ctx.norm.text;
  const body = bodyAfter.groups!.body!;
  const at = afterDate + bodyAfter[0].length - body.length;
  const subject = bodyAfter.groups!.comma !== undefined && bodyAfter.groups!.of === undefined && !lamForm;
  // The subject of the clause after the comma adopted the citation ("In its resolution
  // 64/292, the General Assembly…") if the citation is its own, or if the sentence has named
  // no body before it: in "de
  // la resolución 58/316 de la Asamblea General y … de la resolución 77/335, la Comisión
  // comenzará", the Commission is the next clause's subject, not 77/335's issuer.
  const ownCitation = subject && (p.possessive(text, start) || hasPossessiveSuffix(ctx.locale, text, start));
  // "…of the Commission on Narcotic Drugs", "…de la Commission des stupéfiants": the name printed
  // whole, past the table's.
  const bodyEnd = lamForm ? at + body.length : headNameEnd(ctx, p, { start: at, end: at + body.length });
  if (!subject || ownCitation || (!namedBefore && !lastBodyInSentence(ctx, p, text, start))) candidates.push({ start: at, end: bodyEnd, rank: subject ? SUBJECT : NAMED });
  if (!subject) book.namedAfterNumber.add(at);
  // A body named with the citation ("S-23/2 of the General Assembly") is part of its clause; the
  // subject of the next clause is not.
  return subject ? afterDate : bodyEnd;
}

/**
 * Joined by case (Russian), a body's name after the table's head goes on by a title link and the
 * words it governs, each with one of `titleLinkEndings`, conjoined by "и": "Комиссии по
 * наркотическим средствам", "Комиссии по народонаселению и развитию"; past a governed noun, by
 * genitives (`titleLinkGenitiveEndings`, `titleLinkBareGenitives`): "Комиссии по положению женщин",
 * "Комитета по правам ребенка". A word without such an ending, or a capitalised one, starts the
 * next phrase ("…средствам секретариат представит"), and so does a verb (`pastTenseEndings`,
 * `clauseVerbEndings`: "…по положению женщин постановила", "…дискриминации содержится").
 */
function caseJoinedBodyEnd(ctx: ParseContext, p: MandatePatterns, end: number): number {
  const locale = ctx.locale;
  const endings = locale.mandates.titleLinkEndings ?? [];
  if (endings.length === 0) return end;
  const text = ctx.norm.text;
  NAME_TAIL_WORD.lastIndex = end;
  const link = NAME_TAIL_WORD.exec(text);
  if (!link || link[0] === link[1] || !p.titleLinks.has(link[1]!.toLowerCase())) return end;
  let position = end + link[0].length;
  NAME_TAIL_WORD.lastIndex = position;
  const governed = NAME_TAIL_WORD.exec(text);
  const tables = caseJoinedTables(locale);
  if (governed && tables.titleLinkClauseNouns.has(governed[1]!.toLowerCase())) return end;
  const genitiveEndings = locale.mandates.titleLinkGenitiveEndings ?? [];
  const bareGenitives = locale.mandates.titleLinkBareGenitives ?? [];
  const verbEndings = tables.bodyEndVerbEndings;
  const keywords = citationKeywords(locale);
  let nameEnd = end;
  let afterConjunction = true;
  // Past a governed noun the name may go on in the genitive ("по положению женщин", "по правам
  // ребенка"); from then on its words are genitives, no longer the link's case.
  let inGenitive = false;
  for (let count = 0; count < MAX_NAME_TAIL_WORDS; count++) {
    NAME_TAIL_WORD.lastIndex = position;
    const match = NAME_TAIL_WORD.exec(text);
    if (!match || match[0] === match[1]) break;
    const word = match[1]!;
    const lower = word.toLowerCase();
    // "…по положению женщин и резолюции 60/2": a citation keyword starts the next citation.
    if (keywords.has(foldForMatch(word))) break;
    const smallWord = !/^\p{Ll}/u.test(word) || word.length <= 2;
    if (verbEndings.some((ending) => lower.endsWith(ending))) break;
    if (locale.pairAnd.includes(lower) && !afterConjunction) {
      afterConjunction = true;
    } else if (!smallWord && !inGenitive && endings.some((ending) => lower.endsWith(ending))) {
      afterConjunction = false;
      nameEnd = position + match[0].length;
    } else if (
      !smallWord &&
      nameEnd > end &&
      (inGenitive || !afterConjunction) &&
      (bareGenitives.includes(lower) || genitiveEndings.some((ending) => lower.endsWith(ending)))
    ) {
      inGenitive = true;
      afterConjunction = false;
      nameEnd = position + match[0].length;
    } else {
      break;
    }
    position += match[0].length;
  }
  return nameEnd;
}

/**
 * Per locale (Arabic): the construct forms of the table's one-word heads, their article taken
 * off: "اللجنة" → "لجنة", "المجلس" → "مجلس", "المؤتمر" → "مؤتمر".
 */
const constructHeads = perLocale((locale: Locale) => new Set(oneWordArticleHeads(locale).map((name) => foldForMatch(name.slice(2)))));

/**
 * Arabic names a body the table holds by its head alone in the construct state, then its
 * definite genitive: "قرار لجنة المخدرات 66/1" (the Commission on Narcotic Drugs' resolution),
 * "مقرر مجلس الإدارة 27/2". Between keyword and number: a head's construct form, then one to
 * three words, the last with the article (a date or a clause's words end otherwise).
 */
function isConstructBodyName(locale: Locale, words: string): boolean {
  if (!locale.arabicMorphology) return false;
  const parts = words.split(/\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  if (!constructHeads(locale).has(foldForMatch(parts[0]!))) return false;
  return parts.slice(1).every((part) => /^[\u0621-\u064A\u064B-\u065F\u0670]+$/u.test(part)) && /^ال/u.test(parts.at(-1)!);
}

/** One word of a body's name after the table's, an elided article apart ("l'", sticky). */
const NAME_TAIL_WORD = /[ \t]*([\p{L}\p{M}-]+['’]?)/uy;

/**
 * At most this many words of a body's name after the table's: "…on Science and Technology for
 * Development", "…de la Condición Jurídica y Social de la Mujer", "…africaine des droits de l'homme
 * et des peuples" (the elided article a word).
 */
const MAX_NAME_TAIL_WORDS = 12;

/**
 * Per locale: the words that join a body's name to its qualifier (the "of" words, articles, title
 * links and the function words that end no name: "on", "des", "de la"); whether names capitalise
 * their words (every word of the table's names that is no function word is capitalised:
 * "Economic and Social Council", not "Conseil économique et social"); and the clause's words
 * that are no part of a name (possessives, subjects).
 */
const nameTailTables = perLocale((locale: Locale) => {
  const m = locale.mandates;
  const lower = (words: readonly string[] | undefined) => (words ?? []).map((word) => word.toLowerCase());
  const stops = new Set([...lower(m.instrumentStops), ...lower(locale.pairAnd), ...lower(m.clauseStops).map((phrase) => phrase.split(' ')[0]!)]);
  const links = new Set([
    ...lower(m.of),
    ...lower(m.articles),
    ...lower(m.titleLinks),
    ...lower(locale.stopwords).filter((word) => !stops.has(word)),
  ]);
  const functionWords = new Set([...links, ...stops, ...lower(locale.stopwords)]);
  const titleCase = locale.bodies.every((body) =>
    body.name.split(/\s+/).every((word) => functionWords.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)),
  );
  const notName = new Set([...lower(m.possessives), ...lower(m.clauseSubjects), ...lower(m.entitled)]);
  return {
    links,
    titleCase,
    notName,
    possessives: new Set(lower(m.possessives)),
    titleClitics: new Set(lower(m.titleClitics)),
    secondNameHeads: new Set(lower(m.secondNameHeads)),
    adjectiveEndings: lower(m.nameAdjectiveEndings),
    adjectiveOrVerbEndings: lower(m.nameAdjectiveOrVerbEndings),
    titleRelatives: new Set(lower(m.titleRelatives)),
    taskNounEndings: lower(m.bodyTaskNounEndings),
    instrumentHeads: new Set((m.instrumentHeads ?? []).map(foldForMatch)),
    // The "of" words' first words ("de", "des", "du"; "de", "del"), as a name's words split.
    ofFirstWords: new Set(lower(m.of).map((phrase) => /\p{L}+/u.exec(phrase)?.[0] ?? phrase)),
    bodyPrepositions: new Set(lower(m.bodyNamePrepositions)),
    // The words after which an adjective shared with verbs goes on with a name: the "of" words'
    // first word ("de", "des", "du") and the prepositions of bodies' names ("pour").
    adjectiveFollowers: new Set([...lower(m.of).map((phrase) => phrase.split(' ')[0]!), ...lower(m.bodyNamePrepositions)]),
    // After a preposition of a body's name, an article perhaps, then the capital it goes on with (captured).
    articleThenCapital: m.bodyNamePrepositions?.length
      ? new RegExp(`^[ \\t]+${articlePattern(locale) ? `(?:${articlePattern(locale)})?` : ''}(\\p{Lu}[\\p{L}\\p{M}'’-]*)`, 'u')
      : null,
    innerWords: new Set((m.nameInnerWords ?? []).map(foldForMatch)),
    titleHeads: lower(m.titleHeads),
    placePrepositions: new Set(lower(m.placePrepositions)),
    // An article, then the word it goes with (captured): "la Conférence", "l'examen".
    articleThenWord: articlePattern(locale) && m.placePrepositions?.length ? new RegExp(`^\\s+${articlePattern(locale)}([\\p{L}][\\p{L}\\p{M}'’-]*)`, 'iu') : null,
  };
});

/**
 * Where a body's name named after its citation's number ends, the table's name ending at `end`:
 * "resolution 66/1 of the Commission on Narcotic Drugs", "résolution 66/1 de la Commission des
 * stupéfiants", "resolución 66/1 de la Comisión de Estupefacientes". Past the table's name, a
 * word joined by a link word ("on", "des", "de la") or, capitalised, following a capitalised one
 * ("Narcotic Drugs", "Nations Unies"), goes on with the name; a language whose names capitalise
 * their words takes only capitalised ones. A conjunction goes on only before a link or a
 * capitalised word that starts no other phrase ("…on Population and Development", not "…des
 * stupéfiants et prie", "…Commission and General Assembly resolution"). The name ends with a word
 * that is no link. Joined by case (Russian), no name is read on.
 */
function namedBodyEnd(ctx: ParseContext, p: MandatePatterns, end: number): number {
  const locale = ctx.locale;
  if (locale.arabicMorphology || locale.spaceless) return end;
  if (locale.mandates.of.length === 0) return caseJoinedBodyEnd(ctx, p, end);
  const tables = nameTailTables(locale);
  const { links, titleCase, notName } = tables;
  const text = ctx.norm.text;
  let position = end;
  let nameEnd = end;
  // What the last word was: the table's name or a word of the name, a link, or a conjunction.
  // The table's name ends with a capitalised word or not ("Comisión", "Conseil économique et social"):
  // a capitalised word goes on after the first ("Comisión Económica para África").
  const lastTableWord = /[\p{L}\p{M}'’-]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? '';
  let last: 'name' | 'capitalised' | 'link' | 'and' = /^\p{Lu}/u.test(lastTableWord) ? 'capitalised' : 'name';
  // The last word of the name read, for a comma between coordinated words of it.
  let lastNameWord = '';
  // Whether that word is a capitalised one read past the table's name ("…des Nations Unies").
  let pastTableCapital = false;
  for (let count = 0; count < MAX_NAME_TAIL_WORDS; count++) {
    // "Comité des droits économiques, sociaux et culturels": a comma listing the name's words.
    if (text[position] === ',' && (last === 'name' || last === 'capitalised') && lastNameWord !== '' && enumeratedInTitle(ctx, p, lastNameWord, position + 1)) {
      position++;
      last = 'link';
    }
    NAME_TAIL_WORD.lastIndex = position;
    const match = NAME_TAIL_WORD.exec(text);
    // Spaces between words, none only after an elided article ("l'homme").
    if (!match || (match[0] === match[1] && !/['’]$/.test(text.slice(position - 1, position)))) break;
    const word = match[1]!;
    const lower = word.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(word);
    const wordStart = position + match[0].length - word.length;
    const afterWord = wordStart + word.length;
    const afterName = last === 'name' || last === 'capitalised';
    if (locale.pairAnd.includes(lower)) {
      if (last === 'link' || last === 'and') break;
      last = 'and';
    } else if (afterName && !titleCase && !capitalised && isNameAdjective(ctx, word, afterWord)) {
      // "Commission économique pour l'Afrique", "Commission africaine des droits de l'homme": a
      // lower-case adjective right after a word of the name is the name's.
      last = 'name';
      nameEnd = afterWord;
    } else if (afterName && tables.bodyPrepositions.has(lower) && (prepositionGoesOnWithName(ctx, p, afterWord) || (!titleCase && smallComplementGoesOn(ctx, afterWord, pastTableCapital)))) {
      // "…pour l'Afrique", "…para América Latina": the preposition links the name to a capitalised word.
      last = 'link';
    } else if (links.has(lower) && !capitalised) {
      if (last === 'link' && !/['’]$/.test(lower) && !locale.mandates.articles?.includes(lower)) break;
      last = 'link';
    } else {
      // After a conjunction, a lower-case word goes on with the name only as its adjective
      // ("économique et sociale", "…sociaux et culturels", agreeing with the word before the
      // conjunction): "…pour l'Europe et à la décision 4/2" ends at "Europe".
      const joined =
        last === 'link' ||
        (last === 'and' && (capitalised || isNameAdjective(ctx, word, afterWord) || coordinated(p, lastNameWord, word))) ||
        (capitalised && last === 'capitalised');
      if (!joined || notName.has(lower) || p.stopWord.test(word) || (titleCase && !capitalised)) break;
      // "…de l'Assemblée générale et de la décision 4/2": a citation's keyword is no word of a name.
      if (citationStarts(locale).has(foldForMatch(word))) break;
      if (capitalised && last !== 'link' && startsOtherPhrase(ctx, p, word, wordStart)) break;
      last = capitalised ? 'capitalised' : 'name';
      nameEnd = wordStart + word.length;
    }
    if (last === 'name' || last === 'capitalised') lastNameWord = word;
    pastTableCapital = last === 'capitalised';
    position = wordStart + word.length;
  }
  return nameEnd;
}

/**
 * "En su resolución 6/9, titulada "…", la Conferencia de las Partes en la Convención…": the
 * body names itself right after the title, which ends at `afterTitle`.
 */
function issuerAfterTitle(ctx: ParseContext, p: MandatePatterns, afterTitle: number, candidates: Candidate[]): void {
  const subject = p.subjectAfterTitle.exec(ctx.norm.text.slice(afterTitle, afterTitle + 300));
  if (!subject || !verbAllowed(ctx.locale, subject)) return;
  const name = subject.groups!.subject!;
  const words = nameWords(ctx.locale, p, name);
  const at = afterTitle + subject[0].length - name.length;
  if (words) candidates.push({ start: at, end: at + words.length, rank: SUBJECT });
}

/** The body after "adopted by" in the clause after the number (which starts at `end`). */
function issuerAdoptedBy(ctx: ParseContext, p: MandatePatterns, afterNumber: string, end: number, candidates: Candidate[]): void {
  const adopted = p.adoptedBy.exec(afterNumber);
  if (!adopted || !articleAllowed(p, adopted)) return;
  const body = adopted.groups!.body!;
  const adoptedStart = end + adopted[0].length - body.length;
  const words = nameWords(ctx.locale, p, body);
  if (words) candidates.push({ start: adoptedStart, end: adoptedStart + words.length, rank: NAMED });
}

/** A decision cited with no number yet ("decision -/CMA.5"): a diagnostic, no mandate. */
function reportUnnumbered(ctx: ParseContext, p: MandatePatterns, match: RegExpExecArray): void {
  const text = ctx.norm.text;
  // The span takes the keyword in where it stands with the placeholder: "decision -/CMA.5",
  // 第-/CMA.5号决定.
  const before = p.unnumberedKeyword.exec(text.slice(Math.max(0, match.index - 40), match.index));
  let start = before ? match.index - before[0].length : match.index;
  if (before && !ctx.locale.spaceless) start = keywordStart(text, start, ctx.locale);
  if (start === -1) start = match.index;
  let end = match.index + match[0].length;
  const after = p.unnumberedKeywordAfter?.exec(text.slice(end, end + 20));
  if (after) end += after[0].length;
  const printed = text.slice(start, end).replace(/\s+/g, ' ');
  diagnose(ctx, 'info', 'MANDATE_UNNUMBERED', `"${printed}" cites a decision not yet numbered: it is not read as a mandate`, { start, end });
}

/** "that same decision": one more occurrence of the resolution or decision cited last before it. */
function readSameAs(ctx: ParseContext, book: MandateBook, match: RegExpExecArray): void {
  const start = keywordStart(ctx.norm.text, match.index, ctx.locale);
  if (start === -1) return;
  const previous = book.citations.findLast((c) => c.start < start);
  if (previous) {
    previous.draft.occurrences.push({ start, end: match.index + match[0].length });
  }
}

/** A provision cited by its keyword ("article 14(6)(a)", "rules 25 and 26 of…"), each number of a list one provision. */
function readProvision(ctx: ParseContext, p: MandatePatterns, book: MandateBook, match: RegExpExecArray): void {
  const text = ctx.norm.text;
  const start = keywordStart(text, match.index, ctx.locale);
  if (start === -1) return;
  const groups = match.groups!;
  // "Article 6.2 of the Paris Agreement", "artículo 6.2 del Acuerdo de París": climate texts number
  // an article's paragraph after a full stop, article 6(2). A rule so numbered is a rule of its own
  // ("staff rule 101.2"): its number is read as before, up to the full stop.
  const dotted = groups.article !== undefined ? groups.dottedParagraph : undefined;
  // A rule so numbered ends at its full stop, and what is printed after it is none of its own.
  const ruleDotted = groups.rule !== undefined && groups.dottedParagraph !== undefined;
  const printedParagraph = groups.paragraph ?? groups.paragraphAfter ?? dotted ?? (ruleDotted ? undefined : groups.bracketParagraph);
  const paragraph = printedParagraph === undefined ? undefined : provisionNumber(ctx.locale, printedParagraph);
  if (paragraph === null) return;
  // "Article 73 e", "article 73 (e)": the article's own letter, with no paragraph between.
  const articleLetter = ruleDotted ? undefined : (groups.bracketLetter ?? groups.bareLetter ?? groups.letterLead);
  const subparagraph = groups.subparagraph ?? groups.subparagraphAfter ?? groups.subparagraphLead ?? articleLetter;
  // "article 14(6)(a)": the paragraph, then its sub-paragraph's letter. "paragraphs 5 and 7 of
  // article 34": one provision per paragraph, article 34(5) and article 34(7).
  const paragraphParts = paragraph
    ? [
        `(${paragraph})${subparagraph ? `(${asciiSubparagraph(ctx.locale, subparagraph)})` : ''}`,
        ...listedParagraphs(groups.moreParagraphs ?? groups.moreParagraphsAfter).map((n) => `(${n})`),
      ]
    : [''];
  const kindName = groups.article !== undefined ? 'article' : 'rule';
  let numberEnd = match.index + match[0].length;
  if (ruleDotted) numberEnd = match.index + match[0].lastIndexOf(`.${groups.dottedParagraph}`);
  // "articles 25 and 26", "artículos 12 y 14": each number a provision of the same instrument.
  const first = provisionNumber(ctx.locale, groups.number!);
  if (first === null) return;
  // The article's own letter is the first number's: "rules 13 (a) and 48" are rule 13(a) and rule 48.
  const numbers = [!paragraph && articleLetter ? `${first}(${asciiSubparagraph(ctx.locale, articleLetter)})` : first];
  // A list keeps to the first number's kind: "articles VI and VII", "articles 25 and 26"; a
  // numeral after digits ("article 5 and I") is a word.
  const roman = !/^\d/.test(first);
  if (!paragraph) {
    for (;;) {
      const window = text.slice(numberEnd, numberEnd + 40);
      // "rules 6 to 8", "articles 6 à 8", "artículos 6 a 8", "статьи 6–8": every number of the
      // range, the last a little above the one before it.
      const range = roman || articleLetter || !p.provisionRange ? null : p.provisionRange.exec(window);
      if (range) {
        const from = Number(numbers.at(-1));
        const to = Number(range[1]);
        if (to > from && to - from <= MAX_PROVISION_RANGE) {
          numberEnd += range[0].length;
          for (let n = from + 1; n <= to; n++) numbers.push(String(n));
          continue;
        }
      }
      const next = p.provisionNext.exec(window);
      if (!next || /^\d/.test(next[1]!) === roman || romanArticle(next[1]!) === null) break;
      numberEnd += next[0].length;
      numbers.push(next[1]!);
    }
  }
  const instrument = readInstrument(ctx, p, numberEnd);
  // Every provision of a list has the whole citation as its evidence: "articles 25 and 26 of…".
  const citation = { start, end: instrument ? instrument.end : numberEnd };
  for (const number of numbers) {
    for (const paragraphPart of paragraphParts) book.recordProvision(`${kindName} ${number}${paragraphPart}`, instrument, citation);
  }
}

/** The drafts as mandates: occurrences in text order, the symbol each implies, the reading's own fields left out. */
function finishedMandates(ctx: ParseContext, order: readonly Draft[]): MandateDraft[] {
  const text = ctx.norm.text;
  for (const draft of order) {
    draft.occurrences.sort((a, b) => a.start - b.start);
    draft.symbol = impliedSymbol(draft.kind, draft.reference, draft.body) ?? shortNameSymbol(ctx.locale, text, draft);
  }
  return order.map(({ kind, reference, symbol, issuer, instrument, title, occurrences }) => ({
    kind,
    reference,
    symbol,
    issuer,
    instrument,
    title,
    occurrences,
  }));
}

/** A mandate being read; its issuer's name is kept folded, to compare with the next candidate. */
type Draft = MandateDraft & { body: BodyName | undefined; issuerLength: number; issuerRank: number; issuerName: string };
type Candidate = NSpan & { rank: number };

/**
 * The issuer is the strongest citation's body, and of equal ones the fullest name. A fuller name
 * of the same body wins whatever its rank: "de la Conférence" and, after the title, "la
 * Conférence des États parties à la Convention…" are one body, printed in full once.
 */
function offerIssuer(p: MandatePatterns, text: string, draft: Draft, candidate: Candidate): void {
  const length = candidate.end - candidate.start;
  if (length <= draft.issuerLength && candidate.rank <= draft.issuerRank) return;
  const name = p.articleForm(foldForMatch(text.slice(candidate.start, candidate.end)));
  const current = draft.issuerName;
  const sameBody = current !== '' && (name.startsWith(current) || current.startsWith(name));
  if (sameBody) {
    draft.issuerRank = Math.max(draft.issuerRank, candidate.rank);
    if (length <= draft.issuerLength) return;
  } else {
    if (candidate.rank < draft.issuerRank || (candidate.rank === draft.issuerRank && length <= draft.issuerLength)) return;
    draft.issuerRank = candidate.rank;
  }
  draft.issuer = { start: candidate.start, end: candidate.end };
  draft.issuerLength = length;
  draft.issuerName = name;
  draft.body = p.foldedBodyLookup(name);
}

/** A short word before a body is its article ("the", "la", "l'"), not a conjunction ("and", "et"). */
function articleAllowed(p: MandatePatterns, match: RegExpExecArray): boolean {
  const word = match.groups!.article?.trim().replace(/['’]$/, '');
  return !word || !p.stopWord.test(word);
}

/**
 * What may stand between a number and its date: a comma and a word or two ("of", "du", ", de",
 * "от", Arabic "المؤرخ", "، المؤرخ في").
 */
const DATE_LEAD = `^(?:\\s*[,،])?(?:\\s+[${LETTER}]{1,7}){0,2}\\s*`;
const DATE_LEAD_ONLY = new RegExp(`${DATE_LEAD}$`, 'u');
const DATE_LEAD_DIGIT = new RegExp(`${DATE_LEAD}\\d`, 'u');

/**
 * Where a date clause right after a citation's number ends ("of 15 November 2000", ", de 15 de
 * marzo de 2006,", "от 15 марта 2006 года"), or 0: the issuer and title may follow it.
 */
function dateClauseEnd(ctx: ParseContext, after: string): number {
  // Most citations have no date: look for one only where a number follows the lead.
  if (!DATE_LEAD_DIGIT.test(after)) return 0;
  const date = extractDates(after.slice(0, 60), ctx.locale)[0];
  return date && DATE_LEAD_ONLY.test(after.slice(0, date.span.start)) ? date.span.end : 0;
}

/** Chinese citations and provisions: the number framed by 第 … 号 / 条, the names before it. */
function readFramed(
  ctx: ParseContext,
  p: MandatePatterns,
  f: FramedPatterns,
  book: MandateBook,
): void {
  const text = ctx.norm.text;
  for (const match of allMatches(f.citation, text)) {
    const kind: MandateKind = match.groups!.decision !== undefined ? 'decision' : 'resolution';
    const start = match.index;
    // Each number's evidence is its 第…号, the last one's with the keyword.
    const numbers = allMatches(f.listNumber, match[0]);
    const drafts = numbers.map((n, i) => {
      const at = start + n.index;
      return book.record(kind, canonicalReference(ctx.locale, n[1]!), { start: at, end: i === numbers.length - 1 ? start + match[0].length : at + n[0].length });
    });
    const windowStart = Math.max(0, start - 80);
    const window = text.slice(windowStart, start);
    // The nearest body before the number, in the same sentence; a body's full name runs back to
    // the clause's start: 联合国打击跨国有组织犯罪公约缔约方会议.
    const sentence = window.slice(citationClauseStart(window));
    const body = allMatches(f.bodyBefore, sentence).at(-1);
    if (body) {
      let at = start - sentence.length + body.index;
      const nameEnd = at + body[0].length;
      // Principal organs are named in full already (大会, 安全理事会).
      const principal = p.bodyLookup(body[0])?.resolutionSeries !== undefined;
      while (!principal && at > 0 && /\p{Script=Han}/u.test(text[at - 1]!) && !f.clauseStarts.has(text[at - 1]!)) at--;
      const length = nameEnd - at;
      for (const draft of drafts) {
        if (length > draft.issuerLength) {
          draft.issuer = { start: at, end: at + length };
          draft.issuerLength = length;
          draft.issuerName = foldForMatch(text.slice(at, at + length));
          draft.issuerRank = NAMED;
          draft.body = p.bodyLookup(body[0]);
        }
      }
    }
    const title = f.titleBefore.exec(window);
    if (title && drafts.length === 1 && !drafts[0]!.title) {
      const at = windowStart + title.index + title[0].indexOf(title[1]!);
      drafts[0]!.title = { start: at, end: at + title[1]!.length };
    }
  }
  // Rules of procedure are cited by 条 (article) too: "议事规则第2条第2款" is article 2(2).
  // 《公约》第6条和第7条: an article listed after another, with only a conjunction or an enumeration
  // comma between them, is of the same instrument, and the whole list is its evidence.
  const listJoin = framedListJoin(ctx.locale);
  let previous = null as { end: number; instrument: NSpan | null } | null;
  for (const match of allMatches(f.provision, text)) {
    const g = match.groups!;
    // 第17条第2款(a)项: article 17(2)(a); 第34条第5款和第7款: article 34(5) and article 34(7).
    // 第13条(a)款, 第8(j)条: a lettered paragraph after the article or in its frame, rule 13(a) of
    // the English text, article 8(j).
    const provision = `${g.article !== undefined ? 'article' : 'rule'} ${ownNumber(ctx.locale, g.number!)}${g.numberLetter || g.framedLetter ? `(${g.numberLetter ?? g.framedLetter})` : ''}`;
    const paragraphParts = g.paragraph
      ? [`(${ownNumber(ctx.locale, g.paragraph)})${g.subparagraph ? `(${g.subparagraph})` : ''}`, ...listedParagraphs(g.moreParagraphs).map((n) => `(${n})`)]
      : [''];
    const listed: NSpan | null =
      previous?.instrument && match.index - previous.end <= FRAMED_LIST_GAP && listJoin.test(text.slice(previous.end, match.index)) ? previous.instrument : null;
    const instrument: NSpan | null = listed ?? instrumentBefore(text, match.index, f);
    const start = instrument ? instrument.start : match.index;
    for (const paragraphPart of paragraphParts) {
      book.recordProvision(`${provision}${paragraphPart}`, instrument, { start, end: match.index + match[0].length }, false);
    }
    previous = { end: match.index + match[0].length, instrument };
  }
}

/** True if the character at `index` of `name` falls inside one of `bodies` printed there. */
function insideBodyName(name: string, index: number, bodies: readonly string[]): boolean {
  return bodies.some((body) => {
    const at = name.lastIndexOf(body, index);
    return at !== -1 && index < at + body.length;
  });
}

/** The most characters between two framed provisions of one list: 和, 以及, "、", with spaces. */
const FRAMED_LIST_GAP = 8;

/** Per locale: the whole gap between two framed provisions of one list (a conjunction, 或, an enumeration comma). */
const framedListJoin = perLocale(
  (locale: Locale) => new RegExp(`^\\s*(?:${[...locale.pairAnd, '以及', '或', '、'].map(escapeRegex).join('|')})\\s*$`, 'u'),
);

/**
 * Where the clause of a Chinese citation starts in the `window` before it: after the last stop or
 * semicolon (full-width or not), or after a bracket still open at the citation. An agenda prints
 * an item's mandates in brackets after its title, "选举会费委员会成员(第158条;2003年12月17日第
 * 58/412号决定)": the body in the title is what the item is about, not the decision's issuer,
 * which the bracket names if anyone does ("(经济及社会理事会…第2008(LX)号决议)"). Read backwards
 * once over the window (80 characters); a closed pair before the citation ("第13条(b)款") is skipped.
 */
function citationClauseStart(window: string): number {
  let closed = 0;
  for (let at = window.length - 1; at >= 0; at--) {
    const c = window[at]!;
    if (c === '。' || c === '；' || c === ';') return at + 1;
    if (c === ')' || c === '）') closed++;
    else if (c === '(' || c === '（') {
      if (closed === 0) return at + 1;
      closed--;
    }
  }
  return 0;
}

/** 《公约》 just before the provision, or the name back to a conjunction: 缔约方会议议事规则. */
function instrumentBefore(text: string, at: number, f: FramedPatterns): NSpan | null {
  const head = text.slice(Math.max(0, at - 40), at);
  const named = f.instrumentBefore.exec(head);
  if (!named) return null;
  let name = named[1]!;
  if (!name.startsWith('《')) {
    let cut = 0;
    for (const stop of f.instrumentStops) {
      // "经济及社会理事会各职司委员会议事规则": the 及 of a body's name is no end of the instrument's.
      let index = name.lastIndexOf(stop);
      while (index > 0 && insideBodyName(name, index, f.bodiesWithStops)) index = name.lastIndexOf(stop, index - 1);
      if (index === 0 && insideBodyName(name, index, f.bodiesWithStops)) index = -1;
      if (index !== -1) cut = Math.max(cut, index + stop.length);
    }
    name = name.slice(cut);
    // "委员会将审议第9条": a clause before the article is no instrument; a name ends with its head.
    if (f.instrumentEndings.length > 0 && !f.instrumentEndings.some((ending) => name.endsWith(ending))) return null;
  }
  return name.length > 0 ? { start: at - name.length, end: at } : null;
}

/** A word with a footnote number glued to it: "Convention1", "Конвенции2". */
// The scripts' letter ranges, not \p{L}: a smaller class, quicker to compile at start-up.
const NEXT_WORD = new RegExp(`^\\s+([${LETTER}][${LETTER}${MARK}'’-]*)`, 'u');
const GLUED_MARKER = new RegExp(`^([${LETTER}${MARK}'’-]*[${LETTER}])\\d{1,2}$`, 'u');

/**
 * Coordinated adjectives agree with each other, ending alike: "droits civils et politiques",
 * "гражданских и политических". A verb or a new phrase after the conjunction does not ("règlement
 * intérieur et décide"), nor does a capitalised word before it ("Convention et invite").
 */
function coordinated(p: MandatePatterns, previous: string, next: string): boolean {
  return (
    /^\p{Ll}/u.test(previous) &&
    previous.length >= 4 &&
    next.length >= 4 &&
    !p.stopWord.test(next) &&
    // Plurals agree whatever their ending: "sociaux et culturels".
    (previous.at(-1) === next.at(-1) || (/[sx]$/u.test(previous) && /[sx]$/u.test(next)))
  );
}

/**
 * Per locale: the abbreviations and signs before a number inside a name (sticky, case ignored,
 * only before a digit); the endings no genitive has, longest first; the prepositions inside a
 * name joined by case.
 */
const nameFormTables = perLocale((locale: Locale) => {
  const m = locale.mandates;
  const abbreviations = [...(m.numberAbbreviations ?? [])].sort((a, b) => b.length - a.length);
  const endings = [...(m.otherCaseEndings ?? [])].sort((a, b) => b.length - a.length);
  return {
    numberAbbreviation: abbreviations.length ? new RegExp(`(?:${abbreviations.map(escapeRegex).join('|')})(?=[ \\t]{0,3}\\p{N})`, 'iuy') : null,
    otherCaseEndings: endings,
    agreeingAdjectiveEndings: (m.agreeingAdjectiveEndings ?? []).map((ending) => ending.toLowerCase()),
    prepositions: new Set((m.namePrepositions ?? []).map((w) => w.toLowerCase())),
    // "…de la Convention à sa dixième session", "…Конвенции на своей сессии", "…de la Convención
    // durante su período de sesiones": the phrases after which a body's name has ended
    // (`clauseStops`) end an instrument's name too. Only those of two words or more: a single
    // preposition ("on") may go on with a title ("Treaty on the Non-Proliferation…").
    sessionPhrase: sessionPhrases(locale),
    compoundPreposition: m.nameCompoundPrepositions?.length
      ? new RegExp(`(?:${m.nameCompoundPrepositions.map((phrase) => phrase.split(' ').map(escapeRegex).join('(?:[ \\t]+|[ \\t]*\\n[ \\t]*)')).join('|')})(?=\\s)`, 'iuy')
      : null,
  };
});

function sessionPhrases(locale: Locale): RegExp | null {
  const phrases = (locale.mandates.clauseStops ?? []).filter((phrase) => /\s/.test(phrase.trim()));
  return phrases.length ? new RegExp(`${alternation(phrases, locale)}(?![${LETTER}${MARK}])`, locale.arabicMorphology ? 'uy' : 'iuy') : null;
}

/** True if `word` (four letters or more) ends in one of `endings`, none of which a genitive has. */
function hasOtherCaseEnding(endings: readonly string[], word: string): boolean {
  if (endings.length === 0 || word.length < 4) return false;
  const lower = word.toLowerCase();
  return endings.some((ending) => lower.endsWith(ending));
}

/** One word of an instrument's name (sticky). */
// A number is read whole, "5/1" included: "…annexed to Council resolution 5/1" is not cut at "5".
const INSTRUMENT_WORD = /[\p{L}\p{M}\p{N}'’-]+(?:\/\p{N}+)*/uy;

/**
 * An item's or sub-item's marker opening a line: "2. ", "2) ", "2- ", "٢ - ", "II. ", "b) ". A
 * name wrapped onto the next line opens it with a word ("…on" / "Coastal Waters"), or a year
 * ("…to the" / "1992 Convention": four digits, no separator).
 */
const LINE_MARKER = /(?:[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}|[IVX]{1,5})[ \t]*[-–.)](?=[ \t])|[a-zа-я]\)(?=[ \t])/uy;

/** "… of the Convention": the instrument's words, up to punctuation or a conjoined provision. */
function readInstrument(ctx: ParseContext, p: MandatePatterns, from: number): NSpan | null {
  const text = ctx.norm.text;
  const of = p.ofWord.exec(text.slice(from, from + 40));
  if (!of) return null;
  const start = from + of[0].length;
  let position = start;
  let end = start;
  let previous = '';
  // The word before `previous`: it tells an adverb from a noun ("internationale particulièrement").
  let earlier = '';
  // The last word taken, and where the name ended before it.
  let lastWord = '';
  let endBeforeLast = start;
  const nameForms = nameFormTables(ctx.locale);
  // Joined by case, a preposition of the name ("Конвенции о …") ends its genitive chain.
  let pastPreposition = false;
  let afterNumberAbbreviation = false;
  for (let count = 0; count < MAX_INSTRUMENT_WORDS; count++) {
    // "Protocol No. 14", "Протокол № 14": the abbreviation or sign before a number is one word,
    // its full stop no end of the name; the number after it is read with the name's head word
    // as the word before ("Protocol No. 14 to the Convention" goes on as "Protocol to the …").
    if (nameForms.numberAbbreviation) {
      nameForms.numberAbbreviation.lastIndex = position;
      const abbreviation = nameForms.numberAbbreviation.exec(text);
      if (abbreviation) {
        end = position + abbreviation[0].length;
        position = end;
        while (text[position] === ' ' || text[position] === '\t') position++;
        afterNumberAbbreviation = true;
        continue;
      }
    }
    // "Конвенции о ликвидации всех форм дискриминации в отношении женщин": past a preposition of
    // the name, a compound preposition that starts with a stop word is the name's.
    if (pastPreposition && nameForms.compoundPreposition) {
      nameForms.compoundPreposition.lastIndex = position;
      const compound = nameForms.compoundPreposition.exec(text);
      if (compound) {
        end = position + compound[0].length;
        lastWord = '';
        earlier = previous;
        previous = compound[0].split(/\s+/).at(-1)!;
        position = end;
        while (text[position] === ' ' || text[position] === '\t') position++;
        if (text[position] === '\n' && text[position + 1] !== '\n') position++;
        while (text[position] === ' ' || text[position] === '\t') position++;
        continue;
      }
    }
    if (count > 0 && nameForms.sessionPhrase) {
      nameForms.sessionPhrase.lastIndex = position;
      if (nameForms.sessionPhrase.test(text)) break;
    }
    INSTRUMENT_WORD.lastIndex = position;
    const word = INSTRUMENT_WORD.exec(text);
    if (!word) break;
    // "правил процедуры первым пунктом повестки дня": joined by case, a word in a case no genitive
    // has (an instrumental ordinal or noun) starts the next phrase, the name being a genitive chain.
    if (count > 0 && !pastPreposition && hasOtherCaseEnding(nameForms.otherCaseEndings, word[0])) {
      // "…Конвенции Рабочей группе": a capitalised adjective that may agree with it is its own.
      if (count > 1 && /^\p{Lu}/u.test(lastWord) && nameForms.agreeingAdjectiveEndings.some((ending) => lastWord.toLowerCase().endsWith(ending))) end = endBeforeLast;
      break;
    }
    if (nameForms.prepositions.has(word[0].toLowerCase())) pastPreposition = true;
    if (count > 0 && endsInstrument(ctx, p, word[0], previous, earlier, text, position + word[0].length, start)) break;
    // "del reglamento de la Junta dispone que …": past the head noun, a lower-case word that is
    // no small linking word, right after a capitalised one, is the next clause's verb.
    // Joined by case, the word right after the head may start the clause already.
    // Joined by case, even the first word may be the clause's ("пункт 9 статьи 46 касается …").
    // Right after the head noun, only a word that may be a verb or an adjective is weighed:
    // "…de la Convention indique que" ends at "Convention", "Charte démocratique interaméricaine" goes on.
    const weighed = count > 1 || ctx.locale.mandates.of.length === 0 || (count === 1 && hasAdjectiveOrVerbEnding(ctx.locale, word[0]));
    if (weighed && runsIntoClause(ctx, word[0], previous, position + word[0].length)) break;
    // A footnote marker printed on the last word ("Convention1") is no part of the name.
    const marked = GLUED_MARKER.exec(word[0]);
    if (marked) {
      end = position + marked[1]!.length;
      lastWord = marked[1]!;
      break;
    }
    // A body's name is taken whole, as one word: "…of the Economic and Social Council".
    p.bodyName.lastIndex = position;
    const body = p.bodyName.exec(text);
    const wholeBody = body !== null && body[0].length > word[0].length;
    // Joined by case, an instrument's words are all genitive: a body's name ending in its head
    // noun's nominative ("Исполнительный совет", against "…Исполнительного совета") is the next
    // clause's subject: "правил процедуры Исполнительный совет избирает".
    if (count > 0 && wholeBody && ctx.locale.mandates.of.length === 0 && BODY_HEADS.has(foldForMatch(body[0].split(/\s+/).at(-1)!))) break;
    endBeforeLast = end;
    lastWord = word[0];
    end = position + (wholeBody ? body[0].length : word[0].length);
    if (!afterNumberAbbreviation) {
      earlier = previous;
      previous = wholeBody ? body[0].split(/\s+/).at(-1)! : word[0];
    }
    afterNumberAbbreviation = false;
    // Spaces and one line break (a wrapped name) may separate its words; punctuation ends it, save
    // a comma between the title's coordinated adjectives ("…Economic, Social and Cultural Rights").
    let next = end;
    if (text[next] === ',' && count > 0 && enumeratedInTitle(ctx, p, previous, next + 1)) next++;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '\n' && text[next + 1] !== '\n') {
      next++;
      while (text[next] === ' ' || text[next] === '\t') next++;
      // "…of the Convention on Coastal Waters" / "2. Other matters": a list printed without blank
      // lines or final stops; the next line's item marker ends the name with its line.
      LINE_MARKER.lastIndex = next;
      if (LINE_MARKER.test(text)) break;
    }
    if (next === end || next >= text.length) break;
    position = next;
  }
  // A name never ends in an article: "…of the Convention the Committee meets" is "the Convention".
  if (articleWords(ctx.locale).has(lastWord.toLowerCase())) end = endBeforeLast;
  return end > start ? { start, end } : null;
}

/**
 * Where an instrument's name stops: at a conjunction or preposition that starts another phrase
 * ("…Convention and article 5", "…Convention et au paragraphe 2"), but not inside a name
 * ("Consejo Económico y Social": the word after is capitalised); and at the name of a body that
 * begins the next clause ("…экономической комиссии Группа экспертов изберет"). A language that
 * joins the instrument by case, with no "of" word, puts its every noun in the genitive: a body's
 * head word there (the table holds nominatives) is the next clause's subject even after a
 * capitalised word ("статье 4 Конвенции Комиссия представит").
 */
function runsIntoClause(ctx: ParseContext, word: string, previous: string, after: number): boolean {
  if (ctx.locale.mandates.of.length === 0) return caseJoinedClause(ctx.locale, word, previous);
  if (!/^\p{Lu}/u.test(previous) || !/^\p{Ll}/u.test(word)) return false;
  const folded = foldForMatch(word);
  // "…annexed to Council resolution 5/1": a citation's keyword after its body is no verb; the
  // name runs on to the number, as "…annexée à la résolution 5/1" and "…المرفق بقرار المجلس 5/1" do.
  if (folded.length <= 3 || stopwordSet(ctx.locale).has(folded) || instrumentLinks(ctx.locale).has(folded) || citationKeywords(ctx.locale).has(folded)) {
    return false;
  }
  // "…on Substances that Deplete the Ozone Layer", "…Arising from their Utilization": a title's
  // own small word before its next capitalised word is no verb.
  if (nameTailTables(ctx.locale).innerWords.has(folded) && titleGoesOn(ctx, false, after)) return false;
  // "Charte africaine", "Cour pénale internationale", "Charte démocratique interaméricaine": an
  // adjective after the name's noun, no verb.
  if (isNameAdjective(ctx, word, after)) return false;
  // "…of International Importance especially as Waterfowl Habitat": an adverb that brings the
  // title's "as" phrase is no verb; the "as" word after it stays in the name (`endsInstrument`).
  const next = NEXT_WORD.exec(ctx.norm.text.slice(after, after + 40));
  return !(next && isAsWord(ctx.locale, next[1]!) && isAdverb(ctx.locale, word, previous));
}

/** True if the lower-case `word` ends as the locale's verbs and adjectives both do ("indique", "économique"). */
function hasAdjectiveOrVerbEnding(locale: Locale, word: string): boolean {
  const lower = word.toLowerCase();
  return nameTailTables(locale).adjectiveOrVerbEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

/**
 * True if the lower-case `word`, printed after a word of a name and ending at `after`, is an
 * adjective of the name: it has an adjective's ending (`nameAdjectiveEndings`, "africaine",
 * "pénale"), or one adjectives share with verbs (`nameAdjectiveOrVerbEndings`, "économique",
 * "indique") and the name goes on after it or ends there. What a name goes on with is a capitalised
 * word, an "of" word or a preposition of names ("Commission économique pour l'Afrique"), another
 * adjective ("Organisation météorologique mondiale") or a conjunction before one ("économique et
 * sociale"); punctuation ends it. A verb goes on with its object: "…de la Convention indique que",
 * "…applique les règles".
 */
function isNameAdjective(ctx: ParseContext, word: string, after: number): boolean {
  const tables = nameTailTables(ctx.locale);
  const lower = word.toLowerCase();
  if (tables.adjectiveEndings.some((ending) => lower.endsWith(ending))) return true;
  if (!hasAdjectiveOrVerbEnding(ctx.locale, word)) return false;
  const window = ctx.norm.text.slice(after, after + 40);
  if (/^[ \t]*(?:[,.;:)]|\n[ \t]*\n|$)/.test(window)) return true;
  const next = NEXT_WORD.exec(window);
  if (!next) return false;
  const following = next[1]!;
  if (/^\p{Lu}/u.test(following)) return true;
  const folded = following.toLowerCase();
  const isAdjective = (w: string) => tables.adjectiveEndings.some((ending) => w.endsWith(ending)) || hasAdjectiveOrVerbEnding(ctx.locale, w);
  if (tables.adjectiveFollowers.has(folded) || /^d['’]/.test(folded) || isAdjective(folded)) return true;
  if (!ctx.locale.pairAnd.includes(folded)) return false;
  // "économique et sociale", "…latine et les Caraïbes": a conjunction before another adjective, or
  // before a capitalised word (an article perhaps between) that starts no citation or body.
  const afterAnd = NEXT_WORD.exec(window.slice(next[0].length));
  if (!afterAnd) return false;
  const joinedWord = afterAnd[1]!;
  if (/^\p{Ll}/u.test(joinedWord) && isAdjective(joinedWord.toLowerCase())) return true;
  const capitalAt = after + next[0].length + afterAnd[0].length - joinedWord.length;
  if (/^\p{Lu}/u.test(joinedWord)) return !startsOtherPhrase(ctx, patterns(ctx.locale), joinedWord, capitalAt);
  if (!articleWords(ctx.locale).has(joinedWord.toLowerCase())) return false;
  const articled = NEXT_WORD.exec(window.slice(next[0].length + afterAnd[0].length));
  return articled !== null && /^\p{Lu}/u.test(articled[1]!) && !startsOtherPhrase(ctx, patterns(ctx.locale), articled[1]!, capitalAt + joinedWord.length + articled[0].length - articled[1]!.length);
}

/**
 * True if a preposition of bodies' names (`bodyNamePrepositions`), ending at `after`, goes on
 * with the name: a capitalised word follows, perhaps after an article, that starts no citation,
 * body or clause subject ("Commission économique pour l'Afrique", "Comisión Económica para
 * América Latina"; not "…pour la Conférence des Parties").
 */
function prepositionGoesOnWithName(ctx: ParseContext, p: MandatePatterns, after: number): boolean {
  const pattern = nameTailTables(ctx.locale).articleThenCapital;
  const named = pattern?.exec(ctx.norm.text.slice(after, after + 40));
  if (!named) return false;
  const word = named[1]!;
  if (caseJoinedTables(ctx.locale).subjects.has(foldForMatch(word))) return false;
  return !startsOtherPhrase(ctx, p, word, after + named[0].length - word.length);
}

/**
 * True if an article and a word in small letters that is no stop word follow `after`: the
 * complement of a name's preposition in a language whose names are in small letters ("…des Nations
 * Unies pour l'environnement", "…pour le développement"), taken only after a capitalised word of
 * the name past the table's ("…du Conseil pour la période" ends at "Conseil"), or one naming the
 * body's task right after the table's head.
 */
function smallComplementGoesOn(ctx: ParseContext, after: number, pastTableCapital: boolean): boolean {
  // Right after the table's head, only a noun naming the body's task ("Comité pour l'élimination
  // de la discrimination raciale", "Commission pour la consolidation de la paix": `bodyTaskNounEndings`).
  return pastTableCapital ? smallComplementAt(ctx, after) !== null : taskComplementFollows(ctx, after);
}

/** True if an article and a noun naming a task (`bodyTaskNounEndings`: "la protection", "l'élimination") follow `after`. */
function taskComplementFollows(ctx: ParseContext, after: number): boolean {
  const endings = nameTailTables(ctx.locale).taskNounEndings;
  if (endings.length === 0) return false;
  const noun = smallComplementAt(ctx, after);
  return noun !== null && endings.some((ending) => noun.toLowerCase().endsWith(ending));
}

/** The word in small letters after an article at `after` that is no stop word or citation keyword, or null. */
function smallComplementAt(ctx: ParseContext, after: number): string | null {
  const window = ctx.norm.text.slice(after, after + 40);
  const article = LEADING_WORD.exec(window);
  if (!article) return null;
  const articleWord = article[1]!.toLowerCase();
  const articles = articleWords(ctx.locale);
  // "l'environnement": the elided article printed on its word.
  const elided = elidedArticleWords(ctx.locale).find((a) => articleWord.startsWith(a.slice(0, -1)) && /['’]/.test(articleWord.slice(a.length - 1, a.length)));
  const noun = elided ? article[1]!.slice(elided.length) : articles.has(articleWord) ? LEADING_WORD.exec(window.slice(article[0].length))?.[1] : undefined;
  return noun !== undefined && /^\p{Ll}/u.test(noun) && !stopwordSet(ctx.locale).has(foldForMatch(noun)) && !citationStarts(ctx.locale).has(foldForMatch(noun)) ? noun : null;
}

/** Per locale: the adverb endings (`adverbEndings`) and the "as" words (`asWords`), lower-cased. */
const titleAdverbTables = perLocale((locale: Locale) => ({
  endings: (locale.mandates.adverbEndings ?? []).map((ending) => ending.toLowerCase()),
  asWords: new Set((locale.mandates.asWords ?? []).map((word) => word.toLowerCase())),
}));

function isAsWord(locale: Locale, word: string): boolean {
  return titleAdverbTables(locale).asWords.has(word.toLowerCase());
}

/**
 * True if `word`, printed after `before`, is an adverb: a small word with the language's adverb
 * ending ("especially", "particulièrement", "especialmente") right after a word of the name that
 * is no article or preposition. A noun with that ending follows its determiner ("du règlement",
 * "de l'environnement"); an adverb follows the adjective or noun it comes after.
 */
function isAdverb(locale: Locale, word: string, before: string): boolean {
  if (!/^\p{Ll}/u.test(word) || before === '' || /['’]/.test(word)) return false;
  const lower = word.toLowerCase();
  if (!titleAdverbTables(locale).endings.some((ending) => lower.length > ending.length + 3 && lower.endsWith(ending))) return false;
  const foldedBefore = foldForMatch(before);
  return !stopwordSet(locale).has(foldedBefore) && !articleWords(locale).has(before.toLowerCase()) && !locale.mandates.of.includes(before.toLowerCase());
}

/** The locale's articles (`articles`), lower-cased. */
const articleWords = perLocale((locale: Locale) => new Set((locale.mandates.articles ?? []).map((word) => word.toLowerCase())));
/** The articles printed elided on their word ("l'", "d'"), lower-cased. */
const elidedArticleWords = perLocale((locale: Locale) => [...articleWords(locale)].filter((a) => /['’]$/.test(a)));

/**
 * True if the capitalised word at `at` after a stop word starts another phrase rather than going
 * on with the instrument's name: a citation's keyword ("Article 4", "Decision 2/CMA.3") or a
 * body's name from the table ("General Assembly resolution 83/71", "the Conference of the Parties").
 */
function startsOtherPhrase(ctx: ParseContext, p: MandatePatterns, word: string, at: number): boolean {
  if (citationStarts(ctx.locale).has(foldForMatch(word))) return true;
  p.bodyName.lastIndex = at;
  return p.bodyName.test(ctx.norm.text);
}

/** True if the capitalised word at `at` names something other than the name it follows: a body's head, a clause's subject, or another phrase (startsOtherPhrase). */
function namesOtherThing(ctx: ParseContext, p: MandatePatterns, word: string, at: number): boolean {
  const folded = foldForMatch(word);
  return BODY_HEADS.has(folded) || caseJoinedTables(ctx.locale).subjects.has(folded) || startsOtherPhrase(ctx, p, word, at);
}

/**
 * True if the capitalised word at `at` starts the next clause's subject, printed with no comma
 * after the name: after an article that no preposition joins to the name ("…of the Convention the
 * Committee meets", "…de la Convention les Parties examineront", "…de la Convención el Comité"), a
 * body's name or a subject of the locale's `clauseSubjects`; and such a subject right after a
 * capitalised word of the name that is none ("…of the Convention Parties will"; in "Conference of
 * the States Parties", "Parties" follows a subject and goes on with it).
 */
function startsSubject(ctx: ParseContext, p: MandatePatterns, word: string, previous: string, earlier: string, at: number): boolean {
  const subjects = caseJoinedTables(ctx.locale).subjects;
  const subject = subjects.has(foldForMatch(word));
  if (articleWords(ctx.locale).has(previous.toLowerCase())) {
    if (earlier === '' || !/^\p{L}/u.test(earlier) || isNameLink(ctx.locale, earlier)) return false;
    if (subject) return true;
    p.bodyName.lastIndex = at;
    if (p.bodyName.test(ctx.norm.text)) return true;
    // A body the table does not name, by its head: "the Working Group", "the Ad Hoc Committee".
    CAPITALISED_RUN.lastIndex = at;
    const run = CAPITALISED_RUN.exec(ctx.norm.text);
    return run !== null && run[0].split(/[ \t]+/).some((w) => BODY_HEADS.has(foldForMatch(w)));
  }
  return subject && /^\p{Lu}/u.test(previous) && !subjects.has(foldForMatch(previous)) && !isNameLink(ctx.locale, previous);
}

/** Up to four capitalised words in a row on one line (sticky). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}/uy;

/** True if `word` joins a name's words: a function word, an "of" word, a title or instrument link. */
function isNameLink(locale: Locale, word: string): boolean {
  const lower = word.toLowerCase();
  const folded = foldForMatch(word);
  return (
    stopwordSet(locale).has(folded) ||
    stopwordSet(locale).has(lower) ||
    locale.mandates.of.includes(lower) ||
    (locale.mandates.titleLinks ?? []).includes(lower) ||
    instrumentLinks(locale).has(folded)
  );
}

/** The words that start a citation, folded: "article", "rule", "paragraph", "decision", "resolution". */
const citationStarts = perLocale((locale: Locale) => {
  const m = locale.mandates;
  return new Set([...m.decision, ...m.resolution, ...m.article, ...m.rule, ...m.paragraph].map((w) => foldForMatch(w)));
});

/** The words after which a stop word stays inside an instrument's name (`instrumentLinks`), folded. */
const instrumentLinks = perLocale((locale: Locale) => new Set((locale.mandates.instrumentLinks ?? []).map(foldForMatch)));

/** The decision and resolution words, folded: "resolution", "décision". */
const citationKeywords = perLocale((locale: Locale) => new Set([...locale.mandates.decision, ...locale.mandates.resolution].map((w) => foldForMatch(w))));

/** Per locale: the clause-word endings, longest first, as one end-anchored pattern; the subjects. */
const caseJoinedTables = perLocale((locale: Locale) => {
  const nominativeEndings = locale.mandates.nominativeEndings ?? [];
  // A small nominative adjective after a capitalised word starts the subject too ("…Конференции рабочая группа").
  const endings = [...(locale.mandates.clauseWordEndings ?? []), ...nominativeEndings].sort((a, b) => b.length - a.length);
  const verbEndings = locale.mandates.clauseVerbEndings ?? [];
  return {
    ending: endings.length ? new RegExp(`(?:${endings.map(escapeRegex).join('|')})$`, 'u') : null,
    verbEnding: verbEndings.length ? new RegExp(`\\p{Ll}(?:${verbEndings.map(escapeRegex).join('|')})$`, 'u') : null,
    subjects: new Set((locale.mandates.clauseSubjects ?? []).map(foldForMatch)),
    nominative: nominativeEndings.length ? new RegExp(`\\p{Ll}(?:${nominativeEndings.map(escapeRegex).join('|')})$`, 'u') : null,
    /** Nouns after a title link that start a clause, not a name's words (caseJoinedBodyEnd). */
    titleLinkClauseNouns: new Set(locale.mandates.titleLinkClauseNouns ?? []),
    // "…женщин постановила", "…дискриминации содержится просьба": the clause's verb, its past
    // tense ending like a genitive or a dative, its reflexive present like none (caseJoinedBodyEnd).
    bodyEndVerbEndings: [...(locale.mandates.pastTenseEndings ?? []), ...(locale.mandates.clauseVerbEndings ?? [])],
  };
});

/**
 * Joined by case (Russian), the name's words are all genitive: after a capitalised word, a
 * lower-case verb or accusative ("Конвенции сессию открывает") or a clause's subject
 * ("Конвенции Стороны представляют") is the next clause.
 */
function caseJoinedClause(locale: Locale, word: string, previous: string): boolean {
  const tables = caseJoinedTables(locale);
  // "…правил процедуры применяется": a finite verb's ending, after any word.
  if (tables.verbEnding !== null && /^\p{Ll}/u.test(word) && tables.verbEnding.test(word)) return true;
  // "…правил процедуры члены Комитета сделают": a subject printed in small letters, after any word.
  if (/^\p{Ll}/u.test(word) && tables.subjects.has(foldForMatch(word))) return true;
  // "…Конвенции о биологическом разнообразии Стороны рассмотрят", "…разнообразии Рабочая группа":
  // nouns are capitalised at a sentence's start only, so a capitalised subject or nominative
  // adjective is the next clause's subject after any word of the name, small ones included.
  if (/^\p{Lu}/u.test(word)) {
    if (tables.subjects.has(foldForMatch(word))) return true;
    if (tables.nominative !== null && word.length > 3 && tables.nominative.test(word.toLowerCase())) return true;
  }
  if (!/^\p{Lu}/u.test(previous)) return false;
  if (/^\p{Lu}/u.test(word)) return false;
  return tables.ending !== null && word.length > 3 && tables.ending.test(word.toLowerCase()) && !stopwordSet(locale).has(word.toLowerCase());
}

/** True if `word` (joined by case) is an instrument's head noun (`titleHeads` stems): "конвенции". */
function isTitleHead(locale: Locale, word: string): boolean {
  const lower = word.toLowerCase();
  return nameTailTables(locale).titleHeads.some((stem) => lower.startsWith(stem));
}

/**
 * True if a title goes on past the small lower-case word ending at `after`: a capitalised word
 * follows, right after it or past one possessive ("their", "su") or, unless the small word is a
 * conjunction, one article ("from the") or reflexive clitic ("que se Deriven"), and that word starts no citation, body or clause subject
 * ("…that Parties", "…and the Conference of the Parties", "…from Article 4").
 */
function titleGoesOn(ctx: ParseContext, conjunction: boolean, after: number): boolean {
  const text = ctx.norm.text;
  const tables = nameTailTables(ctx.locale);
  let next = NEXT_WORD.exec(text.slice(after, after + 40));
  if (!next) return false;
  let at = after + next[0].length;
  if (/^\p{Ll}/u.test(next[1]!)) {
    const small = next[1]!.toLowerCase();
    // "…que se Deriven": a reflexive clitic before the title's verb, after a small word of the title.
    const clitic = !conjunction && tables.titleClitics.has(small);
    if (!tables.possessives.has(small) && !clitic && (conjunction || !articleWords(ctx.locale).has(small))) return false;
    next = NEXT_WORD.exec(text.slice(at, at + 40));
    if (!next) return false;
    at += next[0].length;
  }
  const capital = next[1]!;
  if (!/^\p{Lu}/u.test(capital)) return false;
  return !namesOtherThing(ctx, patterns(ctx.locale), capital, at - capital.length);
}

/**
 * True if a relative pronoun of a title in small letters (`titleRelatives`), ending at `after`,
 * goes on with the instrument's name that starts at `nameStart`: it follows a lower-case plural
 * noun of the title's complement (the name has a small linking word before it: "…relatif à des
 * substances qui appauvrissent la couche d'ozone"), and its plural verb, no stop word or
 * auxiliary, has an article and a word after it. "…de la Convention qui prévoit que", "…du règlement intérieur qui" and
 * "…qui est applicable" start a clause about the instrument.
 */
function relativeClauseOfTitle(ctx: ParseContext, p: MandatePatterns, previous: string, nameStart: number, after: number): boolean {
  if (!/^\p{Ll}/u.test(previous) || /['’]/.test(previous)) return false;
  const text = ctx.norm.text;
  const stopwords = stopwordSet(ctx.locale);
  const nameWords = text.slice(nameStart, after).split(/\s+/);
  if (!nameWords.slice(1, -2).some((w) => stopwords.has(foldForMatch(w)) || p.ofWord.test(` ${w} `))) return false;
  const window = text.slice(after, after + 60);
  const verb = LEADING_WORD.exec(window);
  if (!verb || !/^\p{Ll}/u.test(verb[1]!) || p.stopWord.test(verb[1]!) || stopwords.has(foldForMatch(verb[1]!))) return false;
  // The titles' relative clauses say what things of a kind do, plural noun and plural verb
  // ("substances qui appauvrissent", "pesticides dangereux qui font l'objet"); a clause about the
  // instrument has it as its singular subject ("…biologique qui énonce les principes").
  const m = ctx.locale.mandates;
  if (!(m.titleRelativeNounEndings ?? []).some((e) => previous.endsWith(e)) || !(m.titleRelativeVerbEndings ?? []).some((e) => verb[1]!.endsWith(e))) return false;
  const article = LEADING_WORD.exec(window.slice(verb[0].length));
  if (!article) return false;
  const articleWord = article[1]!.toLowerCase();
  // "la couche", "l'ozone": an article printed alone or elided on its word.
  return articleWords(ctx.locale).has(articleWord) || elidedArticleWords(ctx.locale).some((a) => articleWord.startsWith(a));
}

/**
 * A comma, then a word, a conjunction and a word: an enumeration of one kind (en: "Economic,
 * Social and Cultural"; the words captured).
 */
const ENUMERATION_AFTER_COMMA = new RegExp(`^[ \\t]+([${LETTER}][${LETTER}${MARK}'’-]*)[ \\t]+([${LETTER}]{1,3})[ \\t]+([${LETTER}][${LETTER}${MARK}'’-]*)`, 'u');

/**
 * True if the comma before `after`, printed after the name's word `previous`, lists coordinated
 * words of the title: one word, the conjunction and a last word follow, all of the kind of
 * `previous` ("International Covenant on Economic, Social and Cultural Rights", "Pacto
 * Internacional de Derechos Económicos, Sociales y Culturales": capitalised, and no citation,
 * body, subject or instrument; "Pacte international relatif aux droits économiques, sociaux et
 * culturels": in small letters, plural adjectives all). A clause after the name's comma ("…of the
 * Convention, the Committee", "…du Pacte, décide et prie") lists none.
 */
function enumeratedInTitle(ctx: ParseContext, p: MandatePatterns, previous: string, after: number): boolean {
  const listed = ENUMERATION_AFTER_COMMA.exec(ctx.norm.text.slice(after, after + 60));
  if (!listed || !ctx.locale.pairAnd.includes(listed[2]!.toLowerCase())) return false;
  const words = [previous, listed[1]!, listed[3]!];
  if (words.every((w) => /^\p{Lu}/u.test(w))) {
    const tables = nameTailTables(ctx.locale);
    return words.slice(1).every((w) => {
      const folded = foldForMatch(w);
      return !citationStarts(ctx.locale).has(folded) && !caseJoinedTables(ctx.locale).subjects.has(folded) && !BODY_HEADS.has(folded) && !tables.instrumentHeads.has(folded) && !p.stopWord.test(w);
    });
  }
  // In small letters: plural adjectives agreeing with one noun, each ending as plurals do (a
  // clause's verbs do not: "…du Pacte, décide et prie").
  return words.every((w) => /^\p{Ll}/u.test(w) && w.length > 4 && /[sx]$/u.test(w) && !stopwordSet(ctx.locale).has(foldForMatch(w)));
}

/** A word at the start of a text, spaces before it allowed (the word captured). */
const LEADING_WORD = new RegExp(`^\\s*([${LETTER}][${LETTER}${MARK}'’-]*)`, 'u');

/**
 * True if a conjunction ending at `after` joins a second complement to the instrument's name that
 * starts at `nameStart`: an "of" word, where the name has one already, an article or possessive
 * perhaps (or an article alone, where the name has one already: "…contra la Fabricación y el Tráfico…"),
 * then a word of a name that starts no other phrase ("…des droits de l'homme et des peuples",
 * "…de déchets dangereux et de leur élimination", "…de Derechos Humanos y de los Pueblos",
 * "…Trabajadores Migratorios y de sus Familiares"). A complement of the head noun alone has no
 * "of" word before it in the name ("…de la Convention et des Protocoles", "…du règlement
 * intérieur et des directives", "…del Convenio y de sus Protocolos") and ends the name as before,
 * as does a second instrument (`instrumentHeads`: "…Diversidad Biológica y el Protocolo de Cartagena");
 * a language that capitalises its names' words takes only a capitalised word.
 */
function coordinatesComplement(ctx: ParseContext, p: MandatePatterns, nameStart: number, after: number): boolean {
  const text = ctx.norm.text;
  const window = text.slice(after, after + 60);
  // Joined by case (no "of" word), a name's complements are read by their endings.
  if (ctx.locale.mandates.of.length === 0) return false;
  const tables = nameTailTables(ctx.locale);
  const nameWords = text.slice(nameStart, after).toLowerCase().split(/[^\p{L}\p{M}]+/u);
  const articles = articleWords(ctx.locale);
  let rest: string;
  const of = p.ofWord.exec(window);
  if (of) {
    if (!nameWords.some((w) => tables.ofFirstWords.has(w))) return false;
    rest = window.slice(of[0].length);
  } else {
    // "…contra la Fabricación y el Tráfico Ilícitos…", "…contre la fabrication et le trafic…": an
    // article, where the name has one already. A language with its own reading of a title's
    // second conjunct after "and the" (`secondNameHeads`, titleConjunctGoesOn) is left to it.
    if (tables.secondNameHeads.size > 0) return false;
    const article = LEADING_WORD.exec(window);
    if (!article || !articles.has(article[1]!) || !nameWords.some((w) => articles.has(w))) return false;
    rest = window.slice(article[0].length);
  }
  let next = LEADING_WORD.exec(rest);
  if (!next) return false;
  const small = next[1]!.toLowerCase();
  if (/^\p{Ll}/u.test(next[1]!) && (articleWords(ctx.locale).has(small) || nameTailTables(ctx.locale).possessives.has(small))) {
    rest = rest.slice(next[0].length);
    next = LEADING_WORD.exec(rest);
    if (!next) return false;
  }
  const named = next[1]!;
  const folded = foldForMatch(named);
  if (p.stopWord.test(named) || citationStarts(ctx.locale).has(folded) || caseJoinedTables(ctx.locale).subjects.has(folded)) return false;
  // "…sobre la Diversidad Biológica y el Protocolo de Cartagena": a second instrument, no part of the first's name.
  if (tables.instrumentHeads.has(folded)) return false;
  if (/^\p{Ll}/u.test(named)) return !tables.titleCase && !stopwordSet(ctx.locale).has(folded);
  return !startsOtherPhrase(ctx, p, named, after + (window.length - rest.length) + next[0].length - named.length);
}

/** A word after spaces and at most one line break (sticky): a conjunct's words, read one at a time. */
const CONJUNCT_WORD = /[ \t]*(?:\n[ \t]*)?(\p{L}[\p{L}\p{M}'’-]*)/uy;
/** The most words a title's second conjunct is read for before its link word ("Fair and Equitable Sharing"). */
const MAX_CONJUNCT_WORDS = 6;

/**
 * True if a title goes on past the conjunction ending at `after`, its article and a capitalised
 * phrase that is no other name: "…on Access to Genetic Resources and the Fair and Equitable
 * Sharing of Benefits Arising from their Utilization", "…the Return of Astronauts and the Return
 * of Objects Launched into Outer Space". The phrase (capitalised words, joined by the conjunction
 * at most) goes on with a title link ("of", "on") and a capitalised word, as the title's first
 * conjunct did, and holds no second name's head (locale `secondNameHeads`: "…and the Montreal
 * Protocol", "…and the Office of Legal Affairs"), body's head, citation or subject. After an
 * instrument's head itself ("…of the Convention and the Protocol") a second name follows.
 */
function titleConjunctGoesOn(ctx: ParseContext, p: MandatePatterns, previous: string, after: number): boolean {
  const tables = nameTailTables(ctx.locale);
  if (tables.secondNameHeads.size === 0 || tables.secondNameHeads.has(previous.toLowerCase())) return false;
  const text = ctx.norm.text;
  const wordAt = (at: number): { word: string; end: number } | null => {
    CONJUNCT_WORD.lastIndex = at;
    const match = CONJUNCT_WORD.exec(text);
    return match ? { word: match[1]!, end: at + match[0].length } : null;
  };
  /** A capitalised word that names something else: another name's head, a body, a citation, a subject. */
  const namesOther = (word: string, at: number): boolean => tables.secondNameHeads.has(word.toLowerCase()) || namesOtherThing(ctx, p, word, at);
  const article = wordAt(after);
  if (!article || !articleWords(ctx.locale).has(article.word)) return false;
  let at = article.end;
  let capitalised = 0;
  for (let count = 0; count < MAX_CONJUNCT_WORDS; count++) {
    const next = wordAt(at);
    if (!next) return false;
    const { word, end } = next;
    at = end;
    if (/^\p{Lu}/u.test(word)) {
      if (namesOther(word, end - word.length)) return false;
      capitalised++;
      continue;
    }
    // "Fair and Equitable": the conjunction between two of the phrase's words.
    if (capitalised > 0 && ctx.locale.pairAnd.includes(word)) continue;
    if (capitalised === 0 || !(ctx.locale.mandates.of.includes(word) || p.titleLinks.has(word))) return false;
    const linked = wordAt(at);
    return linked !== null && /^\p{Lu}/u.test(linked.word) && !namesOther(linked.word, linked.end - linked.word.length);
  }
  return false;
}

function endsInstrument(ctx: ParseContext, p: MandatePatterns, word: string, previous: string, earlier: string, text: string, after: number, nameStart: number): boolean {
  // "…de la Convention à Genève": a place, a capital with no article, is no part of the name;
  // past an article, a lower-case word ("…à l'examen"), a body or a citation ("…à la Conférence
  // des Parties") starts the clause's phrase, an instrument goes on ("Protocole additionnel à la
  // Convention").
  const tail = nameTailTables(ctx.locale);
  if (tail.placePrepositions.has(word.toLowerCase())) {
    const window = text.slice(after, after + 40);
    const next = NEXT_WORD.exec(window);
    if (next && /^\p{Lu}/u.test(next[1]!)) return true;
    const articled = tail.articleThenWord?.exec(window);
    if (articled) {
      const named = articled[1]!;
      // "…annexé à la résolution 5/1": where rules are printed is part of their name.
      if (!/^\p{Lu}/u.test(named)) return !citationStarts(ctx.locale).has(foldForMatch(named));
      const at = after + articled[0].length - named.length;
      if (startsOtherPhrase(ctx, p, named, at) || caseJoinedTables(ctx.locale).subjects.has(foldForMatch(named))) return true;
    }
  }
  if (p.stopWord.test(word)) {
    // "…d'importance internationale particulièrement comme habitats des oiseaux d'eau", "…especially
    // as Waterfowl Habitat": after an adverb the "as" word is the title's; a clause's "as" phrase
    // follows the name itself ("…du règlement intérieur comme premier point").
    if (isAsWord(ctx.locale, word) && isAdverb(ctx.locale, previous, earlier)) return false;
    // Joined by case, a title's preposition after a capitalised word goes on with it: "Конвенции
    // Организации Объединенных Наций по морскому праву"; after a small word it starts the clause's
    // phrase ("правил процедуры по просьбе Председателя").
    // So does one after an instrument's head noun: "Рамочной конвенции по защите морской среды".
    if (ctx.locale.mandates.of.length === 0 && (/^\p{Lu}/u.test(previous) || isTitleHead(ctx.locale, previous)) && p.titleLinks.has(word.toLowerCase())) return false;
    if (instrumentLinks(ctx.locale).has(foldForMatch(previous))) return false;
    if (tail.titleRelatives.has(word.toLowerCase()) && relativeClauseOfTitle(ctx, p, previous, nameStart, after)) return false;
    // "Convention de Vienne pour la protection de la couche d'ozone", "Convention pour la
    // prévention et la répression du crime de génocide": after a capitalised word of the name, a
    // preposition of names before a noun naming the instrument's task goes on with it.
    if (/^\p{Lu}/u.test(previous) && tail.bodyPrepositions.has(word.toLowerCase()) && taskComplementFollows(ctx, after)) return false;
    const window = text.slice(after, after + 40);
    const next = NEXT_WORD.exec(window);
    if (!next) return true;
    // A capitalised word after "and" continues a name ("Consejo Económico y Social") unless it
    // starts the next citation: "…of the Paris Agreement and Article 4, paragraph 2(f), of the
    // Convention" (UNFCCC agendas capitalise Article), "…Agreement and Decision 2/CMA.3", or, after
    // a conjunction, a body's name: "Article 10 of the Treaty and General Assembly resolution
    // 83/71" (where a preposition joins them, the body is part of the name: "…annexed to Council
    // resolution 5/1").
    if (/^\p{Lu}/u.test(next[1]!)) {
      if (!ctx.locale.pairAnd.includes(word.toLowerCase())) return citationStarts(ctx.locale).has(foldForMatch(next[1]!));
      return startsOtherPhrase(ctx, p, next[1]!, after + next[0].length - next[1]!.length);
    }
    // "…of the Treaty on the Non-Proliferation of Nuclear Weapons": after a title's capitalised
    // word, "on the" and a capital go on with the title; "to the Conference of the Parties" does not.
    if (p.titleLinkArticle && /^\p{Lu}/u.test(previous) && p.titleLinks.has(word.toLowerCase())) {
      const titled = p.titleLinkArticle.exec(window);
      if (titled) return startsOtherPhrase(ctx, p, titled[1]!, after + titled[0].length - titled[1]!.length);
    }
    // "…on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits …": past
    // "and the", a second conjunct of the title (the Nagoya Protocol's).
    if (/^\p{Lu}/u.test(previous) && ctx.locale.pairAnd.includes(word.toLowerCase()) && titleConjunctGoesOn(ctx, p, previous, after)) return false;
    // "…of Hazardous Wastes and their Disposal", "…Peligrosos y su Eliminación": past a possessive,
    // a capitalised word of the title.
    if (/^\p{Lu}/u.test(previous) && titleGoesOn(ctx, ctx.locale.pairAnd.includes(word.toLowerCase()), after)) return false;
    if (ctx.locale.pairAnd.includes(word.toLowerCase()) && coordinatesComplement(ctx, p, nameStart, after)) return false;
    return !(ctx.locale.pairAnd.includes(word.toLowerCase()) && coordinated(p, previous, next[1]!));
  }
  const capitalised = /^\p{Lu}/u.test(word);
  if (!capitalised) return false;
  if (ctx.locale.mandates.of.length > 0 && startsSubject(ctx, p, word, previous, earlier, after - word.length)) return true;
  if (!BODY_HEADS.has(foldForMatch(word))) return false;
  if (ctx.locale.mandates.of.length === 0) return true;
  return /^\p{Ll}/u.test(previous) && !stopwordSet(ctx.locale).has(foldForMatch(previous));
}
