// A page's lines → its text: tables with tab-separated cells, paragraphs on one line each.
//
// 1. Lines of several fragments, with the lines around them whose fragments keep to the same
//    columns, form a region. A region whose first columns hold only labels ("١-", "(أ)", "1.")
//    is a list: each line's label and text are joined again with a space. Any other region is a
//    table: rows are told apart by spacing larger than the line pitch; each row is printed as
//    its cells in reading order (right to left in a right-to-left document) separated by tabs,
//    a cell's wrapped lines joined.
// 2. The remaining lines are chained into blocks: a line joins the block whose last line stands
//    just above it and overlaps it (so a masthead's two side-by-side blocks stay apart).
// 3. In a block, consecutive lines are one paragraph unless spacing, a change of font, a list
//    label or a short line (the next line's first word would have fitted on it) says otherwise.
//    Paragraphs are separated by a blank line, short lines by a line break; a word hyphenated
//    at the end of a line is joined, and so are lines that end or begin with a CJK character
//    (Chinese and Japanese put no space between words).
import { bracketDepth, strongCounts, toLogical } from './bidi.js';
import { endsCjk, startsCjk } from './cjk.js';
import type { Pitches } from './pitch.js';
import type { Direction, Fragment, Line, Readings } from './types.js';

export interface LayoutContext {
  /** The document's dominant direction: for fragments without letters of their own. */
  direction: Direction;
  pitches: Pitches;
}

/** An item or sub-item label at the start of a line: "3.", "3.1.2.", "(a)", "（a）", "a)", "- ٣", "١-". */
const LIST_LABEL = /^(?:[-–•]\s*)?(?:\d{1,3}(?:\.\d{1,2}){0,3}[.)\-–]|[(（][\p{L}\d]{1,4}[)）]|\p{Ll}\)|[\d٠-٩]{1,3}\s*[-–]\s)/u;
/** The end of a sentence or of a heading's lead-in. */
const FINAL_STOP = /[.。:：;；!?؟]$/u;
/** A line narrower than this share of its block is short. */
const SHORT_LINE = 0.5;

/** Spacing above this many pitches starts a new paragraph or table row. */
const PARAGRAPH_SPACING = 1.2;
/** A line within this many pitches of the one above can continue a table cell. */
const CELL_WRAP = 1.3;
/** A line within this many pitches of the one above can join its block. */
const BLOCK_GAP = 1.6;

// A fragment is read several times (its letters counted for the document's direction, its text
// set, read again as a table cell, a label, a line of a block): its letters are counted once and
// its text reordered once per direction. The memo is kept on the fragment itself: in a WeakMap,
// as it was, its inserts were the hottest line of the stage.
function readingsOf(fragment: Fragment): Readings {
  let known = fragment.readings;
  if (!known) {
    const { ltr, rtl } = strongCounts(fragment.visual);
    known = { ltr, rtl };
    fragment.readings = known;
  }
  return known;
}

/** Strong left-to-right and right-to-left letters of the fragment's text (`strongCounts`). */
export function fragmentCounts(fragment: Fragment): { readonly ltr: number; readonly rtl: number } {
  return readingsOf(fragment);
}

/** cleanText(toLogical(fragment.visual, base)), worked out once per fragment and direction. */
function readAs(fragment: Fragment, base: Direction): string {
  const known = readingsOf(fragment);
  if (base === 'ltr') return (known.asLtr ??= cleanText(toLogical(fragment.visual, 'ltr')));
  return (known.asRtl ??= cleanText(toLogical(fragment.visual, 'rtl')));
}

/** Logical text of a fragment read on its own (table cells, furniture, labels): in the
 * direction of most of its letters, `fallback` when it has none or as many of each. */
export function fragmentText(fragment: Fragment, fallback: Direction): string {
  const { ltr, rtl } = readingsOf(fragment);
  return readAs(fragment, rtl > ltr ? 'rtl' : ltr > rtl ? 'ltr' : fallback);
}

// Hoisted so that each is compiled once: the build lowers a \p{…} literal to `new RegExp(…)`
// where it stands, which inside a function would build it again on every call.
const SPACE_BEFORE_MARK = /\s+(?=\p{Mn})/gu;
const MARK_RUN = /\p{Mn}{2,}/gu;

/**
 * Marks drawn as separate glyphs come out with a space before them ("الفريق ُ" → "الفريقُ") and
 * in the order they were drawn: a letter's marks are put in canonical order (shadda after kasra
 * or fatha), as typed text has them.
 */
