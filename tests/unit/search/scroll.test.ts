import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_PX,
  contentHeight,
  realOffsetAt,
  scrollTopForOffset,
  scrollTopToReveal,
  visibleRows,
} from '../../../shared/search/scroll';

const ROW = 32;
const VIEWPORT = 640;
const million = { rowCount: 1_000_000, rowHeight: ROW, viewportHeight: VIEWPORT };

describe('scaled scrolling', () => {
  it('caps the scroll element far below Chrome’s limit at a million rows', () => {
    expect(contentHeight(million)).toBe(MAX_SCROLL_PX);
    expect(MAX_SCROLL_PX).toBeLessThan(33_554_428);
  });

  it('shows the first row at the top and the last row at the bottom', () => {
    expect(visibleRows(0, million)).toEqual({ first: 0, end: 20, topOffset: 0 });
    const bottom = visibleRows(MAX_SCROLL_PX - VIEWPORT, million);
    expect(bottom.end).toBe(1_000_000);
    expect(bottom.first).toBe(1_000_000 - VIEWPORT / ROW);
  });

  it('maps scroll position to row and back for rows all along the list', () => {
    for (const row of [0, 1, 12_345, 500_000, 999_979]) {
      const top = scrollTopForOffset(row * ROW, million);
      expect(Math.round(realOffsetAt(top, million) / ROW)).toBe(row);
    }
  });

  it('reveals a row below the view by putting it on the last line, and leaves a visible row alone', () => {
    const top = scrollTopToReveal(700_000, 0, million);
    const view = visibleRows(top, million);
    expect(view.end).toBe(700_001);
    expect(scrollTopToReveal(view.first + 3, top, million)).toBe(top);
  });

  it('is plain scrolling below the cap', () => {
    const small = { rowCount: 100, rowHeight: ROW, viewportHeight: VIEWPORT };
    expect(contentHeight(small)).toBe(3_200);
    expect(realOffsetAt(320, small)).toBe(320);
    expect(visibleRows(330, small, 2)).toEqual({ first: 8, end: 33, topOffset: 8 * ROW - 330 });
  });
});
