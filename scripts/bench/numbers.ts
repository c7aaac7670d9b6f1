/** Rounds a figure for the bench's JSON: milliseconds to a tenth, ratios to three digits. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** `--rows N [--json]`, the arguments of the row-count benches; null when they are wrong. */
export function parseRowsArgs(args: readonly string[], defaultRows: number): { rows: number; json: boolean } | null {
  let rows = defaultRows;
  let json = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') json = true;
    else if (arg === '--rows') {
      rows = Number(args[index + 1]);
      index += 1;
      if (!Number.isInteger(rows) || rows < 1) return null;
    } else return null;
  }
  return { rows, json };
}