export function cleanText(text: string): string {
  // Every nonspacing mark (\p{Mn}) is at U+0300 or above (an astral one is a surrogate pair,
  // above too): text without such a code unit, most Latin text, has no mark to move.
  let marks = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) {
      marks = true;
      break;
    }
  }
  if (marks) text = text.replace(SPACE_BEFORE_MARK, '').replace(MARK_RUN, (run) => run.normalize('NFD'));
  return text.replace(/\s{2,}/g, ' ').trim();
}

const LABEL = /^(?:[•▪◦‣∙·*–-]|[([]?\s*(?:\p{Nd}{1,3}|\p{L}{1,2}|[ivxlcIVXLC]{1,6})\s*[)\].:\-–]?\s*[.\-–]?)$/u;

function isLabel(text: string): boolean {
  return LABEL.test(text);
}

/** A label standing before a moderate gap at the start of a line: it must be bracketed or end
 * in punctuation ("(a)", "1.", "a)", "١-"), so that a word before a wide justified space is not. */
const PIECE_LABEL = /^(?:[•▪◦‣∙·*–-]|[([]\s*(?:\p{Nd}{1,3}|\p{L}{1,2}|[ivxlc]{1,6})\s*[)\]]|(?:\p{Nd}{1,3}|\p{L}{1,2}|[ivxlc]{1,6})\s*[).\-–])$/u;

/** Mark a line that begins with a label and a moderate gap ("(a)  Opening of the meeting"). */
function markLabel(line: Line, ctx: LayoutContext): void {
  const fragment = line.fragments[0];
  if (!fragment || line.fragments.length !== 1 || fragment.pieces.length < 2 || fragment.labelled) return;
  const first = readingOrder(fragment.pieces, ctx.direction)[0]!;
  if (PIECE_LABEL.test(fragmentText(first, ctx.direction))) fragment.labelled = true;
}

interface Region {
  lines: Line[];
  gutters: [number, number][];
  /** Lines above the first line of several fragments: the first row's wrapped heading cells. */
  above: number;
}

interface Unit {
  top: number;
  text: string;
}

export function layoutPage(lines: readonly Line[], ctx: LayoutContext, pageWidth: number): string {
  const regions = findRegions(lines, ctx);
  const inRegion = new Map<Line, Region>();
  for (const region of regions) for (const line of region.lines) inRegion.set(line, region);

  const units: Unit[] = [];
  const flow: { line: Line; barrier: boolean }[] = [];
  const done = new Set<Region>();
  for (const line of lines) {
    const region = inRegion.get(line);
    if (!region) {
      markLabel(line, ctx);
      flow.push({ line, barrier: false });
      continue;
    }
    if (done.has(region)) continue;
    done.add(region);
    if (isList(region, ctx)) {
      for (const l of region.lines) {
        const merged = mergeLabels(l, ctx);
        markLabel(merged, ctx);
        flow.push({ line: merged, barrier: false });
      }
    } else {
      units.push({ top: region.lines[0]!.y, text: tableText(region, ctx) });
      for (const l of region.lines) flow.push({ line: l, barrier: true });
    }
  }
  for (const block of chainBlocks(flow, ctx)) {
    units.push({ top: block[0]!.y, text: blockText(block, ctx, pageWidth) });
  }
  return units
    .sort((a, b) => b.top - a.top)
    .map((u) => u.text)
    .filter((t) => t.length > 0)
    .join('\n\n');
}

// ---- regions: tables and lists ----

function gapsOf(line: Line): [number, number][] {
  const gaps: [number, number][] = [];
  for (let i = 1; i < line.fragments.length; i++) gaps.push([line.fragments[i - 1]!.x1, line.fragments[i]!.x0]);
  return gaps;
}

/** The gutters narrowed by the line's fragments, or null when a fragment crosses one. */
function fitGutters(line: Line, gutters: readonly [number, number][]): [number, number][] | null {
  const out: [number, number][] = [];
  const tolerance = 0.1 * line.size;
  for (const [a, b] of gutters) {
    let left = a;
    let right = b;
    for (const f of line.fragments) {
      if (f.x1 <= a + tolerance) continue;
      if (f.x0 >= b - tolerance) continue;
      const centre = (f.x0 + f.x1) / 2;
      if (f.x0 < a && f.x1 > b) return null; // spans the gutter
      if (centre < (a + b) / 2) left = Math.max(left, f.x1);
      else right = Math.min(right, f.x0);
    }
    if (right - left < 0.5 * line.size) return null;
    out.push([left, right]);
  }
  return out;
}

