// PDF → text in logical order, as a clean text extraction would give it. Imported lazily by
// read.ts: text input never loads pdf.js.
//
// The stages (src/input/pdf/):
//   load.ts       pdf.js, configured safely → positioned text items (runs) per page
//   lines.ts      runs → lines by baseline → fragments split at wide gaps, spaces from gaps
//   bidi.ts       display order → logical order with the Unicode bidi algorithm
//   furniture.ts  running headers, job numbers, barcodes, page numbers removed
//   layout.ts     tables (tab-separated cells), lists, blocks and paragraphs
// Pages are separated by a line holding a form feed; `pageStarts` gives where each page's text
// begins, for the spans' `page`.
import { AgendaParseError } from '../errors.js';
import { removeFurniture, type PageLines } from './pdf/furniture.js';
import { fragmentCounts, fragmentText, layoutPage } from './pdf/layout.js';
import { buildLines } from './pdf/lines.js';
import { openPdf, pdfError } from './pdf/load.js';
import { Pitches } from './pdf/pitch.js';
import type { Direction } from './pdf/types.js';

export interface PdfText {
  text: string;
  pages: number;
  /** Offset in `text` where each page begins. */
  pageStarts: number[];
  /** The document's dominant writing direction. */
  direction: Direction;
}

export const PAGE_SEPARATOR = '\n\f\n';

export async function extractPdfText(
  bytes: Uint8Array,
  options: { path: string | null; password?: string | undefined },
): Promise<PdfText> {
  const path = options.path;
  const pdf = await openPdf(bytes, path, options.password);
  const pages: PageLines[] = [];
  try {
    for (let number = 1; number <= pdf.pages; number++) {
      const page = await pdf.page(number);
      pages.push({ number, view: page.view, lines: buildLines(page.runs) });
    }
  } catch (error) {
    throw pdfError(error, path);
  } finally {
    await pdf.destroy();
  }

  let ltr = 0;
  let rtl = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      for (const fragment of line.fragments) {
        const counts = fragmentCounts(fragment);
        ltr += counts.ltr;
        rtl += counts.rtl;
      }
    }
  }
  if (ltr + rtl === 0) {
    throw new AgendaParseError('PDF_NO_TEXT', 'no text layer: the PDF is scanned images; OCR it first', path);
  }
  const direction: Direction = rtl > ltr ? 'rtl' : 'ltr';
  for (const page of pages) {
    for (const line of page.lines) {
      // Read in the direction of its own letters, the document's when it has none (or a tie).
      for (const fragment of line.fragments) fragment.text = fragmentText(fragment, direction);
    }
  }
  removeFurniture(pages);

  const pitches = new Pitches(pages.map((p) => p.lines));
  const pageStarts: number[] = [];
  let text = '';
  for (const page of pages) {
    if (page.number > 1) text += PAGE_SEPARATOR;
    pageStarts.push(text.length);
    text += layoutPage(page.lines, { direction, pitches }, page.view[2] - page.view[0]);
  }
  return { text: text + '\n', pages: pdf.pages, pageStarts, direction };
}
