// Runs → lines → fragments, from positions alone (pdf.js's item order is the drawing order,
// which is not the reading order).
//
// - A line is the runs on one baseline: within 0.3 of the font size (a table cell holding only
//   Latin digits sits a little higher than its neighbours set in a CJK font, whose ascent is
//   larger), and of about the same size, so that a 10-point masthead line beside a 14-point
//   body name stays apart.
// - A run drawn inside another run's box fills a gap in it: LibreOffice draws "/" of
//   "كانون الثاني/يناير" in another font after the letters, and pdf.js leaves a space where it
//   goes. It is put into that space (the nearest one to where it is drawn).
// - A line splits into fragments at wide gaps (two ems): table columns, a hanging list label
//   and its text, a masthead's two blocks.
// - Between runs, a gap wider than a sixth of an em is a space; next to a CJK character, only
//   a gap wider than 0.4 em (the typesetter's autospace between "2012" and "年" is not one).
import { runVisual, strongCounts } from './bidi.js';
import { endsCjk, hasCjk, startsCjk } from './cjk.js';
import type { Fragment, Line, Run } from './types.js';

/** Runs whose baselines differ by less than this many ems share a line. */
const BASELINE_TOLERANCE = 0.3;
/** Font sizes further apart than this ratio are never one line. */
const SAME_SIZE_RATIO = 1.15;
/** A gap this many ems wide splits a line into fragments. */
export const WIDE_GAP = 2;
/** A gap this many ems wide may be a narrow table gutter. */
const PIECE_GAP = 0.8;
/** A gap this many ems wide is a space. */
const SPACE_GAP = 0.16;
/** Next to a CJK character, a gap this many ems wide is a space. */
const CJK_SPACE_GAP = 0.4;

interface VisualRun extends Run {
  visual: string;
  /** Whether `text` has right-to-left and left-to-right letters (for `runFonts`), counted once:
   * a run is in its fragment and may be in one of its pieces too. */
  hasRtl: boolean;
  hasLtr: boolean;
  hasCjk: boolean;
}

function visualRun(run: Run): VisualRun {
  const counts = strongCounts(run.text);
  return {
    text: run.text,
    rtl: run.rtl,
    x0: run.x0,
    x1: run.x1,
    y: run.y,
    size: run.size,
    font: run.font,
    visual: runVisual(run.text, run.rtl),
    hasRtl: counts.rtl > 0,
    hasLtr: counts.ltr > 0,
    hasCjk: hasCjk(run.text),
  };
}

