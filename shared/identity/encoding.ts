// Bytes as they travel in JSON: standard base64 with padding. Written here rather than taken from a host
// (Buffer, btoa) so shared/ stays pure and every runtime encodes the same way.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_OF = new Map([...ALPHABET].map((character, index) => [character, index]));

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    text += ALPHABET[(triple >> 18) & 63]! + ALPHABET[(triple >> 12) & 63]!;
    text += index + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63]! : '=';
    text += index + 2 < bytes.length ? ALPHABET[triple & 63]! : '=';
  }
  return text;
}

/** The bytes of a base64 text, or null when it is not canonical padded base64 (so one value has one spelling). */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let index = 0; index < text.length; index += 4) {
    const values = [...text.slice(index, index + 4)].map((character) => (character === '=' ? 0 : (VALUE_OF.get(character) ?? 0)));
    const triple = (values[0]! << 18) | (values[1]! << 12) | (values[2]! << 6) | values[3]!;
    for (const shift of [16, 8, 0]) if (written < bytes.length) bytes[written++] = (triple >> shift) & 255;
  }
  return toBase64(bytes) === text ? bytes : null;
}

/** Overwrites secret bytes once they are no longer needed, so they do not linger in memory until collected. */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
