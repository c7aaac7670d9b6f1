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
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

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
  let tail = HEX[((randomPool[randomPoolUsed] as number) & 0x3f) | 0x80] as string;
  for (let offset = 1; offset < 8; offset += 1) tail += HEX[randomPool[randomPoolUsed + offset] as number] as string;
  randomPoolUsed += 8;
  const time = hex(lastMs, 12);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(sequence, 3)}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
