// Entries of an item's documentation list: "Report of the meeting … (CTOC/COP/WG.4/2009/2)".
// One output entry per symbol an entry names; the description is the entry without the
// bracketed symbol. An entry without a symbol is kept with `symbol: null`.
import type { NSpan, ParseContext } from '../context.js';
import type { DocumentEntryDraft } from './items.js';
import { findDocumentSymbols } from './symbols.js';
import { fieldText, trimFieldSpan } from './text-fields.js';

export interface ResolvedDocument {
  symbol: string | null;
  description: string | null;
  span: NSpan;
}

const OPENING = new Set(['(', '[', '（']);

/** The entry cut at semicolons outside brackets, when more than one part names a symbol. */
function splitAtSemicolons(ctx: ParseContext, span: NSpan): NSpan[] {
  const text = ctx.norm.text;
  const parts: NSpan[] = [];
  let depth = 0;
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i]!;
    if (OPENING.has(ch)) depth++;
    else if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || ch === '؛' || ch === '；')) {
      parts.push(trimFieldSpan(ctx, { start: from, end: i }, true));
      from = i + 1;
    }
  }
  if (parts.length === 0) return [span]; // no semicolon: one entry
  parts.push(trimFieldSpan(ctx, { start: from, end: span.end }, true));
  const named = parts.filter((p) => p.end > p.start && findDocumentSymbols(text.slice(p.start, p.end)).length > 0);
  return named.length > 1 ? named : [span];
}
const CLOSING = new Set([')', ']', '）']);

export function resolveDocumentEntry(ctx: ParseContext, entry: DocumentEntryDraft): ResolvedDocument[] {
  // "ECE/…/2010/3 and Corr.1; ECE/…/2010/3/Add.1": entries that share a line, each its own.
  const shared = splitAtSemicolons(ctx, entry.span);
  if (shared.length > 1) return shared.flatMap((span) => resolveDocumentEntry(ctx, { span }));
  const text = ctx.norm.text;
  const { start, end } = entry.span;
  const symbols = findDocumentSymbols(text.slice(start, end));
  if (symbols.length === 0) {
    return [{ symbol: null, description: fieldText(ctx, trimFieldSpan(ctx, entry.span, true)) || null, span: entry.span }];
  }
  // Cut out the symbols and the brackets around them.
  let cutStart = start + symbols[0]!.start;
  let cutEnd = start + symbols[symbols.length - 1]!.end;
  let open = cutStart - 1;
  while (open >= start && text[open] === ' ') open--;
  if (open >= start && OPENING.has(text[open]!)) {
    let close = cutEnd;
    while (close < end && !CLOSING.has(text[close]!) && close - cutEnd < 40) close++;
    if (close < end && CLOSING.has(text[close]!)) {
      cutStart = open;
      cutEnd = close + 1;
    }
  }
  const before = trimFieldSpan(ctx, { start, end: cutStart }, true);
  const after = trimFieldSpan(ctx, { start: cutEnd, end }, true);
  const parts = [before, after].filter((s) => s.end > s.start).map((s) => fieldText(ctx, s));
  const description = parts.join(' ').trim() || null;
  return symbols.map((s) => ({ symbol: s.symbol, description, span: entry.span }));
}
