// pdf.js, loaded lazily and configured safely, and its positioned text items turned into runs.
//
// Safety: no eval of font programs (`isEvalSupported: false`; CVE-2024-4367 was code execution
// through font data), no font faces or system fonts, no network (the bytes are given; no range
// requests, no worker fetches, no standard font data). CMaps, which CJK PDFs need to map their
// character codes, are read from pdfjs-dist's own folder on disk, never fetched.
// pdf.js's Unicode normalisation is off: our normaliser folds presentation forms and lam-alef
// ligatures in one place, with an offset map.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { importModule } from '../../dynamic-import.js';
import { AgendaParseError } from '../../errors.js';
import type { Run } from './types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Import pdf.js once per thread (a batch worker imports it on its first PDF and keeps it). It
 * prints warnings with console.log at import time (a missing optional canvas package, say);
 * stdout carries JSON only, so they are silenced while it loads.
 *
 * Its worker half (the parser; in Node it runs as a "fake worker" on this thread) is imported
 * here too, rather than by pdf.js on the first getDocument, so that both halves are in place
 * before the fix-up below. pdf.js finds it through `globalThis.pdfjsWorker`, which that module
 * sets.
 *
 * The legacy build bundles core-js, and on V8 before 12.2 (Node 20) core-js replaces
 * `Array.prototype.push` with a JavaScript polyfill for an edge case of arrays longer than 2^32
 * (and the error thrown on a frozen length). Every push in the thread then runs that polyfill:
 * pdf.js's lexer pushes each character of every hex string, and our own stages push too. It
 * measured about a tenth of a worker's time on the bench. Neither pdf.js nor we depend on the
 * edge case, so the engine's own push is put back once both halves have loaded (each half
 * carries its own copy of core-js, and each would install the polyfill again).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const log = console.log;
    const push = Array.prototype.push;
    console.log = () => undefined;
    try {
      const pdfjs = (await importModule('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
      // The worker half, imported for its side effect.
      await importModule('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      console.log = log;
      if (Array.prototype.push !== push) {
        Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      }
    }
  })();
  return pdfjsPromise;
}

let cMapDirectory: string | null = null;

function cMapUrl(): string {
  cMapDirectory ??= join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  return cMapDirectory;
}

export interface PageRuns {
  /** 1-based page number. */
  number: number;
  /** Page box: [x0, y0, x1, y1] in PDF units (y grows upwards). */
  view: [number, number, number, number];
  runs: Run[];
}

export interface LoadedPdf {
  pages: number;
  /** Reads one page's runs; pages are read one at a time so that memory stays flat. */
  page(number: number): Promise<PageRuns>;
  destroy(): Promise<void>;
}

interface TextItemLike {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
}

/** Open the document. pdf.js errors are mapped to our codes by `pdfError`. */
export async function openPdf(bytes: Uint8Array, path: string | null, password: string | undefined): Promise<LoadedPdf> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: give it a copy.
    data: new Uint8Array(bytes),
    ...(password !== undefined ? { password } : {}),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw pdfError(error, path);
  }
  return {
    pages: doc.numPages,
    async page(number: number): Promise<PageRuns> {
      try {
        const page = await doc.getPage(number);
        const content = await page.getTextContent({ disableNormalization: true });
        const view = page.view as [number, number, number, number];
        const runs: Run[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const run = toRun(item as TextItemLike, number);
          if (run) runs.push(run);
        }
        page.cleanup();
        return { number, view, runs };
      } catch (error) {
        const mapped = pdfError(error, path);
        throw new AgendaParseError(mapped.code, `${mapped.message} (page ${number})`, path);
      }
    },
    async destroy() {
      await doc.destroy().catch(() => undefined);
    },
  };
}

/** A horizontal text item as a run; rotated text (margin notes, vertical stamps) is left out. */
function toRun(item: TextItemLike, page: number): Run | null {
  const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
  if (item.str.length === 0 || item.str.trim().length === 0) return null;
  if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0 || d <= 0) return null;
  const size = item.height > 0 ? item.height : Math.hypot(a, b);
  if (!(size > 0)) return null;
  return {
    text: item.str,
    rtl: item.dir === 'rtl',
    x0: e,
    x1: e + Math.max(0, item.width),
    y: f,
    size,
    // pdf.js names a page's fonts in the order it meets them ("g_d0_f1", "g_d0_f2" …), afresh
    // on every page: the same name on two pages may be two fonts.
    font: `${page}:${item.fontName}`,
  };
}

export function pdfError(error: unknown, path: string | null): AgendaParseError {
  if (error instanceof AgendaParseError) return error;
  const name = (error as Error)?.name ?? '';
  const message = String((error as Error)?.message ?? error).split('\n')[0]!;
  if (name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the one given is wrong.
    const wrong = (error as { code?: number }).code === 2;
    return new AgendaParseError(
      'PDF_ENCRYPTED',
      wrong ? 'the PDF is encrypted and the password given is wrong' : 'the PDF is encrypted; give its password with --password',
      path,
    );
  }
  return new AgendaParseError('PDF_CORRUPT', `the PDF cannot be read: it is truncated or corrupt (${message})`, path);
}
