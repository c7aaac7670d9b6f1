// SheetJS turns each zip part into a "byte string" (one character per byte) before parsing its XML. In a
// browser it does that with `new TextDecoder('latin1')`, which the Encoding standard defines as
// windows-1252, and then maps the 0x80–0x9F characters back to their bytes with one global regex replace.
// The sheet XML of a Chinese workbook is UTF-8, and most Chinese characters hold such a byte: a 300,000-row
// partner file (350 MB of sheet XML) gives the replace tens of millions of matches, more than V8 can collect
// in one array, and Chromium kills the whole renderer ("Fatal JavaScript invalid size error 268435456") —
// nothing a try/catch sees.
// Node never takes that path (SheetJS uses Buffer there), which is why `desk check` read the same file.
//
// withByteStringDecoding runs a read with a TextDecoder whose windows-1252 decoding is the plain byte
// string SheetJS wants in the end: the replace then finds nothing and the result is the same string.

const CHUNK_BYTES = 32_768;

/** whatever this host's TextDecoder takes (Node's and the DOM's typings differ) */
type DecodeInput = Parameters<InstanceType<typeof TextDecoder>['decode']>[0];
type DecodeOptions = Parameters<InstanceType<typeof TextDecoder>['decode']>[1];

function byteString(input: DecodeInput): string {
  if (input === undefined || input === null) return '';
  const bytes = 'buffer' in input ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    // fromCharCode takes array-likes: one call per chunk instead of one per byte
    parts.push(String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK_BYTES) as unknown as number[]));
  }
  return parts.join('');
}

/** Runs `read` (synchronous: nothing else runs on this thread meanwhile) with byte-string latin1 decoding. */
export function withByteStringDecoding<T>(read: () => T): T {
  const Original = globalThis.TextDecoder;
  if (typeof Original !== 'function') return read();
  class ByteStringDecoder extends Original {
    override decode(input?: DecodeInput, options?: DecodeOptions): string {
      if (this.encoding !== 'windows-1252' || options?.stream === true) return super.decode(input, options);
      return byteString(input);
    }
  }
  globalThis.TextDecoder = ByteStringDecoder;
  try {
    return read();
  } finally {
    globalThis.TextDecoder = Original;
  }
}
