// Record ids are RFC 9562 version 7 UUIDs: a millisecond timestamp first, so ids made one after another sort
// one after another. IndexedDB keeps every table and compound index ([sortReported+id] …) in key order, and
// an import of 100,000 items with random (version 4) keys scattered its inserts over the whole key space:
// the chunked writes took twice as long as writing the same rows in key order.

const SEQUENCE_LIMIT = 0x1000;

let lastMs = -1;
let sequence = 0;

// An import makes 100,000 ids at once: one getRandomValues call per 512 ids instead of one each.
const RANDOM_POOL_BYTES = 4096;
const randomPool = new Uint8Array(RANDOM_POOL_BYTES);
let randomPoolUsed = RANDOM_POOL_BYTES;
const idBytes = new Uint8Array(16);

/**
 * The next id. Within one millisecond a 12-bit sequence (started at a random point) keeps ids increasing; if it
 * runs out, the timestamp borrows the next millisecond. A clock that goes back never makes ids go back.
 */
export function newId(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = Math.floor(Math.random() * (SEQUENCE_LIMIT / 2));
  } else if (++sequence >= SEQUENCE_LIMIT) {
    lastMs += 1;
    sequence = 0;
  }
  if (randomPoolUsed + 8 > RANDOM_POOL_BYTES) {
    crypto.getRandomValues(randomPool);
    randomPoolUsed = 0;
  }
  // 48 bits of milliseconds (more than 32: written as two parts), version 7 and the sequence, variant and random
  const high = Math.floor(lastMs / 0x10000);
  idBytes[0] = high >>> 24;
  idBytes[1] = high >>> 16;
  idBytes[2] = high >>> 8;
  idBytes[3] = high;
  idBytes[4] = lastMs >>> 8;
  idBytes[5] = lastMs;
  idBytes[6] = 0x70 | (sequence >>> 8);
  idBytes[7] = sequence;
  idBytes.set(randomPool.subarray(randomPoolUsed, randomPoolUsed + 8), 8);
  idBytes[8] = ((idBytes[8] as number) & 0x3f) | 0x80;
  randomPoolUsed += 8;
  return formatUuid(idBytes, 0);
}

export const UUID_BYTES = 16;
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

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

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
