// RFC 8785 JSON Canonicalization Scheme: object keys sorted by UTF-16 code units, no whitespace,
// numbers in ECMAScript shortest form (which is what JSON.stringify already emits for finite numbers),
// strings escaped as JSON.stringify does. `undefined` members are omitted, as in JSON.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class CanonicalJsonError extends Error {}

export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${path}: ${String(value)} has no JSON form`);
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`${path}: ${typeof value} has no JSON form`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((element, index) => (element === undefined ? 'null' : serialise(element, `${path}[${index}]`))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(compareUtf16);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${serialise(record[key], `${path}.${key}`)}`).join(',')}}`;
}

function compareUtf16(a: string, b: string): number {
  // Plain < on JS strings compares UTF-16 code units, exactly what RFC 8785 §3.2.3 asks for.
  return a < b ? -1 : a > b ? 1 : 0;
}
