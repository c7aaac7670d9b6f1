// A GB18030 encoder that runs in every host: TextEncoder writes only UTF-8, and iconv-lite leans on
// Node's Buffer, which the renderer and its workers do not have. The two-byte and the BMP four-byte
// tables are read back from the host's own GB18030 decoder (WHATWG Encoding: every browser, Node with
// ICU), so what we write is exactly what TextDecoder('gb18030') reads; code points above the BMP follow
// the standard's linear rule and need no table.

const TWO_BYTE_TRAILS = [...range(0x40, 0x7e), ...range(0x80, 0xfe)];
const BMP_FOUR_BYTE_POINTERS = 39_420; // 0x81308130 … 0x8431A439
const SUPPLEMENTARY_POINTER_BASE = 189_000; // the pointer of U+10000 (0x90308130)
// '?' for lone surrogates, which no encoding can carry, and for the few private-use code points the
// host's decoder never yields (GB18030-2022 moved 18 of them; U+E5E5 has no mapping): bytes that
// would read back as a different character are worse than a visible question mark.
const REPLACEMENT = 0x3f;

// code point (BMP) → >0: two-byte sequence (lead << 8 | trail); <0: -(four-byte pointer) - 1; 0: none
let bmpTable: Int32Array | null = null;

export function encodeGb18030(text: string): Uint8Array {
  const table = bmpTable ?? (bmpTable = buildBmpTable());
  const out = new Uint8Array(text.length * 4);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? REPLACEMENT;
    if (codePoint < 0x80) {
      out[length++] = codePoint;
      continue;
    }
    if (codePoint > 0xffff) {
      index += 1; // the low surrogate was read with the high one
      length = writeFourByte(out, length, SUPPLEMENTARY_POINTER_BASE + codePoint - 0x10000);
      continue;
    }
    const entry = table[codePoint] ?? 0;
    if (entry > 0) {
      out[length++] = entry >> 8;
      out[length++] = entry & 0xff;
    } else if (entry < 0) {
      length = writeFourByte(out, length, -entry - 1);
    } else {
      out[length++] = REPLACEMENT;
    }
  }
  return out.slice(0, length);
}

function writeFourByte(out: Uint8Array, at: number, pointer: number): number {
  out[at] = Math.floor(pointer / 12_600) + 0x81;
  out[at + 1] = Math.floor((pointer % 12_600) / 1_260) + 0x30;
  out[at + 2] = Math.floor((pointer % 1_260) / 10) + 0x81;
  out[at + 3] = (pointer % 10) + 0x30;
  return at + 4;
}

function buildBmpTable(): Int32Array {
  const table = new Int32Array(0x10000);
  const decoder = new TextDecoder('gb18030');

  const fourByte = new Uint8Array(BMP_FOUR_BYTE_POINTERS * 4);
  for (let pointer = 0; pointer < BMP_FOUR_BYTE_POINTERS; pointer += 1) writeFourByte(fourByte, pointer * 4, pointer);
  fillFromDecoder(decoder, fourByte, 4, (pointer) => -pointer - 1, table);

  // Two-byte entries are written last: where both forms decode to one character, the shorter wins,
  // as the WHATWG encoder prefers it.
  const twoByte = new Uint8Array(126 * TWO_BYTE_TRAILS.length * 2);
  let at = 0;
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (const trail of TWO_BYTE_TRAILS) {
      twoByte[at++] = lead;
      twoByte[at++] = trail;
    }
  }
  fillFromDecoder(decoder, twoByte, 2, (sequence) => ((twoByte[sequence * 2] ?? 0) << 8) | (twoByte[sequence * 2 + 1] ?? 0), table);
  // The decoder's own error character cannot be told apart from a decoded U+FFFD, so the real one is
  // placed by hand: the last BMP four-byte range starts at pointer 39394 = U+FFE6.
  table[0xfffd] = -(39_394 + 0xfffd - 0xffe6) - 1;
  return table;
}

// Decoding the whole run at once is fast; if any sequence did not come back as exactly one BMP
// character, positions no longer line up and the run is decoded one sequence at a time instead.
function fillFromDecoder(
  decoder: { decode(input: Uint8Array): string },
  bytes: Uint8Array,
  width: number,
  entryOf: (sequence: number) => number,
  table: Int32Array,
): void {
  const count = bytes.length / width;
  const decoded = decoder.decode(bytes);
  const aligned = decoded.length === count && !/[\uD800-\uDFFF]/.test(decoded);
  for (let sequence = 0; sequence < count; sequence += 1) {
    const char = aligned ? (decoded[sequence] ?? '') : decoder.decode(bytes.subarray(sequence * width, sequence * width + width));
    if (char.length !== 1 || char === '\uFFFD') continue;
    const codePoint = char.charCodeAt(0);
    if (codePoint >= 0x80) table[codePoint] = entryOf(sequence);
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
