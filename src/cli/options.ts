// The command line's options, as commander hands them over, and the parsers of their values.
// Shared by the single-document path (main.ts) and the batch runner (batch/), types only.
import { InvalidArgumentError } from 'commander';
import type { Language } from '../schema.js';

export interface Shard {
  /** 1-based: this machine's share. */
  index: number;
  count: number;
}

export interface CliOptions {
  lang?: Language;
  symbol?: string;
  digits?: 'ascii' | 'as-printed';
  spans: boolean;
  compact?: boolean;
  strict?: boolean;
  quiet?: boolean;
  maxBytes: number;
  password?: string;
  filesFrom?: string;
  outDir?: string;
  jobs: number;
  shard?: Shard;
  /** Seconds per document. */
  timeout: number;
  changedOnly?: boolean;
  emitText?: boolean;
}

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 2_000_000) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/5');
  }
  return { index, count };
}
