// Segmentation by markers: each part ends where the next part's heading begins.
//   header (masthead, body, venue and date) | title | agenda list | annotations | annex
// Ranges are line indices, [from, to).
import { isBlank, type Line, type ParseContext } from '../context.js';
import { matchHeadingLine, matchHeadingText } from './headings.js';
import { matchItemMarker } from './markers.js';

export type DocumentKind = 'provisional-agenda' | 'annotated-provisional-agenda' | 'agenda' | 'other';

export interface LineRange {
  from: number;
  to: number;
}

export interface Segments {
  /** The title line, or null when no agenda title was found. */
  title: Line | null;
  kind: DocumentKind;
  /** Masthead and header lines: everything above the title (or above the list). */
  header: LineRange;
  list: LineRange | null;
  annotations: LineRange | null;
  annex: LineRange | null;
}

/** How far down a title is looked for: mastheads are short. */
const TITLE_SEARCH_LINES = 80;

export function segment(ctx: ParseContext): Segments {
  const { lines, locale } = ctx;
  const headings = locale.headings;

  let titleIndex = -1;
  let kind: DocumentKind = 'other';
  const titleForms: [readonly string[], DocumentKind][] = [
    [headings.annotatedTitle, 'annotated-provisional-agenda'],
    [headings.provisionalTitle, 'provisional-agenda'],
    [headings.agendaTitle, 'agenda'],
  ];
  const searchEnd = Math.min(lines.length, TITLE_SEARCH_LINES);
  outer: for (let i = 0; i < searchEnd; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    for (const [forms, formKind] of titleForms) {
      if (matchHeadingText(line.text, forms, { allowSuffix: true })) {
        matchHeadingLine(ctx, line, forms, 'Title', { allowSuffix: true });
        titleIndex = i;
        kind = formKind;
        break outer;
      }
    }
  }

  // Without an agenda title the text is not taken for an agenda: numbered paragraphs of a
  // letter or report would otherwise become invented items.
  if (titleIndex === -1) {
    return { title: null, kind: 'other', header: { from: 0, to: lines.length }, list: null, annotations: null, annex: null };
  }
  const listStart = titleIndex + 1;

  let annexIndex = -1;
  for (let i = listStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (matchHeadingText(line.text, headings.annex, { trailingNumeral: true })) {
      matchHeadingLine(ctx, line, headings.annex, 'Annex', { trailingNumeral: true });
      annexIndex = i;
      break;
    }
  }
  const bodyEnd = annexIndex === -1 ? lines.length : annexIndex;

  let annotationsIndex = -1;
  let annotationsHeading = false;
  for (let i = listStart; i < bodyEnd; i++) {
    const line = lines[i]!;
    if (!isBlank(line) && matchHeadingText(line.text, headings.annotations)) {
      matchHeadingLine(ctx, line, headings.annotations, 'Annotations');
      annotationsIndex = i;
      annotationsHeading = true;
      break;
    }
  }
  if (annotationsIndex === -1) {
    // No heading: the annotated part begins where the numbering starts again at 1.
    let last = 0;
    for (let i = listStart; i < bodyEnd; i++) {
      const number = matchItemMarker(lines[i]!, locale)?.number;
      if (number === undefined) continue;
      if (number === 1 && last >= 1) {
        annotationsIndex = i;
        break;
      }
      if (number > last) last = number;
    }
  }
  if (annotationsIndex !== -1 && kind !== 'annotated-provisional-agenda' && kind !== 'other') {
    kind = 'annotated-provisional-agenda';
  }

  const listEnd = annotationsIndex !== -1 ? annotationsIndex : bodyEnd;
  return {
    title: lines[titleIndex]!,
    kind,
    header: { from: 0, to: titleIndex },
    list: { from: listStart, to: listEnd },
    annotations:
      annotationsIndex === -1 ? null : { from: annotationsHeading ? annotationsIndex + 1 : annotationsIndex, to: bodyEnd },
    annex: annexIndex === -1 ? null : { from: annexIndex + 1, to: lines.length },
  };
}
