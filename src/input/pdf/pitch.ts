// Line pitch: the usual distance between the baselines of two consecutive lines of one
// paragraph, per font and size, learnt from the document itself. A larger distance is paragraph
// spacing or a new table row.
import type { Line } from './types.js';

export class Pitches {
  private readonly byFont = new Map<string, number>();
  private readonly bySize = new Map<number, number>();

  constructor(pages: readonly (readonly Line[])[]) {
    const fontSamples = new Map<string, number[]>();
    const sizeSamples = new Map<number, number[]>();
    for (const lines of pages) {
      for (let i = 1; i < lines.length; i++) {
        const a = lines[i - 1]!;
        const b = lines[i]!;
        const fa = a.fragments[0];
        const fb = b.fragments[0];
        if (!fa || !fb || Math.abs(a.size - b.size) > 0.05 * a.size) continue;
        if (Math.min(a.x1, b.x1) <= Math.max(a.x0, b.x0)) continue; // not one above the other
        const delta = a.y - b.y;
        if (delta < 1.0 * a.size || delta > 2.2 * a.size) continue;
        const size = round(a.size);
        push(sizeSamples, size, delta);
        if (fa.font === fb.font) push(fontSamples, `${fa.font}@${size}`, delta);
      }
    }
    for (const [k, v] of fontSamples) this.byFont.set(k, mode(v));
    for (const [k, v] of sizeSamples) this.bySize.set(k, mode(v));
  }

  /** The pitch of lines in `font` at `size`. */
  of(font: string, size: number): number {
    const s = round(size);
    return this.byFont.get(`${font}@${s}`) ?? this.bySize.get(s) ?? 1.25 * size;
  }
}

function round(size: number): number {
  return Math.round(size * 2) / 2;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The most common value, in half-point bins; the smallest of equally common ones. */
function mode(values: number[]): number {
  const bins = new Map<number, number>();
  for (const v of values) {
    const bin = Math.round(v * 2) / 2;
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  let best = Infinity;
  let count = 0;
  for (const [bin, n] of bins) {
    if (n > count || (n === count && bin < best)) {
      best = bin;
      count = n;
    }
  }
  return best;
}
