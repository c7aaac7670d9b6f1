// Codes for the values of an open-ended field (platform, region, unit, event, category, tag), so that a
// column holds small integers and a facet counts into an array. Code 0 is "none" (null or empty).
export interface CodeDictionary {
  values: string[];
  codes: Map<string, number>;
}

export const NONE_CODE = 0;

export function createDictionary(values: readonly string[] = []): CodeDictionary {
  const dictionary: CodeDictionary = { values: [''], codes: new Map() };
  for (const value of values.slice(values[0] === '' ? 1 : 0)) codeOf(dictionary, value);
  return dictionary;
}

/** The value's code, adding the value when it is new. */
export function codeOf(dictionary: CodeDictionary, value: string | null): number {
  if (value === null || value === '') return NONE_CODE;
  let code = dictionary.codes.get(value);
  if (code === undefined) {
    code = dictionary.values.length;
    dictionary.values.push(value);
    dictionary.codes.set(value, code);
  }
  return code;
}

export function valueOf(dictionary: CodeDictionary, code: number): string | null {
  return code === NONE_CODE ? null : (dictionary.values[code] ?? null);
}
