// Text fields (titles, annotations, descriptions): the document's own words, cleaned as SPEC
// "Text fields" says. Spans are trimmed first, so that a field's span shows exactly its words.
import type { NSpan, ParseContext } from '../context.js';

const LEADING_DEBRIS = new Set([' ', '\t', '\n', '-', '–', '—', '•', '*', '#', '>', '_']);
const TRAILING_DEBRIS = new Set([' ', '\t', '\n', '*', '_']);
const TRAILING_LIST_PUNCTUATION = new Set([':', ';', '؛', '.', ',', '،']);

/** Move a span's edges inward past bullets, markdown debris and, for list lines, final `:;؛.`. */
export function trimFieldSpan(ctx: ParseContext, span: NSpan, listLine: boolean): NSpan {
  const text = ctx.norm.text;
  let { start, end } = span;
  while (start < end && LEADING_DEBRIS.has(text[start]!)) start++;
  for (;;) {
    const before = end;
    while (end > start && TRAILING_DEBRIS.has(text[end - 1]!)) end--;
    if (listLine) while (end > start && TRAILING_LIST_PUNCTUATION.has(text[end - 1]!)) end--;
    if (end === before) break;
  }
  return { start, end };
}

/** The field's text: digits as printed (or ASCII), markdown bold removed, spaces collapsed. */
export function fieldText(ctx: ParseContext, span: NSpan): string {
  const source = ctx.options.digits === 'ascii' ? ctx.norm.text : ctx.norm.display;
  return source
    .slice(span.start, span.end)
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Paragraphs of an annotation: each trimmed of bullets and collapsed, joined with "\n". */
export function paragraphsText(ctx: ParseContext, paragraphs: readonly NSpan[]): string {
  return paragraphs
    .map((p) => fieldText(ctx, trimFieldSpan(ctx, p, false)))
    .filter((p) => p.length > 0)
    .join('\n');
}