function pitchOf(line: Line, ctx: LayoutContext): number {
  const f = line.fragments[0]!;
  return ctx.pitches.of(f.font, f.size);
}

function findRegions(lines: readonly Line[], ctx: LayoutContext): Region[] {
  const regions: Region[] = [];
  const used = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    if (used.has(start) || start.fragments.length < 2) continue;
    let gutters = gapsOf(start);
    const members: Line[] = [start];
    // Downwards: rows of the same columns, and the wrapped lines of their cells.
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const previous = members[members.length - 1]!;
      const delta = previous.y - line.y;
      const multi = line.fragments.length > 1;
      if (used.has(line)) break;
      if (multi ? delta > 4 * pitchOf(line, ctx) : delta > CELL_WRAP * pitchOf(line, ctx)) break;
      const fitted = fitGutters(line, gutters);
      if (!fitted) break;
      gutters = fitted;
      members.push(line);
    }
    // Upwards: a cell's first lines above the first full row (a heading that wraps), in the
    // fonts of that row: a bold day heading just above the first row of a timetable is not one.
    const rowFonts = new Set(start.fragments.map((f) => f.font));
    for (let k = i - 1; k >= 0; k--) {
      const line = lines[k]!;
      const below = members[0]!;
      if (used.has(line) || line.fragments.length > 1) break;
      if (!line.fragments.every((f) => rowFonts.has(f.font))) break;
      if (line.y - below.y > CELL_WRAP * pitchOf(line, ctx)) break;
      const fitted = fitGutters(line, gutters);
      if (!fitted) break;
      gutters = fitted;
      members.unshift(line);
    }
    for (const line of members) used.add(line);
    regions.push({ lines: members, gutters, above: members.indexOf(start) });
  }
  return regions;
}

function readingOrder(fragments: readonly Fragment[], direction: Direction): Fragment[] {
  const sorted = [...fragments].sort((a, b) => a.x0 - b.x0);
  return direction === 'rtl' ? sorted.reverse() : sorted;
}

/** Every line's fragments but its last (in reading order) are labels. */
function isList(region: Region, ctx: LayoutContext): boolean {
  return region.lines.every((line) =>
    readingOrder(line.fragments, ctx.direction)
      .slice(0, -1)
      .every((f) => isLabel(fragmentText(f, ctx.direction))),
  );
}

function mergeLabels(line: Line, ctx: LayoutContext): Line {
  if (line.fragments.length < 2) return line;
  const ordered = readingOrder(line.fragments, ctx.direction);
  const visualOrder = [...line.fragments].sort((a, b) => a.x0 - b.x0);
  const last = ordered[ordered.length - 1]!;
  const merged: Fragment = {
    visual: visualOrder.map((f) => f.visual).join(' '),
    x0: line.x0,
    x1: line.x1,
    y: last.y,
    size: Math.max(...line.fragments.map((f) => f.size)),
    font: last.font,
    runFonts: visualOrder.flatMap((f) => f.runFonts),
    text: ordered.map((f) => fragmentText(f, ctx.direction)).join(' '),
    labelled: true,
    pieces: [],
  };
  return { ...line, fragments: [merged] };
}

/** A table line's cells: its fragments, each cut at moderate gaps. */
function cellsOf(line: Line): Fragment[] {
  return line.fragments.flatMap((f) => (f.pieces.length > 0 ? f.pieces : [f]));
}

/** Column gutters: the stretches no cell of any of the region's lines covers. */
function columnGutters(region: Region): [number, number][] {
  const spans = region.lines.flatMap(cellsOf).map((c) => [c.x0, c.x1] as [number, number]);
  spans.sort((a, b) => a[0] - b[0]);
  const size = Math.min(...region.lines.map((l) => l.size));
  const gutters: [number, number][] = [];
  let end = spans[0]![1];
  for (const [a, b] of spans.slice(1)) {
    if (a - end >= 0.5 * size) gutters.push([end, a]);
    end = Math.max(end, b);
  }
  return gutters;
}

