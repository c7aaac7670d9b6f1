// The item ids of one chunk of ordinals. Item ids are RFC 9562 UUIDs (shared/ids.ts), and a million of them as
// strings is what made opening the list slow: reading 16 persisted chunks of 65,536 strings from IndexedDB
// took 220–770 ms, the same ids as 16 bytes each 110–130 ms. So a chunk keeps its ids packed, 16 bytes per id,
// while every id in it is a canonical lowercase UUID (the form newId and every importer writes), and as
// strings once it holds any other id (a restored backup, demo data, a test): such ids must keep working, and
// an exact round trip is only guaranteed for the canonical form. An id is formatted only when asked for
// (the list window asks for ~50), never all of them at load.
export const ID_BYTES = 16;

/** Packed: ID_BYTES per local ordinal. Strings: one per local ordinal. */
export type ChunkIds = Uint8Array | string[];

/** Not `instanceof`: a typed array read back from IndexedDB may come from another realm (a test's jsdom). */
export function isPacked(ids: ChunkIds): ids is Uint8Array {
  return !Array.isArray(ids);
}

const DASH = 0x2d;
/** The character positions of the four dashes in `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. */
const isDashAt = (position: number) => position === 8 || position === 13 || position === 18 || position === 23;

function nibble(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

/**
 * Writes a canonical lowercase UUID as 16 bytes at `offset`. Returns false (and writes nothing) for any other
 * string, uppercase UUIDs included: they would not come back as written.
 */
export function packUuid(id: string, into: Uint8Array, offset: number): boolean {
  if (id.length !== 36) return false;
  for (let position = 0; position < 36; position += 1) {
    const code = id.charCodeAt(position);
    if (isDashAt(position) ? code !== DASH : nibble(code) < 0) return false;
  }
  let byte = offset;
  for (let position = 0; position < 36; position += 2) {
    if (isDashAt(position)) position += 1;
    into[byte] = (nibble(id.charCodeAt(position)) << 4) | nibble(id.charCodeAt(position + 1));
    byte += 1;
  }
  return true;
}

const HEX = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, '0'));

export function formatUuid(bytes: Uint8Array, offset: number): string {
  const hex = (at: number) => HEX[bytes[offset + at] as number] as string;
  return (
    hex(0) +
    hex(1) +
    hex(2) +
    hex(3) +
    '-' +
    hex(4) +
    hex(5) +
    '-' +
    hex(6) +
    hex(7) +
    '-' +
    hex(8) +
    hex(9) +
    '-' +
    hex(10) +
    hex(11) +
    hex(12) +
    hex(13) +
    hex(14) +
    hex(15)
  );
}

export function chunkIdAt(ids: ChunkIds, local: number): string {
  return isPacked(ids) ? formatUuid(ids, local * ID_BYTES) : (ids[local] as string);
}

/**
 * Sets the id at a local ordinal below `count`. Returns the chunk's ids: the same ones, or, when a packed
 * chunk gets an id that does not pack, all of them as strings from then on.
 */
export function setChunkId(ids: ChunkIds, count: number, local: number, id: string): ChunkIds {
  if (!isPacked(ids)) {
    ids[local] = id;
    return ids;
  }
  if (packUuid(id, ids, local * ID_BYTES)) return ids;
  const strings = Array.from({ length: count }, (_, at) => formatUuid(ids, at * ID_BYTES));
  strings[local] = id;
  return strings;
}
