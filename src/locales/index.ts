// The language tables by code. A language without a table is read with the English one.
import type { Language } from '../schema.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';
import type { BodyName, ClockWords, DateWords, HeadingWords, Locale, MandateWords, TimeWords } from './types.js';

/** The tables as written; the parser reads them through `localeFor`. */
export const LOCALES: Partial<Record<Language, Locale>> = { ar, en, es, fr, ru, zh };

/**
 * The tables are written for their readers: optional fields left out, keys in the order that
 * reads best. V8 gives objects of different shapes different hidden classes, so a function
 * optimised while reading one language's table was thrown away when the next language's came,
 * and compiled again: in a batch of mixed languages, some forty of the ~100 deoptimisations
 * per worker. The extractors read these copies instead, one shape for every language: every
 * field present (an absent one `undefined`) and in one order, the nested tables alike.
 */
type Uniform<T> = { [K in keyof Required<T>]: T[K] | undefined };

type FirstLast = NonNullable<HeadingWords['segment']>;

/** A heading's `first` and `last` words (segment, documentLine), both present. */
function uniformFirstLast(words: FirstLast | undefined): FirstLast | undefined {
  return words && ({ first: words.first, last: words.last } satisfies Uniform<FirstLast>);
}

function uniformHeadings(h: HeadingWords): HeadingWords {
  const out: Uniform<HeadingWords> = {
    annotatedTitle: h.annotatedTitle,
    provisionalTitle: h.provisionalTitle,
    agendaTitle: h.agendaTitle,
    annotations: h.annotations,
    documentation: h.documentation,
    annex: h.annex,
    organizationOfWork: h.organizationOfWork,
    itemAnnotation: h.itemAnnotation,
    wholeItem: h.wholeItem,
    segment: uniformFirstLast(h.segment),
    documentLine: uniformFirstLast(h.documentLine),
  };
  return out as HeadingWords;
}

function uniformMandates(m: MandateWords): MandateWords {
  const out: Uniform<MandateWords> = {
    decision: m.decision,
    resolution: m.resolution,
    article: m.article,
    paragraph: m.paragraph,
    subparagraph: m.subparagraph,
    rule: m.rule,
    sameAs: m.sameAs,
    citationParts: m.citationParts,
    of: m.of,
    articles: m.articles,
    instrumentStops: m.instrumentStops,
    instrumentLinks: m.instrumentLinks,
    adverbEndings: m.adverbEndings,
    asWords: m.asWords,
    numberAbbreviations: m.numberAbbreviations,
    titleLinks: m.titleLinks,
    nameInnerWords: m.nameInnerWords,
    titleClitics: m.titleClitics,
    secondNameHeads: m.secondNameHeads,
    nameAdjectiveEndings: m.nameAdjectiveEndings,
    nameAdjectiveOrVerbEndings: m.nameAdjectiveOrVerbEndings,
    bodyNamePrepositions: m.bodyNamePrepositions,
    titleRelatives: m.titleRelatives,
    titleRelativeNounEndings: m.titleRelativeNounEndings,
    titleRelativeVerbEndings: m.titleRelativeVerbEndings,
    bodyTaskNounEndings: m.bodyTaskNounEndings,
    instrumentHeads: m.instrumentHeads,
    titleHeads: m.titleHeads,
    titleLinkEndings: m.titleLinkEndings,
    titleLinkClauseNouns: m.titleLinkClauseNouns,
    titleLinkGenitiveEndings: m.titleLinkGenitiveEndings,
    titleLinkBareGenitives: m.titleLinkBareGenitives,
    pastTenseEndings: m.pastTenseEndings,
    placePrepositions: m.placePrepositions,
    clauseStarts: m.clauseStarts,
    adoptedBy: m.adoptedBy,
    citedBy: m.citedBy,
    numberBefore: m.numberBefore,
    numberAfter: m.numberAfter,
    clauseStops: m.clauseStops,
    clauseWordEndings: m.clauseWordEndings,
    clauseVerbEndings: m.clauseVerbEndings,
    otherCaseEndings: m.otherCaseEndings,
    agreeingAdjectiveEndings: m.agreeingAdjectiveEndings,
    namePrepositions: m.namePrepositions,
    nameCompoundPrepositions: m.nameCompoundPrepositions,
    instrumentEndings: m.instrumentEndings,
    rangeTo: m.rangeTo,
    sessionLetter: m.sessionLetter,
    possessiveSuffixes: m.possessiveSuffixes,
    numerals: m.numerals,
    partLetterNames: m.partLetterNames,
    clauseSubjects: m.clauseSubjects,
    nominativeEndings: m.nominativeEndings,
    entitled: m.entitled,
    possessives: m.possessives,
    shortNames: m.shortNames,
    sessionPrefixes: m.sessionPrefixes,
    treatyBodyInitials: m.treatyBodyInitials,
  };
  return out as MandateWords;
}

