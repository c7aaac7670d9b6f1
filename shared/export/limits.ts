// Excel's own limits (Microsoft's "Excel specifications and limits"). Tests pass smaller ones so they
// can exercise every branch without writing a million rows.
export interface SheetLimits {
  /** rows per worksheet, header included */
  maxRowsPerSheet: number;
  /** hyperlinks per worksheet; Excel drops or repairs the rest */
  maxLinksPerSheet: number;
  /** characters per cell */
  maxCellChars: number;
  /** characters of a hyperlink address Excel will follow */
  maxLinkChars: number;
}

export const EXCEL_LIMITS: SheetLimits = {
  maxRowsPerSheet: 1_048_576,
  maxLinksPerSheet: 65_530,
  maxCellChars: 32_767,
  maxLinkChars: 2_079,
};

export const TRUNCATION_MARKER = '…[已截断]';

/** Cuts text to `maxChars` UTF-16 units including the marker, never splitting a surrogate pair. */
export function truncateWithMarker(text: string, maxChars: number): string {
  let keep = Math.max(0, maxChars - TRUNCATION_MARKER.length);
  const last = text.charCodeAt(keep - 1);
  if (keep > 0 && last >= 0xd800 && last <= 0xdbff) keep -= 1;
  return text.slice(0, keep) + TRUNCATION_MARKER;
}
