import type { Cell } from '../table';

// Untrusted files: every decoder stops at these bounds instead of trusting what the file declares.
export interface DecodeLimits {
  maxBytes: number;
  /** total uncompressed size a zip (xlsx) may declare */
  maxUncompressedBytes: number;
  maxRows: number;
  maxCellLength: number;
}

export const DEFAULT_LIMITS: DecodeLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxUncompressedBytes: 512 * 1024 * 1024,
  maxRows: 1_000_000,
  // Excel's own limit for one cell; anything longer is not something an agency typed.
  maxCellLength: 32_767,
};

export function limitCellText(text: string, limits: DecodeLimits): Cell {
  if (text.length <= limits.maxCellLength) return { text };
  return { text: text.slice(0, limits.maxCellLength), truncated: true };
}
