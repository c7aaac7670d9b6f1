import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../shared/export/gb18030';

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
const decode = (bytes: Uint8Array) => new TextDecoder('gb18030').decode(bytes);

describe('GB18030 encoder', () => {
  it.each([
    ['ASCII', 'Az09 ,"\r\n', '41 7a 30 39 20 2c 22 0d 0a'],
    ['中文 (two bytes each)', '中文', 'd6 d0 ce c4'],
    ['€ (two bytes in GB18030, not GBK’s 0x80)', '€', 'a2 e3'],
    ['U+0080 (first four-byte code)', '\u0080', '81 30 81 30'],
    ['𠮷 (outside the BMP: four bytes by the linear rule)', '𠮷', '95 34 b2 35'],
    ['U+10FFFF (last code point)', '\u{10FFFF}', 'e3 32 9a 35'],
  ])('encodes %s', (_, text, expected) => {
    const bytes = encodeGb18030(text);
    expect(hex(bytes)).toBe(expected);
    expect(decode(bytes)).toBe(text);
  });

  // Hosts differ on a handful of private-use code points (GB18030-2022 remapped 18 of them, U+E5E5 has
  // none); those are written as ?, everything else must come back unchanged.
  it('round-trips every BMP character through TextDecoder, or writes ? for unmappable private use', () => {
    const codePoints: number[] = [];
    for (let codePoint = 0; codePoint <= 0xffff; codePoint += 1) {
      if (codePoint < 0xd800 || codePoint > 0xdfff) codePoints.push(codePoint);
    }
    const text = String.fromCharCode(...codePoints);
    const decoded = decode(encodeGb18030(text));
    const differing = codePoints.filter((codePoint, index) => decoded.charCodeAt(index) !== codePoint);
    const questionMarked = differing.filter((codePoint) => decoded.charCodeAt(codePoints.indexOf(codePoint)) === 0x3f);
    expect(questionMarked).toEqual(differing);
    expect(differing.filter((codePoint) => codePoint < 0xe000 || codePoint > 0xf8ff)).toEqual([]);
    expect(differing.length).toBeLessThanOrEqual(19);
    expect(decoded).toHaveLength(text.length);
  });

  it('round-trips a mixed text of all four widths', () => {
    const text = '舆情工作台 OpinionDesk：€12，𠮷野家、𪚥，“引号”。\u00B7\uFFFD';
    expect(decode(encodeGb18030(text))).toBe(text);
  });

  it('writes a lone surrogate, which no encoding can carry, as ?', () => {
    expect(hex(encodeGb18030('a\uD800b'))).toBe('61 3f 62');
  });
});