export function buildLines(runs: readonly Run[]): Line[] {
  const sorted = runs.map(visualRun).sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const groups: VisualRun[][] = [];
  const open: { y: number; size: number; runs: VisualRun[] }[] = [];
  for (const run of sorted) {
    let target: (typeof open)[number] | undefined;
    for (const candidate of open) {
      const ratio = Math.max(run.size, candidate.size) / Math.min(run.size, candidate.size);
      const distance = Math.abs(candidate.y - run.y);
      if (ratio <= SAME_SIZE_RATIO && distance <= BASELINE_TOLERANCE * Math.max(run.size, candidate.size)) {
        if (!target || distance < Math.abs(target.y - run.y)) target = candidate;
      }
    }
    if (target) {
      target.runs.push(run);
    } else {
      const group = { y: run.y, size: run.size, runs: [run] };
      open.push(group);
      groups.push(group.runs);
    }
    // Lines far above the current baseline can take no more runs.
    while (open.length > 0 && open[0]!.y - run.y > 2 * open[0]!.size) open.shift();
  }
  return groups.map(lineOf).sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

function lineOf(runs: VisualRun[]): Line {
  const spliced = spliceContained(runs).sort((a, b) => (a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2);
  const fragments: Fragment[] = [];
  let current: VisualRun[] = [];
  let right = -Infinity;
  for (const run of spliced) {
    const size = Math.max(run.size, current[current.length - 1]?.size ?? 0);
    if (current.length > 0 && run.x0 - right >= WIDE_GAP * size) {
      fragments.push(fragmentOf(current));
      current = [];
    }
    current.push(run);
    right = Math.max(right, run.x1);
  }
  if (current.length > 0) fragments.push(fragmentOf(current));
  const sizes = fragments.map((f) => f.size);
  return {
    fragments,
    y: median(fragments.map((f) => f.y)),
    size: Math.max(...sizes),
    x0: Math.min(...fragments.map((f) => f.x0)),
    x1: Math.max(...fragments.map((f) => f.x1)),
  };
}

function fragmentOf(runs: VisualRun[], split = true): Fragment {
  // Pieces: the fragment cut at moderate gaps, so that table columns whose gutter is narrower
  // than a wide gap (a header "Agenda item  Title or description") can still be told apart.
  const pieces: Fragment[] = [];
  if (split) {
    let group: VisualRun[] = [];
    let end = -Infinity;
    for (const run of runs) {
      if (group.length > 0 && run.x0 - end >= PIECE_GAP * run.size) {
        pieces.push(fragmentOf(group, false));
        group = [];
      }
      group.push(run);
      end = Math.max(end, run.x1);
    }
    if (group.length > 0 && pieces.length > 0) pieces.push(fragmentOf(group, false));
  }
  let visual = '';
  let right = -Infinity;
  let x0 = Infinity;
  let size = -Infinity;
  // Characters per font, fonts in order of first appearance; a fragment has a handful.
  const fonts: string[] = [];
  const chars: number[] = [];
  // Whether each font prints CJK characters.
  const cjk: boolean[] = [];
  for (const run of runs) {
    const gap = endsCjk(visual) || startsCjk(run.visual) ? CJK_SPACE_GAP : SPACE_GAP;
    if (visual.length > 0 && run.x0 - right > gap * run.size && !visual.endsWith(' ') && !run.visual.startsWith(' ')) {
      visual += ' ';
    }
    visual += run.visual;
    right = Math.max(right, run.x1);
    x0 = Math.min(x0, run.x0);
    size = Math.max(size, run.size);
    const k = fonts.indexOf(run.font);
    if (k >= 0) {
      chars[k]! += run.text.length;
      cjk[k] ||= run.hasCjk;
    } else {
      fonts.push(run.font);
      chars.push(run.text.length);
      cjk.push(run.hasCjk);
    }
  }
  // The font with the most characters; of equal ones, the first seen. Where the fragment has
  // CJK characters, of the fonts that print them: that font sets the line's height and weight,
  // though a document symbol in it ("（CTOC/COP/WG.8/2012/1）") may have more characters.
  const anyCjk = cjk.includes(true);
  let best = -1;
  for (let k = 0; k < fonts.length; k++) {
    if (anyCjk && !cjk[k]) continue;
    if (best < 0 || chars[k]! > chars[best]!) best = k;
  }
  return {
    visual: visual.replace(/ {2,}/g, ' ').trim(),
    x0,
    x1: right,
    y: median(runs.map((r) => r.y)),
    size,
    font: fonts[best]!,
    runFonts: runs.map((r) => ({ font: r.font, rtl: r.hasRtl, ltr: r.hasLtr, cjk: r.hasCjk })),
    text: '',
    labelled: false,
    pieces,
  };
}

/**
 * Runs drawn inside another run's box go into that run's text, at the space nearest to where
 * they are drawn (or between the characters there, when pdf.js left no space).
 */
function spliceContained(runs: VisualRun[]): VisualRun[] {
  const inserts = new Map<VisualRun, VisualRun[]>();
  const kept: VisualRun[] = [];
  for (const run of runs) {
    const width = run.x1 - run.x0;
    const host = runs.find((other) => {
      if (other === run) return false;
      const slack = 0.05 * other.size;
      const hostWidth = other.x1 - other.x0;
      return hostWidth > width && run.x0 >= other.x0 + slack && run.x1 <= other.x1 - slack && other.visual.length > 1;
    });
    if (host) {
      const list = inserts.get(host) ?? [];
      list.push(run);
      inserts.set(host, list);
    } else {
      kept.push(run);
    }
  }
  return kept.map((run) => {
    const guests = inserts.get(run);
    return guests ? { ...run, visual: insertGuests(run, guests) } : run;
  });
}

/** Character weights for estimating where a character stands in a run: a space is narrow, a
 * combining mark takes no room. */
const MARK = /\p{M}/u;
const MARKS_ONLY = /^\p{M}+$/u;

function weight(ch: string): number {
  if (ch === ' ') return 0.5;
  if (MARK.test(ch)) return 0;
  return 1;
}

function insertGuests(host: VisualRun, guests: VisualRun[]): string {
  const chars = [...host.visual];
  const weights = chars.map(weight);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const width = host.x1 - host.x0;
  // x of each character boundary k (before character k).
  const boundary: number[] = [host.x0];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    boundary.push(host.x0 + (sum / total) * width);
  }
  const replace = new Map<number, string>(); // character index → text in its place
  const before = new Map<number, string>(); // boundary index → text inserted there
  const average = width / Math.max(1, total);
  for (const guest of guests.sort((a, b) => a.x0 - b.x0)) {
    const centre = (guest.x0 + guest.x1) / 2;
    let best = -1;
    // A lone combining mark goes between letters, never in place of a space.
    const markOnly = MARKS_ONLY.test(guest.visual);
    let bestDistance = Infinity;
    chars.forEach((ch, i) => {
      if (markOnly || ch !== ' ' || replace.has(i)) return;
      const distance = Math.abs((boundary[i]! + boundary[i + 1]!) / 2 - centre);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best >= 0 && bestDistance <= 2 * average + (guest.x1 - guest.x0)) {
      replace.set(best, guest.visual);
      continue;
    }
    let nearest = 0;
    boundary.forEach((x, k) => {
      if (Math.abs(x - centre) < Math.abs(boundary[nearest]! - centre)) nearest = k;
    });
    before.set(nearest, (before.get(nearest) ?? '') + guest.visual);
  }
  let out = '';
  chars.forEach((ch, i) => {
    out += before.get(i) ?? '';
    out += replace.get(i) ?? ch;
  });
  return out + (before.get(chars.length) ?? '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
