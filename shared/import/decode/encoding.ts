import { ImportError } from '../errors';

// Text files arrive as saved by Chinese Excel, WPS or collection tools: UTF-8 with or without BOM,
// UTF-16 ("Unicode text"), or GB18030/GBK. We decode ourselves with the platform's TextDecoder because
// SheetJS's codepage 936 loses four-byte GB18030 characters such as 𠮷 and the € sign.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const ALIASES: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/** Accepts the names analysts and IT type (gbk, GB2312, utf8 …); null when the name is not one we read. */
export function encodingFromName(name: string): TextEncodingName | null {
  return ALIASES[name.trim().toLowerCase()] ?? null;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array, override?: TextEncodingName): DecodedText {
  const bom = detectBom(bytes);
  const encoding = override ?? bom?.encoding ?? sniffEncoding(bytes);
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const body = bytes.subarray(skip);
  try {
    return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding };
  } catch {
    throw new ImportError('import.badEncoding', { encoding });
  }
}

function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function sniffEncoding(bytes: Uint8Array): TextEncodingName {
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

// UTF-16 text without a BOM is mostly ASCII punctuation and digits, so one byte of each pair is zero;
// no UTF-8 or GB18030 table has zero bytes at all.
function sniffUtf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) zeroEven++;
    if (bytes[index + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.2 && zeroEven < pairs * 0.02) return 'utf-16le';
  if (zeroEven > pairs * 0.2 && zeroOdd < pairs * 0.02) return 'utf-16be';
  return null;
}
