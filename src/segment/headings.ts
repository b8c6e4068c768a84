// Heading recognition: a line is a heading when, folded, it equals a known form, or differs
// from one by a letter or two (the seed's "الشروع" for "الشروح"). A fuzzy match is reported.
import { diagnose, trimmedSpan, type Line, type ParseContext } from '../context.js';
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
}

/** Words a title may carry after its known form before it reads as a sentence instead. */
const MAX_TITLE_SUFFIX = 40;

/** Fold heading variants once per table. */
const foldedVariants = new WeakMap<readonly string[], string[]>();

function folded(variants: readonly string[]): string[] {
  let list = foldedVariants.get(variants);
  if (!list) {
    list = variants.map(foldForMatch);
    foldedVariants.set(variants, list);
  }
  return list;
}

/** Match folded line text against heading variants; exact matches win over fuzzy ones. */
export function matchHeadingText(
  text: string,
  variants: readonly string[],
  options: HeadingOptions = {},
): HeadingMatch | null {
  let line = foldForMatch(text);
  if (line.length === 0 || line.length > 120) return null;
  if (options.trailingNumeral) line = line.replace(/ (?:[ivx]+|\d+)$/, '');
  const forms = folded(variants);
  for (let i = 0; i < forms.length; i++) if (forms[i] === line) return { variant: variants[i]!, fuzzy: false };
  if (options.allowSuffix) {
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i]!;
      if (line.startsWith(form + ' ') && line.length <= form.length + MAX_TITLE_SUFFIX) {
        return { variant: variants[i]!, fuzzy: false };
      }
    }
  }
  let best: HeadingMatch | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const limit = fuzzLimit(form.length);
    if (limit === 0) continue;
    const distance = boundedEditDistance(line, form, limit);
    if (distance <= limit && distance < bestDistance) {
      best = { variant: variants[i]!, fuzzy: true };
      bestDistance = distance;
    }
  }
  return best;
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
