// Hostile shapes of agenda, each built at a size `n` (lines, items, rows): what a stage that
// re-reads a growing block per line, per item or per row would take the square of the size on.
// Used by fuzz-linear.test.ts; bench/run.mjs builds the same shapes for its linear-time report.

const MASTHEAD = 'United Nations\tE/CN.21/2011/1\n\nEconomic and Social Council\tDistr.: General\n9 December 2010\n\nOriginal: English\n\nCommission on Water Resources Cooperation\nThird session\nNew York, 28 February-4 March 2011\n\n';

/** A line of annotation prose, numbered so that no two lines are the same. */
function proseLine(i: number): string {
  return `The Commission will consider the report of the Secretary-General on item ${i} and may wish to take note of it`;
}

function linesOf(n: number, line: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => line(i)).join('\n');
}

/** The letter of sub-item i: a to z, again from a after z. */
function letter(i: number): string {
  return String.fromCharCode(0x61 + (i % 26));
}

/**
 * One item with n lettered sub-items in the list, and each again under its heading in the
 * annotations with what `annotation` puts under it; the annotated sub-items joined by
 * `separator` (a page break for PDF-shaped input).
 */
function annotatedSubItems(n: number, annotation: (i: number) => string, separator = '\n\n'): string {
  return (
    `${MASTHEAD}Provisional agenda\n\n1. Questions:\n\n` +
    Array.from({ length: n }, (_, i) => `(${letter(i)}) Consideration of sub-question ${i + 1};`).join('\n\n') +
    '\n\n2. Other matters.\n\nAnnotations\n\n1. Questions\n\n' +
    Array.from({ length: n }, (_, i) => `(${letter(i)}) Consideration of sub-question ${i + 1}\n\n${annotation(i)}`).join(separator) +
    '\n'
  );
}

/** Where each page starts in a text whose pages are separated as the PDF reader separates them. */
export function pageStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\f\n'); at >= 0; at = text.indexOf('\n\f\n', at + 3)) starts.push(at + 3);
  return starts;
}

export const HOSTILE_SHAPES: Record<string, { description: string; build: (n: number) => string; pdf?: boolean }> = {
  'long-block': {
    description: 'an item title followed by n lines without a blank line, in the list and again under its heading in the annotations',
    build: (n) => {
      const block = linesOf(n, proseLine);
      return `${MASTHEAD}Provisional agenda\n\n1. Election of officers\n${block}\n\n2. Adoption of the agenda.\n\nAnnotations\n\n1. Election of officers\n${block}\n\n2. Adoption of the agenda\n\nThe agenda will be adopted.\n`;
    },
  },
  'many-items': {
    description: 'n numbered items, each annotated under its heading',
    build: (n) =>
      `${MASTHEAD}Provisional agenda\n\n` +
      Array.from({ length: n }, (_, i) => `${i + 1}. Consideration of question number ${i + 1}.`).join('\n\n') +
      '\n\nAnnotations\n\n' +
      Array.from({ length: n }, (_, i) => `${i + 1}. Consideration of question number ${i + 1}\n\nThe Commission will consider question ${i + 1}.`).join('\n\n') +
      '\n',
  },
  'many-sub-items': {
    description: 'one item with n lettered sub-items, each annotated under its heading',
    build: (n) => annotatedSubItems(n, (i) => `Text ${i}.`),
  },
  'many-symbols': {
    description: 'one item with n lettered sub-items, each annotated with a sentence citing a symbol and a documentation list of it',
    build: (n) =>
      annotatedSubItems(
        n,
        (i) =>
          `The Commission will consider document E/CN.21/2011/${i + 2}.\n\nDocumentation\n\nReport of the Secretary-General (E/CN.21/2011/${i + 2})`,
      ),
  },
  'run-together-documentation': {
    description: 'a text that lost its line breaks, its documentation list n entries each ending with a closing bracket and no opening one near',
    build: (n) =>
      'United Nations E/CN.21/2011/1 Economic and Social Council Distr.: General 1 March 2011 Original: English Provisional agenda 1. Opening of the session. 2. Other matters. Annotations 1. Opening of the session The session will be opened. Documentation ' +
      'Note by the Secretariat) '.repeat(n) +
      '2. Other matters The Commission will consider other matters.',
  },
  'long-footnote': {
    description: 'a footnote of one line citing n symbols',
    build: (n) =>
      `${MASTHEAD}Provisional agenda\n\n1. Opening.\n\nAnnotations\n\n1. Opening\n\nThe Commission will consider the reports.1\n\n__________\n\n1 See the reports of the Secretary-General in documents ` +
      Array.from({ length: n }, (_, i) => `E/CN.21/2011/${i + 2}`).join(', ') +
      '.\n',
  },
  timetable: {
    description: 'an annexed organization of work with n dated days of rows, each row one cell as plain text extraction prints it',
    build: (n) =>
      `${MASTHEAD}Provisional agenda\n\n1. Opening.\n\nAnnotations\n\n1. Opening\n\nText.\n\nAnnex\n\nProposed organization of work\n\n` +
      linesOf(n, (i) => `Monday, ${1 + (i % 28)} March 2011\n10 a.m.-1 p.m. 1 Opening of the session\n3-6 p.m. 2 Adoption of the agenda`) +
      '\n',
  },
  'many-mandates': {
    description: 'one item with n lettered sub-items, each annotated with a sentence citing the same resolution',
    build: (n) => annotatedSubItems(n, () => 'The Commission will consider the question in accordance with General Assembly resolution 65/1.'),
  },
  'many-pages': {
    description: 'PDF input (page starts given) of n pages, each the annotation of one lettered sub-item citing a symbol and a date',
    pdf: true,
    build: (n) =>
      annotatedSubItems(n, (i) => `The Commission will consider document E/CN.21/2011/${i + 2}, issued on 9 December 2010.`, '\n\f\n'),
  },
  mastheads: {
    description: 'n masthead-looking blocks (symbol, body, date of issue), then a list',
    build: (n) =>
      linesOf(n, (i) => `United Nations\tE/CN.21/2011/${i + 1}\nEconomic and Social Council\tDistr.: General\n9 December 2010\nOriginal: English`) +
      '\n\nProvisional agenda\n\n1. Opening.\n',
  },
};
