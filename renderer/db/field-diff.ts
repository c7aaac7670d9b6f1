import { canonicalJson } from '../../shared/crypto/canonical-json';

export interface FieldDiff {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * The fields whose values differ, as they were and as they became: what an audit entry keeps so a change
 * can be shown and undone. A field missing on one side is recorded as null there.
 */
export function diffFields(before: object, after: object, ignore: readonly string[] = []): FieldDiff | null {
  const oldRecord = before as Record<string, unknown>;
  const newRecord = after as Record<string, unknown>;
  const diff: FieldDiff = { before: {}, after: {} };
  let changed = false;
  for (const key of new Set([...Object.keys(oldRecord), ...Object.keys(newRecord)])) {
    if (ignore.includes(key)) continue;
    const oldValue = oldRecord[key] ?? null;
    const newValue = newRecord[key] ?? null;
    if (canonicalJson(oldValue) === canonicalJson(newValue)) continue;
    diff.before[key] = oldValue;
    diff.after[key] = newValue;
    changed = true;
  }
  return changed ? diff : null;
}
