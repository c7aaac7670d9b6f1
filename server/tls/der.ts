// The handful of DER (ITU-T X.690) encodings an X.509 certificate needs. Every value is built as bytes
// up front, so a length is always known when its header is written.

export function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function derTagged(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

export function derSequence(...elements: Uint8Array[]): Buffer {
  return derTagged(0x30, Buffer.concat(elements));
}

export function derSet(...elements: Uint8Array[]): Buffer {
  return derTagged(0x31, Buffer.concat(elements));
}

/** A non-negative integer given as big-endian bytes (a serial number, a version). */
export function derUnsignedInteger(bigEndian: Uint8Array): Buffer {
  let start = 0;
  while (start < bigEndian.length - 1 && bigEndian[start] === 0) start += 1;
  const trimmed = Buffer.from(bigEndian.subarray(start));
  // A leading 1 bit would make the number negative in two's complement.
  const content = (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
  return derTagged(0x02, content.length === 0 ? Buffer.from([0]) : content);
}

export function derSmallInteger(value: number): Buffer {
  return derUnsignedInteger(Buffer.from([value]));
}

export function derObjectIdentifier(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const bytes: number[] = [first * 40 + second];
  for (const arc of rest) {
    const groups: number[] = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return derTagged(0x06, Buffer.from(bytes));
}

export function derUtf8String(text: string): Buffer {
  return derTagged(0x0c, Buffer.from(text, 'utf8'));
}

export function derIa5(tag: number, text: string): Buffer {
  return derTagged(tag, Buffer.from(text, 'ascii'));
}

export function derOctetString(content: Uint8Array): Buffer {
  return derTagged(0x04, content);
}

export function derBitString(content: Uint8Array): Buffer {
  return derTagged(0x03, Buffer.concat([Buffer.from([0]), content]));
}

export function derBoolean(value: boolean): Buffer {
  return derTagged(0x01, Buffer.from([value ? 0xff : 0]));
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
export function derTime(instant: Date): Buffer {
  const iso = instant.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, '');
  const year = instant.getUTCFullYear();
  if (year >= 1950 && year < 2050) return derIa5(0x17, `${digits.slice(2)}Z`);
  return derIa5(0x18, `${digits}Z`);
}

export function derExplicit(tagNumber: number, content: Uint8Array): Buffer {
  return derTagged(0xa0 | tagNumber, content);
}
