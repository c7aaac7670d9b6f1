// The item ids of one chunk of ordinals. Item ids are RFC 9562 UUIDs (shared/ids.ts), and a million of them as
// strings is what made opening the list slow: reading 16 persisted chunks of 65,536 strings from IndexedDB
// took 220–770 ms, the same ids as 16 bytes each 110–130 ms. So a chunk keeps its ids packed, 16 bytes per id,
// while every id in it is a canonical lowercase UUID (the form newId and every importer writes), and as
// strings once it holds any other id (a restored backup, demo data, a test): such ids must keep working, and
// an exact round trip is only guaranteed for the canonical form. An id is formatted only when asked for
// (the list window asks for ~50), never all of them at load.
import { formatUuid, packUuid, UUID_BYTES } from '../ids';

export const ID_BYTES = UUID_BYTES;

/** Packed: ID_BYTES per local ordinal. Strings: one per local ordinal. */
export type ChunkIds = Uint8Array | string[];

/** Not `instanceof`: a typed array read back from IndexedDB may come from another realm (a test's jsdom). */
export function isPacked(ids: ChunkIds): ids is Uint8Array {
  return !Array.isArray(ids);
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
