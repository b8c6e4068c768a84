// Line pitch: the usual distance between the baselines of two consecutive lines of one
// paragraph, per font and size, learnt from the document itself. A larger distance is paragraph
// spacing or a new table row.
import type { Line } from './types.js';

export class Pitches {
  private readonly byFont = new Map<string, number>();
  private readonly bySize = new Map<number, number>();

  private readonly ratio: number;

  constructor(pages: readonly (readonly Line[])[]) {
    const fontSamples = new Map<string, number[]>();
    const sizeSamples = new Map<number, number[]>();
    const ratios: number[] = [];
    for (const lines of pages) {
      for (let i = 0; i < lines.length; i++) {
        const a = lines[i]!;
        // The next line below that stands under this one (a masthead's other block may come
        // between them in baseline order).
        for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
          const b = lines[j]!;
          if (Math.min(a.x1, b.x1) <= Math.max(a.x0, b.x0)) continue;
          const fa = a.fragments[0];
          const fb = b.fragments[0];
          const delta = a.y - b.y;
          if (fa && fb && Math.abs(a.size - b.size) <= 0.05 * a.size && delta >= a.size && delta <= 2.2 * a.size) {
            const size = round(a.size);
            push(sizeSamples, size, delta);
            ratios.push(delta / a.size);
            if (fa.font === fb.font) push(fontSamples, `${fa.font}@${size}`, delta);
          }
          break;
        }
      }
    }
    for (const [k, v] of fontSamples) this.byFont.set(k, mode(v));
    for (const [k, v] of sizeSamples) this.bySize.set(k, mode(v));
    this.ratio = ratios.length > 0 ? mode(ratios.map((r) => r * 10)) / 10 : 1.25;
  }

  /** The pitch of lines in `font` at `size`. */
  of(font: string, size: number): number {
    const s = round(size);
    return this.byFont.get(`${font}@${s}`) ?? this.bySize.get(s) ?? this.ratio * size;
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
