// Golden tests: every fixtures/<lang>/<file> beside <file>.expected.json is parsed and compared
// with its expected output, whole. `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts`
// rewrites the expected files; a changed golden file is reviewed like code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
// GOLDEN_FILTER=zh/ limits a run (and an update) to the fixtures whose path contains it.
const filter = process.env.GOLDEN_FILTER ?? '';

function inputs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return inputs(path);
    return /\.(txt|pdf)$/.test(entry.name) ? [path] : [];
  });
}

const cases = inputs(fixtures)
  .filter((path) => path.includes(filter))
  .filter((path) => update || existsSync(`${path}.expected.json`));

describe('golden files', () => {
  it.skipIf(filter !== '')('has at least the seed', () => {
    expect(cases.map((p) => relative(root, p))).toContain('fixtures/ar/CTOC_COP_WG.4_2010_1.txt');
  });

  it.skipIf(update)('has a reviewed golden file beside every fixture', () => {
    const missing = inputs(fixtures).filter((path) => !existsSync(`${path}.expected.json`));
    expect(missing.map((p) => relative(root, p))).toEqual([]);
  });

  for (const path of cases) {
    const name = relative(root, path);
    it(name, async () => {
      const actual = await parseFile(path, { path: name });
      const expectedPath = `${path}.expected.json`;
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(actual).toEqual(expected);
    });
  }
});
