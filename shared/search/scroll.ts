// Scaled scrolling: Chrome stops growing an element near 33.5M px, which at 32 px a row is about a million
// rows. Past MAX_SCROLL_PX the scrollbar stands for the rows proportionally: the scroll range maps linearly
// onto the range of first visible rows, so the first and the last row are both reachable, and a row moves by
// whole rows when the wheel scrolls by whole rows only below the cap (beyond it the list pages by rows,
// which keyboard navigation does anyway).

/** Comfortably below every browser's limit, so zoom levels cannot push the element over it. */
export const MAX_SCROLL_PX = 15_000_000;

export interface ScrollGeometry {
  rowCount: number;
  rowHeight: number;
  viewportHeight: number;
}

/** The height of the element that makes the scrollbar. */
export function contentHeight({ rowCount, rowHeight }: ScrollGeometry): number {
  return Math.min(rowCount * rowHeight, MAX_SCROLL_PX);
}

function ranges(geometry: ScrollGeometry) {
  const realRange = Math.max(0, geometry.rowCount * geometry.rowHeight - geometry.viewportHeight);
  const scrollRange = Math.max(0, contentHeight(geometry) - geometry.viewportHeight);
  return { realRange, scrollRange };
}

/** The pixel offset into the full (unscaled) list at a scrollTop. */
export function realOffsetAt(scrollTop: number, geometry: ScrollGeometry): number {
  const { realRange, scrollRange } = ranges(geometry);
  if (scrollRange <= 0) return 0;
  const clamped = Math.min(Math.max(scrollTop, 0), scrollRange);
  return realRange === scrollRange ? clamped : (clamped / scrollRange) * realRange;
}

/** The scrollTop that shows the full list from a pixel offset. */
export function scrollTopForOffset(offset: number, geometry: ScrollGeometry): number {
  const { realRange, scrollRange } = ranges(geometry);
  if (realRange <= 0) return 0;
  const clamped = Math.min(Math.max(offset, 0), realRange);
  return realRange === scrollRange ? clamped : (clamped / realRange) * scrollRange;
}

export interface VisibleRows {
  first: number;
  /** exclusive */
  end: number;
  /** where row `first` is drawn, relative to the top of the viewport (≤ 0) */
  topOffset: number;
}

export function visibleRows(scrollTop: number, geometry: ScrollGeometry, overscan = 0): VisibleRows {
  const offset = realOffsetAt(scrollTop, geometry);
  const exactFirst = Math.floor(offset / geometry.rowHeight);
  const first = Math.max(0, exactFirst - overscan);
  const end = Math.min(geometry.rowCount, Math.ceil((offset + geometry.viewportHeight) / geometry.rowHeight) + overscan);
  return { first, end, topOffset: first * geometry.rowHeight - offset };
}

/** The scrollTop that brings `row` into view with the least movement (unchanged when it is visible). */
export function scrollTopToReveal(row: number, scrollTop: number, geometry: ScrollGeometry): number {
  const offset = realOffsetAt(scrollTop, geometry);
  const rowTop = row * geometry.rowHeight;
  const rowBottom = rowTop + geometry.rowHeight;
  if (rowTop < offset) return scrollTopForOffset(rowTop, geometry);
  if (rowBottom > offset + geometry.viewportHeight) return scrollTopForOffset(rowBottom - geometry.viewportHeight, geometry);
  return scrollTop;
}
