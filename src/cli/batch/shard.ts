// --shard K/N: a deterministic share of the inputs. Each input's shard depends on its relative
// path alone (the path its output gets under --out-dir), so N machines running K = 1…N over the
// same archive cover every input exactly once, whatever order or machine they run on.
import { createHash } from 'node:crypto';
import type { Shard } from '../options.js';

/** 1-based shard of a relative path: SHA-256 of its UTF-8, first four bytes big-endian, mod N. */
export function shardOf(key: string, count: number): number {
  if (count === 1) return 1;
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return shard === undefined || shardOf(key, shard.count) === shard.index;
}
