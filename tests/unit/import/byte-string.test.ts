import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { withByteStringDecoding } from '../../../shared/import/decode/byte-string';
import { workbookBytes } from './builders';

// Browsers decode "latin1" as the Encoding standard's windows-1252: bytes 0x80–0x9F become € ‚ ƒ … and SheetJS
// (its cc2str) maps those back to the bytes with one global replace. Node 20 names the encoding windows-1252
// but yields the bytes unchanged, which hides the problem; the tests install a decoder that keeps the standard.
const WINDOWS_1252_0X80_TO_0X9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252_BACK = /[€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g;
const EVERY_BYTE = Uint8Array.from({ length: 256 }, (_, index) => index);
const NodeTextDecoder = globalThis.TextDecoder;

class StandardTextDecoder extends NodeTextDecoder {
  override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    const text = super.decode(input, options);
    if (this.encoding !== 'windows-1252') return text;
    return text.replace(/[\u0080-\u009f]/g, (character) => WINDOWS_1252_0X80_TO_0X9F.charAt(character.charCodeAt(0) - 0x80));
  }
}

/** What SheetJS makes of a zip part in a browser without the fix: decode, then replace back. */
function byteStringAsSheetJsMakesIt(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(WINDOWS_1252_BACK, (character) => String.fromCharCode(0x80 + WINDOWS_1252_0X80_TO_0X9F.indexOf(character)));
}

beforeEach(() => {
  vi.stubGlobal('TextDecoder', StandardTextDecoder);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('byte strings for SheetJS without a replace per character', () => {
  it('decodes "latin1" to one character per byte, which is what SheetJS ends up with, leaving nothing to replace', () => {
    expect(new TextDecoder('latin1').decode(EVERY_BYTE).match(WINDOWS_1252_BACK)).toHaveLength(27);
    const decoded = withByteStringDecoding(() => new TextDecoder('latin1').decode(EVERY_BYTE));
    expect(decoded).toBe(byteStringAsSheetJsMakesIt(EVERY_BYTE));
    expect(decoded).toHaveLength(256);
    expect(decoded.match(WINDOWS_1252_BACK)).toBeNull();
  });

  it('decodes UTF-8 Chinese sheet XML longer than one chunk byte for byte, from views and buffers alike', () => {
    const xml = new TextEncoder().encode(`<t>${'东胜区网民反映，供暖公司收费标准调整引发居民不满。'.repeat(4000)}</t>`);
    const view = new Uint8Array(xml.length + 10);
    view.set(xml, 5);
    const decoded = withByteStringDecoding(() => ({
      fromView: new TextDecoder('latin1').decode(view.subarray(5, 5 + xml.length)),
      fromBuffer: new TextDecoder('latin1').decode(xml.slice().buffer),
    }));
    expect(decoded.fromView).toBe(byteStringAsSheetJsMakesIt(xml));
    expect(decoded.fromBuffer).toBe(decoded.fromView);
  });

  it('leaves every other encoding alone and puts the decoder back, even when the read throws', () => {
    const utf8 = withByteStringDecoding(() => new TextDecoder('utf-8').decode(new TextEncoder().encode('舆情')));
    expect(utf8).toBe('舆情');
    expect(() =>
      withByteStringDecoding(() => {
        throw new Error('坏文件');
      }),
    ).toThrow('坏文件');
    expect(globalThis.TextDecoder).toBe(StandardTextDecoder);
  });

  it('lets SheetJS as it runs in a browser read a Chinese workbook to the same cells, with no part left to replace', async () => {
    const bytes = workbookBytes([
      {
        name: '舆情信息',
        rows: [
          ['标题', '内容'],
          ['供暖收费', '居民反映“收费标准”调整€5，𠮷野家'],
        ],
      },
    ]);
    const inNode = XLSX.utils.sheet_to_json(XLSX.read(bytes, { type: 'array' }).Sheets['舆情信息'] as XLSX.WorkSheet, { header: 1 });
    // SheetJS chooses its browser path at load when there is no Buffer: a second instance, loaded without one
    vi.stubGlobal('Buffer', undefined);
    const browserXlsx = (await import('xlsx/xlsx.mjs?as-in-a-browser' as string)) as typeof XLSX;

    let partsToReplace = 0;
    const read = withByteStringDecoding(() => {
      const Decoding = globalThis.TextDecoder;
      globalThis.TextDecoder = class extends Decoding {
        override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
          const text = super.decode(input, options);
          if (this.encoding === 'windows-1252' && new RegExp(WINDOWS_1252_BACK.source).test(text)) partsToReplace++;
          return text;
        }
      };
      try {
        return browserXlsx.read(bytes, { type: 'array' });
      } finally {
        globalThis.TextDecoder = Decoding;
      }
    });
    expect(partsToReplace).toBe(0);
    expect(browserXlsx.utils.sheet_to_json(read.Sheets['舆情信息'] as XLSX.WorkSheet, { header: 1 })).toEqual(inNode);
    expect(inNode).toEqual([
      ['标题', '内容'],
      ['供暖收费', '居民反映“收费标准”调整€5，𠮷野家'],
    ]);
  });
});