function tableText(region: Region, ctx: LayoutContext): string {
  const gutters = columnGutters(region);
  const columns = gutters.length + 1;
  const columnOf = (f: Fragment) => {
    const centre = (f.x0 + f.x1) / 2;
    return gutters.filter(([a, b]) => (a + b) / 2 < centre).length;
  };
  // The column where text wraps (the widest text), and the pitch of its wrapped lines.
  const weight = new Array<number>(columns).fill(0);
  for (const line of region.lines) for (const c of cellsOf(line)) weight[columnOf(c)]! += c.x1 - c.x0;
  const wrapping = weight.indexOf(Math.max(...weight));
  let wrapPitch = Infinity;
  for (let i = 1; i < region.lines.length; i++) {
    const a = region.lines[i - 1]!;
    const b = region.lines[i]!;
    if (Math.abs(a.size - b.size) <= 0.05 * a.size) wrapPitch = Math.min(wrapPitch, a.y - b.y);
  }
  if (!Number.isFinite(wrapPitch)) wrapPitch = pitchOf(region.lines[0]!, ctx);

  // A row starts with a line that has something outside the wrapping column, or after spacing.
  const rows: Line[][] = [];
  let previous: Line | null = null;
  region.lines.forEach((line, i) => {
    // A new row: spacing, or cells in two columns, or a cell in a column the line above left
    // empty (other than the wrapping one), or in another font than the cell above it (a bold
    // day heading below a row). "10 heures-13 / heures" is one cell wrapped.
    const here = cellsOf(line);
    const above = previous ? cellsOf(previous) : [];
    const columnsHere = new Set(here.map(columnOf));
    const columnsAbove = new Set(above.map(columnOf));
    const fontAbove = (c: number) => above.find((cell) => columnOf(cell) === c)?.font;
    const opens =
      columnsHere.size > 1 ||
      [...columnsHere].some((c) => c !== wrapping && !columnsAbove.has(c)) ||
      here.some((cell) => columnsAbove.has(columnOf(cell)) && fontAbove(columnOf(cell)) !== cell.font);
    const firstRow = i <= region.above;
    if (!previous || (!firstRow && (opens || previous.y - line.y > CELL_WRAP * wrapPitch))) rows.push([]);
    rows[rows.length - 1]!.push(line);
    previous = line;
  });
  const order = [...Array(columns).keys()];
  if (ctx.direction === 'rtl') order.reverse();
  return rows
    .map((row) => {
      const cells: string[][] = Array.from({ length: columns }, () => []);
      for (const line of row) {
        // Pieces of one line in one column are one cell part, in reading order.
        const parts = new Map<number, Fragment[]>();
        for (const c of cellsOf(line)) {
          const k = columnOf(c);
          parts.set(k, [...(parts.get(k) ?? []), c]);
        }
        for (const [k, pieces] of parts) {
          cells[k]!.push(readingOrder(pieces, ctx.direction).map((c) => fragmentText(c, ctx.direction)).join(' '));
        }
      }
      return order.map((c) => joinWrapped(cells[c]!)).join('\t');
    })
    .join('\n');
}

const HYPHENATED = /\p{Ll}-$/u;
const LOWER_START = /^\p{Ll}/u;

/** Lines of one paragraph or cell, joined: a space, or nothing after a hyphenated word part. */
function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out.length === 0) out = part;
    else if (HYPHENATED.test(out) && LOWER_START.test(part)) out = out.slice(0, -1) + part;
    else if (/[([{«“]$/u.test(out) || /^[)\]}»”,.;:،؛]/u.test(part)) out += part;
    else if (endsCjk(out) || startsCjk(part)) out += part;
    else out += ' ' + part;
  }
  return out;
}

// ---- flow: blocks and paragraphs ----

function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
}

function chainBlocks(flow: readonly { line: Line; barrier: boolean }[], ctx: LayoutContext): Fragment[][] {
  const blocks: Fragment[][] = [];
  let open: Fragment[][] = [];
  for (const { line, barrier } of flow) {
    if (barrier) {
      // A table between two lines keeps them apart.
      open = open.filter((block) => !overlaps(block[block.length - 1]!, line));
      continue;
    }
    for (const fragment of line.fragments) {
      let best: Fragment[] | null = null;
      let bestDelta = Infinity;
      for (const block of open) {
        const last = block[block.length - 1]!;
        const delta = last.y - fragment.y;
        const ratio = Math.max(last.size, fragment.size) / Math.min(last.size, fragment.size);
        if (delta <= 0 || ratio > 1.2 || !overlaps(last, fragment)) continue;
        if (delta > BLOCK_GAP * ctx.pitches.of(last.font, last.size)) continue;
        if (delta < bestDelta) {
          best = block;
          bestDelta = delta;
        }
      }
      if (best) {
        best.push(fragment);
      } else {
        const block = [fragment];
        blocks.push(block);
        open.push(block);
      }
    }
  }
  return blocks;
}

type Break = 'soft' | 'line' | 'paragraph' | 'undecided';

/** A block narrower than this share of the page's width is a column of short lines. */
const NARROW_BLOCK = 0.3;

