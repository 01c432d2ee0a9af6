/** Up to `length` bytes of a stored file from `offset`; null once the file is gone. */
export type ReadPart = (offset: number, length: number) => Promise<Buffer | null>;

// Small enough that a part, and the text PostgreSQL sends it as (bytea in hex, twice the
// size), is young garbage: larger ones go straight to V8's old space and swell the heap.
const partSize = 32 * 1024;

/**
 * A stored file's bytes, a piece at a time, as the reader asks for them: the caller says
 * which transaction each piece is read in (its own short one while checking, the write's
 * own while importing, since PGlite has a single connection).
 */
export async function* fileParts(size: number, read: ReadPart): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < size; offset += partSize) {
    const part = await read(offset, partSize);
    if (!part?.length) throw new Error('the import file is gone');
    yield part;
  }
}
