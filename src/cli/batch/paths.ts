// Relative output paths. Whatever an input is called — a zip entry written by a hostile tool, a
// line of --files-from — its output must land inside --out-dir: these functions either return a
// clean relative path (forward slashes, no "." or ".." segments, not absolute) or say why not.

/** A zip entry's name, made safe, or the reason it cannot be. */
export function safeEntryPath(name: string): { path: string } | { unsafe: string } {
  if (name.includes('\0')) return { unsafe: 'a NUL character in the name' };
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return { unsafe: 'an absolute path' };
  if (/^[A-Za-z]:/.test(slashed)) return { unsafe: 'a drive letter' };
  const segments: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return { unsafe: 'a ".." segment that would leave the output folder' };
    segments.push(segment);
  }
  if (segments.length === 0) return { unsafe: 'an empty name' };
  return { path: segments.join('/') };
}

/**
 * A path from --files-from as a relative output path: "." segments dropped and leading "/" and
 * "../" removed, as tar does ("/data/a.txt" → "data/a.txt"); ".." inside the path is resolved.
 */
export function listedPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.length > 0 ? segments.join('/') : 'input';
}

/** Hidden files and folders, and the Finder's "__MACOSX" debris in zips, are not inputs. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX';
}

export function joinRel(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}/${name}`;
}

/** `dir` + `/` + `rel`, keeping the argument as the user typed it ("archive/" stays "archive/"). */
export function joinDisplay(base: string, rel: string): string {
  if (base === '') return rel;
  return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}
