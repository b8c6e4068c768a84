// Page furniture: what a printed page repeats and the text around it does not contain. Job
// numbers and print dates ("10-68421 (E)    140111", "V.09-88123 (A)", "GE.10-12345"),
// barcodes ("*1068421*"), page numbers, and the running header with the document's own symbol.
// Such lines are blanked (offsets kept) so that no title or annotation runs through them.
import type { Line } from '../context.js';

const FURNITURE_TOKEN = [
  /^(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}$/, // job number: 10-68421, V.09-88123, GE.10-12345
  /^\([A-Z]\)$/, // language of the job number: (E), (A)
  /^\d{6}$/, // print date: 140111
  /^\*\d{6,8}\*$/, // barcode
  /^[A-Z]\d{7}$/, // N0923456
  /^\d{1,3}$/, // page number
  /^[-–]$/, // "- 2 -"
];

function isFurnitureToken(token: string): boolean {
  return FURNITURE_TOKEN.some((pattern) => pattern.test(token));
}

/** A line made only of job numbers, print dates, barcodes and page numbers. */
export function isFurnitureLine(text: string): boolean {
  // Furniture is short and has digits: most lines are ruled out without splitting them.
  if (text.length > 80 || !/\d/.test(text)) return false;
  const tokens = text.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return false;
  if (tokens.length === 1 && /^\d{1,3}$/.test(tokens[0]!)) {
    // A page number stands alone; a number in a table cell ("\t7\t") is an agenda item.
    return !text.includes('\t');
  }
  // Numbers alone ("2 3") are no furniture: something must be a job number, date or barcode.
  return tokens.every(isFurnitureToken) && tokens.some((t) => !/^\d{1,3}$/.test(t));
}

/** A running header: the document's own symbol alone on its line, perhaps with a page number. */
function isRunningHeader(text: string, ownSymbol: string | null): boolean {
  // The symbol and a page number at most: longer lines are ruled out without splitting them.
  if (!ownSymbol || text.length > ownSymbol.length + 24) return false;
  const tokens = text.trim().split(/\s+/).filter((t) => !isFurnitureToken(t));
  return tokens.length === 1 && tokens[0]!.toUpperCase() === ownSymbol.toUpperCase();
}

/** The lines with furniture blanked, from line `from` on (the masthead above it is kept). */
export function blankFurniture(lines: readonly Line[], from: number, ownSymbol: string | null): Line[] {
  return lines.map((line, i) =>
    i >= from && line.text.length > 0 && (isFurnitureLine(line.text) || isRunningHeader(line.text, ownSymbol))
      ? { ...line, text: '' }
      : line,
  );
}
