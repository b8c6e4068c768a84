// The shapes the PDF stages pass on. Coordinates are PDF units, y growing upwards; `y` is a
// baseline. Text called `visual` is in left-to-right display order; `text` is logical order.

/** One pdf.js text item: a glyph run in one font, as pdf.js read it. */
export interface Run {
  /** Logical order, as pdf.js gives it (it reorders right-to-left runs itself). */
  text: string;
  /** pdf.js's direction for the run: its text was reordered from visual order if true. */
  rtl: boolean;
  x0: number;
  x1: number;
  y: number;
  /** Font size (em) in PDF units. */
  size: number;
  /** The font, named by page and pdf.js's name for it on that page ("2:g_d0_f1"). */
  font: string;
}

/** Runs on one baseline with no wide gap between them, in display order. */
export interface Fragment {
  /** Left to right as displayed; spaces inserted where the runs stand apart. */
  visual: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** The font that prints most of the fragment's characters (of its CJK characters, where it
   * has any). */
  font: string;
  /** The font of each run, left to right, and whether it has right-to-left or left-to-right
   * letters or CJK characters: where a line ends and the next begins, a change from bold to
   * regular shows. */
  runFonts: { font: string; rtl: boolean; ltr: boolean; cjk: boolean }[];
  /** Filled in by the bidi stage: logical order. */
  text: string;
  /** The fragment cut at moderate gaps (empty when there is none): candidates for table cells. */
  pieces: Fragment[];
  /** Set when a leading label ("1.", "(a)", "١-") was joined to the text after a wide gap. */
  labelled: boolean;
  /** The bidi stage's memo (layout.ts), filled in as the fragment is read; it holds because
   * `visual` never changes once the fragment is built. */
  readings?: Readings;
}

/** What the bidi stage has learnt of a fragment: the strong letters of its `visual`, and its
 * logical text read in a paragraph of either direction (with no bracket left open before it). */
export interface Readings {
  ltr: number;
  rtl: number;
  asLtr?: string;
  asRtl?: string;
}

/** Fragments that share a baseline, left to right. */
export interface Line {
  fragments: Fragment[];
  y: number;
  size: number;
  x0: number;
  x1: number;
}

export type Direction = 'ltr' | 'rtl';
