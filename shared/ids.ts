// Record ids are RFC 9562 version 7 UUIDs: a millisecond timestamp first, so ids made one after another sort
// one after another. IndexedDB keeps every table and compound index ([sortReported+id] …) in key order, and
// an import of 100,000 items with random (version 4) keys scattered its inserts over the whole key space:
// the chunked writes took twice as long as writing the same rows in key order.

const SEQUENCE_LIMIT = 0x1000;

let lastMs = -1;
let sequence = 0;

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
  const random = crypto.getRandomValues(new Uint8Array(8));
  random[0] = ((random[0] ?? 0) & 0x3f) | 0x80;
  const tail = Array.from(random, (byte) => hex(byte, 2)).join('');
  const time = hex(lastMs, 12);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(sequence, 3)}-${tail.slice(0, 4)}-${tail.slice(4)}`;
}
