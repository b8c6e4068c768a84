// Builds a parse context over a text, as the pipeline does, for stage-level tests.
import { splitLines, type ParseContext } from '../src/context.js';
import { extractDatesInLanguages, isoDate } from '../src/extract/dates.js';
import { extractMandates } from '../src/extract/mandates.js';
import { en } from '../src/locales/en.js';
import { localeFor } from '../src/locales/index.js';
import { normalise } from '../src/normalise/normalise.js';
import type { Language } from '../src/schema.js';

export function contextFor(source: string, language: Language = 'ar'): ParseContext {
  const norm = normalise(source);
  return {
    source,
    norm,
    lines: splitLines(norm.text),
    language,
    locale: localeFor(language),
    options: {},
    diagnostics: [],
  };
}

/** The source text a normalised span points at. */
export function sliceOf(ctx: ParseContext, span: { start: number; end: number }): string {
  return ctx.norm.display.slice(span.start, span.end);
}

/** A text's mandates with their spans read back as text: what a test compares. */
export function mandatesOf(text: string, language: Language = 'ar') {
  const ctx = contextFor(text, language);
  return extractMandates(ctx).map((m) => ({
    kind: m.kind,
    reference: m.reference,
    symbol: m.symbol,
    issuer: m.issuer ? sliceOf(ctx, m.issuer) : null,
    instrument: m.instrument ? sliceOf(ctx, m.instrument) : null,
    title: m.title ? sliceOf(ctx, m.title) : null,
    occurrences: m.occurrences.map((o) => sliceOf(ctx, o)),
  }));
}

/** Each language's plain title, for tests that build a small agenda around a form. */
export const PROVISIONAL_AGENDA_TITLES: Record<Language, string> = {
  en: 'Provisional agenda',
  fr: 'Ordre du jour provisoire',
  es: 'Programa provisional',
  ru: 'Предварительная повестка дня',
  ar: 'جدول الأعمال المؤقت',
  zh: '临时议程',
};

/**
 * The dates of a text in its language (and English, as the pipeline reads them), as printed,
 * with ISO start and end ("????-M-D" where the year is unknown) and the weekday read.
 */
export function datesOf(language: Language, text: string) {
  const norm = normalise(text);
  const locale = localeFor(language);
  return extractDatesInLanguages(norm.text, locale === en ? [en] : [locale, en]).map((d) => ({
    text: norm.display.slice(d.span.start, d.span.end),
    start: isoDate(d.start) ?? `????-${d.start.month}-${d.start.day}`,
    end: d.end ? (isoDate(d.end) ?? `????-${d.end.month}-${d.end.day}`) : null,
    weekday: d.weekday,
  }));
}
