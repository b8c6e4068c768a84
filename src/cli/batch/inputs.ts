// What the arguments name, one input at a time and in a stable order: files as given; folders
// walked depth-first with each folder's entries sorted by name (UTF-16 code units, so the order
// is the same on every machine and locale); glob patterns (when no file has that literal name);
// zip archives member by member; then the lines of --files-from. Nothing is collected up front,
// so 20,000 inputs cost no more memory than 20.
//
// Every input has a `key`: its path relative to the folder (or archive, or pattern base) it came
// from, which is also where its output goes under --out-dir, and what --shard hashes.
import { createReadStream, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentTask, FailureCode } from '../task.js';
import { AgendaParseError } from '../../errors.js';
import type { Shard } from '../options.js';
import { isHiddenName, joinDisplay, joinRel, listedPath } from './paths.js';
import { inShard } from './shard.js';
import { zipMembers } from './zip.js';

export type InputItem =
  | { kind: 'document'; key: string; task: DocumentTask }
  | { kind: 'failed'; key: string; display: string | null; code: FailureCode; message: string }
  /** Not an input after all: counted as skipped; `note` is said on stderr (a symlink loop). */
  | { kind: 'skipped'; key: string; display: string; note?: string };

export interface EnumerateOptions {
  filesFrom?: string;
  shard?: Shard;
  /** Read zip members and stdin; false for the progress bar's counting pass. */
  withData: boolean;
  maxBytes: number;
  /** `dev:ino` of --out-dir: never walked into, so a run over "." does not read its own output. */
  outDirId: string | null;
  readStdin: () => Promise<Uint8Array>;
}

type Origin = 'argument' | 'list';

const ZIP_NAME = /\.zip$/i;

function failed(key: string, display: string | null, code: FailureCode, message: string): InputItem {
  return { kind: 'failed', key, display, code, message };
}

function errorMessage(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

// ---------------------------------------------------------------------------------------------
// Walking a folder

type WalkEvent =
  | { type: 'file'; display: string; rel: string; name: string }
  | { type: 'hidden' | 'special'; display: string; rel: string }
  | { type: 'loop'; display: string; rel: string }
  | { type: 'broken'; display: string; rel: string; message: string }
  | { type: 'error'; display: string; rel: string; message: string };

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Depth-first walk of `display` (a path as typed), entries in name order. Symbolic links are
 * followed; a link back to a folder on the current path is a loop, reported and not followed.
 * `ancestors` holds the `dev:ino` of the folders on the current path, the root's included.
 */
async function* walkTree(
  display: string,
  rel: string,
  depth: number,
  ancestors: Set<string>,
  context: { maxDepth: number; outDirId: string | null },
): AsyncGenerator<WalkEvent> {
  let entries: Dirent[];
  try {
    entries = await readdir(display, { withFileTypes: true });
  } catch (error) {
    yield { type: 'error', display, rel, message: `cannot read the folder (${errorMessage(error)})` };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    const childDisplay = joinDisplay(display, entry.name);
    const childRel = joinRel(rel, entry.name);
    if (isHiddenName(entry.name)) {
      yield { type: 'hidden', display: childDisplay, rel: childRel };
      continue;
    }
    let info: Stats | undefined;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink() || isDirectory) {
      try {
        info = await stat(childDisplay);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') yield { type: 'loop', display: childDisplay, rel: childRel };
        else yield { type: 'broken', display: childDisplay, rel: childRel, message: code === 'ENOENT' ? 'a broken symbolic link' : errorMessage(error) };
        continue;
      }
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    }
    if (isDirectory && info) {
      if (depth + 1 >= context.maxDepth) continue; // files below cannot match the pattern
      const id = identity(info);
      if (ancestors.has(id)) {
        yield { type: 'loop', display: childDisplay, rel: childRel };
        continue;
      }
      if (id === context.outDirId) continue;
      ancestors.add(id);
      yield* walkTree(childDisplay, childRel, depth + 1, ancestors, context);
      ancestors.delete(id);
    } else if (isFile) {
      yield { type: 'file', display: childDisplay, rel: childRel, name: entry.name };
    } else {
      yield { type: 'special', display: childDisplay, rel: childRel };
    }
  }
}

