// Zip archives as inputs, read with yauzl: the central directory is read entry by entry and each
// member is inflated only when asked for, so memory stays flat however large the archive is.
// Names are decoded by yauzl (UTF-8 flag, Info-ZIP Unicode path field, else CP437) but checked
// here, entry by entry, so that one hostile name fails that entry and not the whole archive.
import type { Entry, ZipFile } from 'yauzl';
import { safeEntryPath } from './paths.js';

export interface ZipMember {
  /** The entry's name as stored (decoded). */
  name: string;
  /** Its safe relative path, or why there is none. */
  safe: { path: string } | { unsafe: string };
  directory: boolean;
  size: number;
  mtimeMs: number;
  /** Why the member cannot be read (encrypted, unknown compression), or null. */
  unreadable: string | null;
  /** The member's bytes; call before asking for the next member. */
  read(): Promise<Buffer>;
}

/** yauzl, loaded with the first archive: a batch without one (most) does not pay for it at start-up. */
// yauzl is CommonJS: its exports are the default export of the dynamically imported module.
type Yauzl = typeof import('yauzl');
const loadYauzl = async (): Promise<Yauzl> => ((await import('yauzl')) as unknown as { default: Yauzl }).default;

async function openZip(path: string): Promise<ZipFile> {
  const { open } = await loadYauzl();
  return new Promise((resolve, reject) => {
    // validateEntrySizes: a member that inflates beyond its declared size is an error, not a bomb.
    open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zipfile) =>
      error ? reject(error) : resolve(zipfile),
    );
  });
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry) => {
      done();
      resolve(entry);
    };
    const onEnd = () => {
      done();
      resolve(null);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** The members of a zip archive, in the order of its central directory. Throws if it is not a zip. */
export async function* zipMembers(path: string): AsyncGenerator<ZipMember> {
  const { getFileNameLowLevel } = await loadYauzl();
  const zip = await openZip(path);
  try {
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      const current = entry;
      yield {
        name,
        safe: safeEntryPath(name),
        directory: name.endsWith('/'),
        size: entry.uncompressedSize,
        mtimeMs: entry.getLastModDate().getTime(),
        unreadable: entry.isEncrypted()
          ? 'an encrypted zip entry'
          : entry.canDecodeFileData()
            ? null
            : `zip compression method ${entry.compressionMethod} is not supported`,
        read: () => readEntry(zip, current),
      };
    }
  } finally {
    zip.close();
  }
}
