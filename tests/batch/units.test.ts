// The batch runner's small pure parts: output paths from hostile names, shard assignment, the bar.
import { describe, expect, it } from 'vitest';
import { listedPath, safeEntryPath } from '../../src/cli/batch/paths.js';
import { renderBar } from '../../src/cli/batch/progress.js';
import { inShard, shardOf } from '../../src/cli/batch/shard.js';
import { parseShard } from '../../src/cli/options.js';

describe('safeEntryPath: a zip entry name either stays inside the output folder or is refused', () => {
  it.each([
    ['a/b.txt', 'a/b.txt'],
    ['./a//b.txt', 'a/b.txt'],
    ['a\\b.txt', 'a/b.txt'],
    ['وثائق/جدول.txt', 'وثائق/جدول.txt'],
  ])('%s → %s', (name, path) => {
    expect(safeEntryPath(name)).toEqual({ path });
  });

  it.each(['../evil.txt', 'a/../../evil.txt', 'a/..', '/etc/passwd', '\\\\server\\share\\x.txt', 'C:/x.txt', 'c:x.txt', 'a\0b.txt', '', './', '..\\evil.txt'])(
    '%j is unsafe',
    (name) => {
      expect(safeEntryPath(name)).toHaveProperty('unsafe');
    },
  );
});

describe('listedPath: a --files-from line as a relative output path', () => {
  it.each([
    ['x/1.txt', 'x/1.txt'],
    ['./x/./1.txt', 'x/1.txt'],
    ['/data/archive/1.txt', 'data/archive/1.txt'],
    ['../../up/1.txt', 'up/1.txt'],
    ['a/b/../c.txt', 'a/c.txt'],
    ['/', 'input'],
  ])('%s → %s', (line, path) => {
    expect(listedPath(line)).toBe(path);
  });
});

describe('shards', () => {
  it('parses K/N and refuses the rest', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/3/4', '-1/3']) expect(() => parseShard(bad)).toThrow();
  });

  it('puts each path in exactly one shard, the same on every run, and spreads them', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `archive/${i % 7}/doc-${i}.txt`);
    const sizes = [0, 0, 0, 0, 0];
    for (const path of paths) {
      const shard = shardOf(path, 5);
      expect(shard).toBe(shardOf(path, 5));
      const owners = [1, 2, 3, 4, 5].filter((k) => inShard(path, { index: k, count: 5 }));
      expect(owners).toEqual([shard]);
      sizes[shard - 1]!++;
    }
    for (const size of sizes) expect(size).toBeGreaterThan(500); // 600 expected each
    expect(inShard('anything', undefined)).toBe(true);
  });

  it('is pinned: the hash of a path never changes between versions (CI matrices depend on it)', () => {
    expect(['a.txt', 'b/c.txt', 'archive.zip/x.pdf'].map((p) => shardOf(p, 1000))).toEqual([250, 848, 610]);
    expect(shardOf('a.txt', 1)).toBe(1);
  });
});

describe('renderBar', () => {
  it('shows done/total, rate and ETA within the terminal width', () => {
    const line = renderBar(250, 1000, 0.5, 80);
    expect(line).toMatch(/^\[#+\.+\] 250\/1000 {2}500\/s {2}ETA 0:02$/);
    expect(line.length).toBeLessThanOrEqual(80);
  });

  it('without a total, shows the count and rate only', () => {
    expect(renderBar(42, null, 2, 80)).toBe('42  21/s');
  });
});
