// The list order of one result, worked out only as far as the list has asked. At a million items putting the
// whole result in order took most of a second before the first rows could be shown; the first window needs
// only the first fifty matches, and scrolling further continues where the last window stopped.
import { hasBit, type SortDirection } from '../../../../shared/search/sort';

export class ResultOrder {
  private readonly ordered: Uint32Array;
  private filled = 0;
  /** how many entries of the permutation have been looked at, from the end the direction starts at */
  private scanned = 0;

  constructor(
    private readonly permutation: Uint32Array,
    private readonly result: readonly Uint32Array[],
    private readonly direction: SortDirection,
    readonly total: number,
  ) {
    this.ordered = new Uint32Array(total);
  }

  static empty(): ResultOrder {
    return new ResultOrder(new Uint32Array(0), [], 'desc', 0);
  }

  /** Orders the result up to position `end` (exclusive). */
  private fill(end: number): void {
    const target = Math.min(end, this.total);
    const length = this.permutation.length;
    while (this.filled < target && this.scanned < length) {
      const index = this.direction === 'asc' ? this.scanned : length - 1 - this.scanned;
      this.scanned += 1;
      const ordinal = this.permutation[index] as number;
      if (hasBit(this.result, ordinal)) {
        this.ordered[this.filled] = ordinal;
        this.filled += 1;
      }
    }
  }

  /** The ordinals at positions [start, start + count) of the result. */
  slice(start: number, count: number): Uint32Array {
    const from = Math.max(0, start);
    this.fill(from + count);
    return this.ordered.subarray(Math.min(from, this.filled), Math.min(from + count, this.filled));
  }

  /** The position of an ordinal in the result, −1 when it is not in it. */
  positionOf(ordinal: number): number {
    if (!hasBit(this.result, ordinal)) return -1;
    this.fill(this.total);
    return this.ordered.subarray(0, this.filled).indexOf(ordinal);
  }
}
