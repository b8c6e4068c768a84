// Builds a parse context over a text, as the pipeline does, for stage-level tests.
import { splitLines, type ParseContext } from '../src/context.js';
import { extractMandates } from '../src/extract/mandates.js';
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
