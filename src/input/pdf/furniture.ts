// Page furniture: what UN documents print in the top and bottom margins of every page and what
// is not part of the text — the running header with the document's symbol (pages 2 and on),
// footers with the job number ("V.09-88123 (A)", "GE.10-12345", "09-12345 (E)", "N0923456"),
// its barcode ("*0988123*"), dates of processing ("101209 111209"), "Please recycle", and page
// numbers. Only lines in a margin band are looked at, from the page edge inwards, and only while
// each fragment of the line is furniture; the first page's masthead, symbol included, is kept.
import type { Line } from './types.js';

/** The margin bands: this share of the page height at the top and at the bottom. */
const BAND = 0.1;

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:page|p\.|pág\.?|página|стр\.?|страница)\s*\d{1,4}(?:\s*(?:of|de|sur|из)\s*\d{1,4})?$|^\d{1,4}\s*\/\s*\d{1,4}$|^[ivxlc]{1,7}$/i;
const JOB_NUMBER = /^(?:[A-Z]{1,3}\.?\s?)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?$|^N\d{7}$/;
const PROCESSING_DATE = /^\d{6}$/;
const BARCODE = /^\*\d{6,10}[A-Z]?\*$/;
const RECYCLE = /^please\s+recycle/i;
/** A UN document symbol standing alone: "CTOC/COP/WG.4/2010/1", "A/64/1/Add.1", "E/2010/15*". */
const SYMBOL = /^[A-Z][A-Za-z0-9.\-&]*(?:\/[A-Za-z0-9.\-&]+)+\*?$/;

export interface PageLines {
  number: number;
  view: [number, number, number, number];
  lines: Line[];
}

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** Pieces a furniture fragment is made of, stripped one by one from either end. */
function isFurniture(text: string, runningHeader: boolean): boolean {
  let rest = asciiDigits(text).replace(/[\u200e\u200f\u061c]/g, '').trim();
  if (rest.length === 0) return false;
  if (RECYCLE.test(rest)) return true;
  // Tokens: "V.09-88123 (A)" and "GE.10-12345" are kept whole by joining a bracketed letter.
  const tokens = rest.replace(/\s+(\([A-Z]\))/g, '$1').split(/\s+/);
  return tokens.every(
    (token) =>
      PAGE_NUMBER.test(token) ||
      JOB_NUMBER.test(token.replace(/\(([A-Z])\)$/, ' ($1)')) ||
      PROCESSING_DATE.test(token) ||
      BARCODE.test(token) ||
      (runningHeader && SYMBOL.test(token)),
  ) || (PAGE_NUMBER.test(rest) || JOB_NUMBER.test(rest));
}

/** Remove furniture in place. Fragments' logical `text` must be set. */
export function removeFurniture(pages: PageLines[]): void {
  // A fragment repeated in the same band on several later pages is a running header or footer.
  const repeated = new Map<string, number>();
  const key = (band: string, text: string) => `${band}\u0000${asciiDigits(text).replace(/\d+/g, '#')}`;
  for (const page of pages) {
    if (page.number === 1) continue;
    for (const { line, band } of bandLines(page)) {
      for (const fragment of line.fragments) {
        const k = key(band, fragment.text);
        repeated.set(k, (repeated.get(k) ?? 0) + 1);
      }
    }
  }
  const later = pages.filter((p) => p.number > 1).length;
  for (const page of pages) {
    const runningHeader = page.number > 1;
    const drop = new Set<Line>();
    for (const side of ['top', 'bottom'] as const) {
      const candidates = bandLines(page).filter((c) => c.band === side);
      if (side === 'bottom') candidates.reverse();
      for (const { line, band } of candidates) {
        const furniture = line.fragments.filter(
          (f) =>
            isFurniture(f.text, runningHeader) ||
            (runningHeader && later >= 3 && (repeated.get(key(band, f.text)) ?? 0) >= Math.max(3, later / 2)),
        );
        if (furniture.length === line.fragments.length) {
          drop.add(line);
          continue;
        }
        if (furniture.length > 0) line.fragments = line.fragments.filter((f) => !furniture.includes(f));
        break;
      }
    }
    page.lines = page.lines.filter((line) => !drop.has(line));
  }
}

/** Lines in the top band (from the top down) and the bottom band (from the top down). */
function bandLines(page: PageLines): { line: Line; band: 'top' | 'bottom' }[] {
  const [, y0, , y1] = page.view;
  const height = y1 - y0;
  const out: { line: Line; band: 'top' | 'bottom' }[] = [];
  for (const line of page.lines) {
    if (line.y >= y1 - BAND * height) out.push({ line, band: 'top' });
    else if (line.y <= y0 + BAND * height) out.push({ line, band: 'bottom' });
  }
  return out;
}
