// The CLI through the real binary: stdout parsed as JSON, stderr and exit codes checked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agendaDocumentSchema } from '../src/schema.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'agenda-parse.js');
const seed = 'fixtures/ar/CTOC_COP_WG.4_2010_1.txt';

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'agenda-parse-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('agenda-parse FILE', () => {
  it('prints one schema-valid JSON document for the seed', () => {
    const { code, stdout } = run([seed, '--quiet']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(agendaDocumentSchema.safeParse(document).success).toBe(true);
    expect(document.source.path).toBe(seed);
    expect(document.items.map((i: { number: string }) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(stdout.split('\n').length).toBeGreaterThan(100); // pretty-printed
  });

  it('prints warnings on stderr, never on stdout, and --quiet silences them', () => {
    const loud = run([seed]);
    expect(loud.stderr).toContain('ITEM_TITLE_MISMATCH');
    expect(() => JSON.parse(loud.stdout)).not.toThrow();
    expect(run([seed, '--quiet']).stderr).toBe('');
  });

  it('--compact prints one line; --no-spans drops every span', () => {
    const { stdout } = run([seed, '--compact', '--no-spans', '-q']);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).not.toMatch(/"(span|spans|annotationSpan)"/);
  });

  it('--digits ascii writes text fields in ASCII digits; labels stay as printed', () => {
    const document = JSON.parse(run([seed, '--digits', 'ascii', '-q']).stdout);
    expect(document.dates[1].text).toBe('27 كانون الثاني/يناير 2010');
    expect(document.items[0].label).toBe('١');
  });

  it('--symbol and --lang override what the text says', () => {
    const document = JSON.parse(run([seed, '--symbol', 'CTOC/COP/WG.4/2010/1', '--lang', 'ar', '-q']).stdout);
    expect(document.document.symbol).toBe('CTOC/COP/WG.4/2010/1');
    expect(document.language).toBe('ar');
  });

  it('--strict exits 1 on warnings but still prints the document', () => {
    const { code, stdout } = run([seed, '--strict', '-q']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).items).toHaveLength(8);
  });
});

describe('stdin', () => {
  it('reads "-" and reports a null path', () => {
    const { code, stdout } = run(['-', '-q'], readFileSync(join(root, seed)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.path).toBeNull();
  });
});

describe('errors', () => {
  it.each([
    ['missing', () => join(scratch, 'missing.txt'), 'FILE_NOT_FOUND'],
    ['empty', () => (writeFileSync(join(scratch, 'empty.txt'), ''), join(scratch, 'empty.txt')), 'EMPTY_INPUT'],
    [
      'binary',
      () => (writeFileSync(join(scratch, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), join(scratch, 'image.png')),
      'NOT_TEXT',
    ],
  ])('%s file: one line on stderr naming the file and code, exit 1', (_name, make, errorCode) => {
    const path = make();
    const { code, stdout, stderr } = run([path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(path);
    expect(stderr).toContain(errorCode);
  });

  it('--max-bytes refuses a larger file with TOO_LARGE', () => {
    const { code, stderr } = run([seed, '--max-bytes', '100']);
    expect(code).toBe(1);
    expect(stderr).toContain('TOO_LARGE');
  });

  it('usage errors exit 2', () => {
    expect(run(['--no-such-option']).code).toBe(2);
    expect(run([seed, '--lang', 'xx']).code).toBe(2);
  });

  it('several files: NDJSON with an error line for the bad one, exit 1', () => {
    const { code, stdout } = run([seed, join(scratch, 'missing.txt'), '-q']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].items).toHaveLength(8);
    expect(lines[1].error.code).toBe('FILE_NOT_FOUND');
  });
});

describe('agenda-parse schema', () => {
  it('prints a JSON Schema that names the contract fields', () => {
    const { code, stdout } = run(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.properties)).toEqual([
      'schemaVersion',
      'source',
      'language',
      'document',
      'meeting',
      'items',
      'mandates',
      'documentSymbols',
      'dates',
      'schedule',
      'diagnostics',
    ]);
  });

  it('--help explains usage and exits 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: agenda-parse');
    expect(stdout).toContain('--digits');
    expect(stdout).toContain('--out-dir');
    expect(stdout).toContain('--shard');
  });
});
