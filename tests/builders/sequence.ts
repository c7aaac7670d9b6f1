// One counter for all builders, so every built record has a distinct, predictable id. Tests that compare
// ids across runs call resetBuilderSequence() in beforeEach.
let counter = 0;

export function nextSequence(): number {
  counter += 1;
  return counter;
}

export function resetBuilderSequence(): void {
  counter = 0;
}

/** A valid version-4 UUID made from a number: readable in failures, stable across runs. */
export function sequentialUuid(n: number, prefix = '00000000'): string {
  return `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** Minutes after 2026-03-02 08:00 Beijing time, as the +08:00 ISO strings the store holds. */
export function beijingTime(minutesAfterBase: number): string {
  const base = Date.UTC(2026, 2, 2, 0, 0, 0) + minutesAfterBase * 60_000;
  const shifted = new Date(base + 8 * 3_600_000).toISOString().slice(0, 19);
  return `${shifted}+08:00`;
}