function uniformDates(d: DateWords | undefined): DateWords | undefined {
  if (!d) return undefined;
  const out: Uniform<DateWords> = {
    order: d.order,
    joiners: d.joiners,
    ordinalSuffixes: d.ordinalSuffixes,
    yearSuffixes: d.yearSuffixes,
    ymdMarkers: d.ymdMarkers,
    eachYear: d.eachYear,
  };
  return out as DateWords;
}

function uniformClock(c: ClockWords | undefined): ClockWords | undefined {
  if (!c) return undefined;
  const out: Uniform<ClockWords> = {
    hourSuffixes: c.hourSuffixes,
    minuteSuffixes: c.minuteSuffixes,
    morningBefore: c.morningBefore,
    afternoonBefore: c.afternoonBefore,
    rangeTo: c.rangeTo,
    rangeFrom: c.rangeFrom,
    exceptBefore: c.exceptBefore,
    exceptAfter: c.exceptAfter,
    namedHours: c.namedHours,
    rangeToNamed: c.rangeToNamed,
    halfDayMorning: c.halfDayMorning,
    halfDayAfternoon: c.halfDayAfternoon,
    slashMinutesFirst: c.slashMinutesFirst,
  };
  return out as ClockWords;
}

function uniformLocale(t: Locale): Locale {
  const out: Uniform<Locale> = {
    code: t.code,
    spaceless: t.spaceless,
    arabicMorphology: t.arabicMorphology,
    months: t.months,
    weekdays: t.weekdays,
    dayPrefix: t.dayPrefix,
    rangeFrom: t.rangeFrom,
    rangeTo: t.rangeTo,
    pairPrefix: t.pairPrefix,
    pairAnd: t.pairAnd,
    headings: uniformHeadings(t.headings),
    abbreviations: t.abbreviations,
    continued: t.continued,
    listOrdinals: t.listOrdinals,
    subItemLetters: t.subItemLetters,
    subItemNumerals: t.subItemNumerals,
    itemWord: t.itemWord,
    itemOfAgenda: t.itemOfAgenda,
    itemReferenceBefore: t.itemReferenceBefore,
    titleWords: t.titleWords && ({
      prefixNeeds: t.titleWords.prefixNeeds,
      notFollowedBy: t.titleWords.notFollowedBy,
    } satisfies Uniform<NonNullable<Locale['titleWords']>>),
    mandates: uniformMandates(t.mandates),
    bodies: t.bodies.map((body) => ({ name: body.name, resolutionSeries: body.resolutionSeries }) satisfies Uniform<BodyName>),
    organisationAfterHead: t.organisationAfterHead,
    sessionWord: t.sessionWord,
    sessionKinds: t.sessionKinds,
    sessionAdjectives: t.sessionAdjectives,
    councilMasthead: t.councilMasthead && ({
      year: t.councilMasthead.year,
      meeting: t.councilMasthead.meeting,
      meetingNumberBefore: t.councilMasthead.meetingNumberBefore,
    } satisfies Uniform<NonNullable<Locale['councilMasthead']>>),
    ordinals: t.ordinals,
    time: {
      hours: t.time.hours,
      hourWord: t.time.hourWord,
      morning: t.time.morning,
      afternoon: t.time.afternoon,
      halfPast: t.time.halfPast,
      quarterPast: t.time.quarterPast,
      namedHourBefore: t.time.namedHourBefore,
    } satisfies Uniform<TimeWords>,
    dates: uniformDates(t.dates),
    clock: uniformClock(t.clock),
    ordinalTens: t.ordinalTens,
    ordinalHundreds: t.ordinalHundreds,
    ordinalHundredsAfter: t.ordinalHundredsAfter,
    languageNames: t.languageNames,
    stopwords: t.stopwords,
  };
  return out as Locale;
}

// Made when a language is first read: Chinese builds its ordinals past a hundred on first
// reading (src/locales/zh.ts), and most runs never meet a Chinese document.
const uniformTables = new Map<Language, Locale>();

export function localeFor(language: Language | null): Locale {
  const code = language && LOCALES[language] ? language : 'en';
  let locale = uniformTables.get(code);
  if (!locale) {
    locale = uniformLocale(LOCALES[code] as Locale);
    uniformTables.set(code, locale);
  }
  return locale;
}

export type { Locale } from './types.js';
