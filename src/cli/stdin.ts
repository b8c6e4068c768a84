// stdin as bytes, refused beyond --max-bytes as soon as it grows past it.
import { stdin } from 'node:process';
import { AgendaParseError } from '../errors.js';

export async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      throw new AgendaParseError('TOO_LARGE', `over the limit of ${maxBytes} bytes (--max-bytes)`, null);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
