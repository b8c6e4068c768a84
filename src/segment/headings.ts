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

/** Match folded line text against heading variants; exact matches win over fuzzy ones. */
export function matchHeadingText(
  text: string,
  variants: readonly string[],
  options: HeadingOptions = {},
): HeadingMatch | null {
  const { forms, longest } = folded(variants);
  // Most lines are paragraphs, too long to be a heading: they need no folding. Harakat and
  // markdown debris can at most double a heading's raw length.
  const maxLineLength = 2 * (longest + (options.allowSuffix ? MAX_TITLE_SUFFIX : 0)) + 16;
  if (text.length > maxLineLength) return null;
  let line = foldForMatch(text);
  if (line.length === 0) return null;
  if (options.trailingNumeral) line = line.replace(/ (?:[ivx]+|\d+)$/, '');
  // A section number before the heading: "II. Annotations", "A. Documentation".
  line = line.replace(/^(?:[ivx]{1,4}|[a-z]|\d{1,2}) (?=\S)/, (enumerator) => (forms.includes(line) ? enumerator : ''));
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
