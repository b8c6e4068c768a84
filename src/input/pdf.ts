// PDF → text, through pdf-parse (pdf.js). Imported lazily by read.ts: text input never loads it.
// pdf.js is configured safely: no eval of font programs (CVE-2024-4367), no network, no fonts
// fetched, and its own Unicode normalisation off, so that our normaliser folds everything.
import { AgendaParseError } from '../errors.js';

export interface PdfText {
  text: string;
  pages: number;
  /** Offset in `text` where each page begins. */
  pageStarts: number[];
}

export async function extractPdfText(
  bytes: Uint8Array,
  options: { path: string | null; password?: string | undefined },
): Promise<PdfText> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...(options.password !== undefined ? { password: options.password } : {}),
  });
  try {
    const result = await parser.getText({ disableNormalization: true, pageJoiner: '' });
    const pageStarts: number[] = [];
    let text = '';
    for (const page of result.pages) {
      pageStarts.push(text.length);
      text += page.text.replace(/\s+$/, '') + '\n\f';
    }
    if (text.replace(/\s+/g, '').length === 0) {
      throw new AgendaParseError('PDF_NO_TEXT', 'no text layer: the PDF is scanned images; OCR it first', options.path);
    }
    return { text, pages: result.total, pageStarts };
  } catch (error) {
    throw pdfError(error, options.path);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function pdfError(error: unknown, path: string | null): AgendaParseError {
  if (error instanceof AgendaParseError) return error;
  const name = (error as Error)?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new AgendaParseError('PDF_ENCRYPTED', 'the PDF is encrypted; give its password with --password', path);
  }
  return new AgendaParseError('PDF_CORRUPT', `the PDF cannot be read (${message.split('\n')[0]})`, path);
}