const LOOP_NOTE = 'a symbolic link loop, not followed (skipped)';

async function* expandDirectory(display: string, relPrefix: string, rootInfo: Stats, options: EnumerateOptions): AsyncGenerator<InputItem> {
  const context = { maxDepth: Infinity, outDirId: options.outDirId };
  for await (const event of walkTree(display, '', 0, new Set([identity(rootInfo)]), context)) {
    const key = joinRel(relPrefix, event.rel);
    switch (event.type) {
      case 'file':
        if (ZIP_NAME.test(event.name)) yield* expandZip(event.display, key, options);
        else yield { kind: 'document', key, task: { file: event.display, display: event.display, outRel: key, walked: true } };
        break;
      case 'hidden':
      case 'special':
        yield { kind: 'skipped', key, display: event.display };
        break;
      case 'loop':
        yield { kind: 'skipped', key, display: event.display, note: LOOP_NOTE };
        break;
      case 'broken':
        yield failed(key, event.display, 'FILE_NOT_FOUND', event.message);
        break;
      case 'error':
        yield failed(key === '' ? relPrefix || basename(display) : key, event.display, 'READ_ERROR', event.message);
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Glob patterns: the files under the pattern's base folder that match the rest of it

/** picomatch, loaded with the first glob pattern: a batch of folders and files does not pay for it at start-up. */
const loadPicomatch = async () => (await import('picomatch')).default;

async function* expandGlob(pattern: string, options: EnumerateOptions): AsyncGenerator<InputItem> {
  const picomatch = await loadPicomatch();
  const scan = picomatch.scan(pattern);
  const base = scan.base === '' ? '.' : scan.base;
  const matches = picomatch(scan.glob, { dot: false });
  // Without "**" (or braces, which may hold slashes) a pattern cannot match below its own depth.
  const maxDepth = scan.glob.includes('**') || scan.isBrace ? Infinity : scan.glob.split('/').length;
  let rootInfo: Stats;
  try {
    rootInfo = await stat(base);
  } catch {
    yield failed(pattern, pattern, 'FILE_NOT_FOUND', 'no file matches the pattern');
    return;
  }
  let matched = 0;
  const walk = walkTree(scan.base === '' ? '.' : scan.base, '', 0, new Set([identity(rootInfo)]), { maxDepth, outDirId: options.outDirId });
  for await (const event of walk) {
    if (event.type === 'loop') {
      yield { kind: 'skipped', key: event.rel, display: event.display, note: LOOP_NOTE };
    } else if (event.type === 'error') {
      yield failed(event.rel || pattern, event.display, 'READ_ERROR', event.message);
    } else if (event.type === 'file' && matches(event.rel)) {
      matched++;
      // "./a.txt" reads badly where the pattern had no folder: show the path as the pattern would.
      const display = scan.base === '' ? event.rel : event.display;
      if (ZIP_NAME.test(event.name)) yield* expandZip(display, event.rel, options);
      else yield { kind: 'document', key: event.rel, task: { file: display, display, outRel: event.rel, walked: true } };
    }
  }
  if (matched === 0) yield failed(pattern, pattern, 'FILE_NOT_FOUND', 'no file matches the pattern');
}

// ---------------------------------------------------------------------------------------------
// Zip archives: members as walked files, under "<archive's relative path>/<member>"

async function* expandZip(display: string, relPrefix: string, options: EnumerateOptions): AsyncGenerator<InputItem> {
  try {
    for await (const member of zipMembers(display)) {
      if (member.directory) continue;
      const memberDisplay = `${display}/${member.name}`;
      if ('unsafe' in member.safe) {
        const key = joinRel(relPrefix, member.name);
        if (inShard(key, options.shard)) {
          yield failed(key, memberDisplay, 'READ_ERROR', `unsafe entry name (${member.safe.unsafe}): not extracted`);
        }
        continue;
      }
      const key = joinRel(relPrefix, member.safe.path);
      if (!inShard(key, options.shard)) continue; // decided before inflating anything
      if (member.safe.path.split('/').some(isHiddenName)) {
        yield { kind: 'skipped', key, display: memberDisplay };
        continue;
      }
      if (member.unreadable) {
        yield failed(key, memberDisplay, 'READ_ERROR', member.unreadable);
        continue;
      }
      if (member.size > options.maxBytes) {
        yield failed(key, memberDisplay, 'TOO_LARGE', `${member.size} bytes, over the limit of ${options.maxBytes} (--max-bytes)`);
        continue;
      }
      let bytes: Uint8Array = new Uint8Array(0);
      if (options.withData) {
        try {
          bytes = await member.read();
        } catch (error) {
          yield failed(key, memberDisplay, 'READ_ERROR', `cannot read the zip entry (${errorMessage(error)})`);
          continue;
        }
      }
      yield { kind: 'document', key, task: { bytes, display: memberDisplay, outRel: key, walked: true, mtimeMs: member.mtimeMs } };
    }
  } catch (error) {
    yield failed(relPrefix, display, 'READ_ERROR', `not a readable zip archive (${errorMessage(error)})`);
  }
}

// ---------------------------------------------------------------------------------------------
// One argument, or one line of --files-from

const GLOB_CHARACTERS = /[*?[\]{}]/;

async function* expandInput(input: string, origin: Origin, options: EnumerateOptions): AsyncGenerator<InputItem> {
  if (input === '-' && origin === 'argument') {
    // Only the first call reads stdin; main.ts refuses "-" together with --files-from - or --out-dir.
    let bytes: Uint8Array = new Uint8Array(0);
    try {
      if (options.withData) bytes = await options.readStdin();
    } catch (error) {
      const code = error instanceof AgendaParseError ? error.code : 'READ_ERROR';
      yield failed('-', null, code, errorMessage(error));
      return;
    }
    yield { kind: 'document', key: '-', task: { bytes, display: null, outRel: null, walked: false } };
    return;
  }
  // Named files keep their name (SPEC); listed ones their path, made relative.
  const key = origin === 'argument' ? basename(input) : listedPath(input);
  let info: Stats;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && GLOB_CHARACTERS.test(input) && (await loadPicomatch()).scan(input).isGlob) {
      yield* expandGlob(input, options);
    } else if (code === 'ENOENT' || code === 'ENOTDIR') {
      yield failed(key, input, 'FILE_NOT_FOUND', 'no such file');
    } else {
      yield failed(key, input, 'READ_ERROR', errorMessage(error));
    }
    return;
  }
  // A folder argument's files are relative to it; a listed folder keeps its path, as listed files do.
  if (info.isDirectory()) yield* expandDirectory(input, origin === 'argument' ? '' : key, info, options);
  else if (ZIP_NAME.test(input)) yield* expandZip(input, key, options);
  else yield { kind: 'document', key, task: { file: input, display: input, outRel: key, walked: false } };
}

async function* listedPaths(list: string): AsyncGenerator<string> {
  const stream = list === '-' ? process.stdin : createReadStream(list);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length > 0) yield line;
  }
}

async function* allInputs(args: readonly string[], options: EnumerateOptions): AsyncGenerator<InputItem> {
  for (const arg of args) yield* expandInput(arg, 'argument', options);
  if (options.filesFrom === undefined) return;
  try {
    for await (const path of listedPaths(options.filesFrom)) yield* expandInput(path, 'list', options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield failed(options.filesFrom, options.filesFrom, code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'READ_ERROR', `--files-from: ${errorMessage(error)}`);
  }
}

/** Every input, in order, less those of other shards. */
export async function* enumerateInputs(args: readonly string[], options: EnumerateOptions): AsyncGenerator<InputItem> {
  for await (const item of allInputs(args, options)) {
    if (inShard(item.key, options.shard)) yield item;
  }
}
