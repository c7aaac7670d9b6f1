import { canonicalJson } from '../crypto/canonical-json';

export interface JsonDifference {
  /** JSONPath-style location, e.g. $.items[2].title */
  path: string;
  /** undefined when the member is absent on that side */
  expected: unknown;
  actual: unknown;
}

/**
 * The first place two JSON values differ, walking objects in RFC 8785 key order and arrays by index, so
 * the answer is the first difference in the canonical text. Null when they are canonically equal.
 */
export function firstJsonDifference(expected: unknown, actual: unknown, path = '$'): JsonDifference | null {
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...presentKeys(expected), ...presentKeys(actual)])].sort(compareUtf16);
    for (const key of keys) {
      const difference = firstJsonDifference(expected[key], actual[key], memberPath(path, key));
      if (difference) return difference;
    }
    return null;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let index = 0; index < length; index += 1) {
      const difference = firstJsonDifference(expected[index], actual[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (expected === undefined || actual === undefined) return expected === actual ? null : { path, expected, actual };
  return canonicalJson(expected) === canonicalJson(actual) ? null : { path, expected, actual };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function presentKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
