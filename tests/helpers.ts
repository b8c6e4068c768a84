// Builds a parse context over a text, as the pipeline does, for stage-level tests.
import { splitLines, type ParseContext } from '../src/context.js';
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
