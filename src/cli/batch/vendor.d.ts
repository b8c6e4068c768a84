// The parts of yauzl (3.x) and picomatch (4.x) that the batch runner uses; neither ships types.

declare module 'yauzl' {
  import type { EventEmitter } from 'node:events';
  import type { Readable } from 'node:stream';

  export interface ExtraField {
    id: number;
    data: Buffer;
  }

  export interface Entry {
    fileNameRaw: Buffer;
    fileName: string | Buffer;
    extraFields: ExtraField[];
    generalPurposeBitFlag: number;
    compressionMethod: number;
    compressedSize: number;
    uncompressedSize: number;
    getLastModDate(): Date;
    isEncrypted(): boolean;
    canDecodeFileData(): boolean;
  }

  export interface ZipFile extends EventEmitter {
    entryCount: number;
    readEntry(): void;
    openReadStream(entry: Entry, callback: (error: Error | null, stream: Readable) => void): void;
    close(): void;
  }

  export interface Options {
    lazyEntries?: boolean;
    autoClose?: boolean;
    decodeStrings?: boolean;
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
  }

  export function open(path: string, options: Options, callback: (error: Error | null, zipfile: ZipFile) => void): void;
  export function getFileNameLowLevel(generalPurposeBitFlag: number, fileNameBuffer: Buffer, extraFields: ExtraField[], strictFileNames: boolean): string;
}

declare module 'picomatch' {
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
    isBrace: boolean;
    isGlobstar: boolean;
    negated: boolean;
  }
  interface PicomatchOptions {
    dot?: boolean;
  }
  interface Picomatch {
    (glob: string, options?: PicomatchOptions): (path: string) => boolean;
    scan(pattern: string): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