function blockText(block: Fragment[], ctx: LayoutContext, pageWidth: number): string {
  // dominantDirection of the block's lines joined with spaces, from the counts already made:
  // the joined text's letters are its lines' letters.
  let ltr = 0;
  let rtl = 0;
  for (const f of block) {
    const counts = fragmentCounts(f);
    ltr += counts.ltr;
    rtl += counts.rtl;
  }
  const direction: Direction = rtl > ltr ? 'rtl' : ltr > rtl ? 'ltr' : ctx.direction;
  let open = 0;
  for (const f of block) {
    // With no bracket open before it, a line reads as it does on its own in that direction.
    if (!f.labelled) f.text = open === 0 ? readAs(f, direction) : cleanText(toLogical(f.visual, direction, open));
    open = Math.max(0, bracketDepth(f.text, open));
  }
  const left = Math.min(...block.map((f) => f.x0));
  const right = Math.max(...block.map((f) => f.x1));
  // The font of the line's last (first) words in the block's own script, where there are any;
  // in a block with CJK characters, of its CJK characters (Latin letters and digits among them
  // are set in another font).
  const cjk = block.some((f) => f.runFonts.some((r) => r.cjk));
  const lettered = (f: Fragment) =>
    f.runFonts.filter((r) => (cjk ? r.cjk : direction === 'rtl' ? r.rtl : r.ltr)).map((r) => r.font);
  const endFont = (f: Fragment) => {
    const fonts = lettered(f);
    return direction === 'rtl' ? fonts[0] : fonts[fonts.length - 1];
  };
  const startFont = (f: Fragment) => {
    const fonts = lettered(f);
    return direction === 'rtl' ? fonts[fonts.length - 1] : fonts[0];
  };
  const fontChanges = (a: Fragment, b: Fragment) => {
    const end = endFont(a);
    const start = startFont(b);
    return end !== undefined && start !== undefined && end !== start;
  };

  const breaks: Break[] = [];
  for (let i = 1; i < block.length; i++) {
    const above = block[i - 1]!;
    const below = block[i]!;
    const pitch = ctx.pitches.of(above.font, above.size);
    if (below.labelled || fontChanges(above, below) || Math.abs(above.size - below.size) > 0.1 * above.size) {
      breaks.push('paragraph');
    } else if (above.y - below.y > PARAGRAPH_SPACING * pitch) {
      breaks.push('paragraph');
    } else if (LIST_LABEL.test(below.text) || (FINAL_STOP.test(above.text) && below.x1 - below.x0 < SHORT_LINE * (right - left))) {
      // A line that starts with an item's label, or a short line after a full stop (a heading
      // such as "Documentation"), begins a line of its own however tight the spacing.
      breaks.push('line');
    } else {
      // Room left at the end of the line above, against the width of the next line's first
      // word (estimated from the line's average character width, hence the margin).
      // The margin is taken from the lines around (paragraph styles differ in their margins).
      const near = block.slice(Math.max(0, i - 3), Math.min(block.length, i + 2));
      const room =
        direction === 'rtl' ? above.x0 - Math.min(...near.map((f) => f.x0)) : Math.max(...near.map((f) => f.x1)) - above.x1;
      // A line beginning with a CJK character: words are not spaced, its first character is one.
      const firstWord = startsCjk(below.text) ? [...below.text][0]! : (below.text.split(' ')[0] ?? '');
      const wordWidth = ((below.x1 - below.x0) * [...firstWord].length) / Math.max(1, [...below.text].length);
      if (room > 1.2 * (wordWidth + 0.25 * above.size)) breaks.push('line');
      else if (room < 0.5 * above.size) breaks.push('undecided');
      else breaks.push('soft');
    }
  }
  // A line that fills its block says nothing by itself: it joins the next. A narrow block is a
  // column of short lines (a masthead's "Distr.: General", date, "Original: English"): it keeps
  // every line break.
  const narrow = right - left < NARROW_BLOCK * pageWidth;
  const decide = (b: Break): Break => (narrow && b !== 'paragraph' ? 'line' : b === 'undecided' ? 'soft' : b);

  const out: string[] = [];
  let paragraph: string[] = [block[0]!.text];
  for (let i = 1; i < block.length; i++) {
    const kind = decide(breaks[i - 1]!);
    if (kind === 'soft') {
      paragraph.push(block[i]!.text);
      continue;
    }
    out.push(joinWrapped(paragraph), kind === 'line' ? '\n' : '\n\n');
    paragraph = [block[i]!.text];
  }
  out.push(joinWrapped(paragraph));
  return out.join('');
}
