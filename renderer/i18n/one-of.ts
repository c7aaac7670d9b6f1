/** Narrows a value read at run time to one of a list's members, so a message key built from it is checked. */
export function isOneOf<T extends string | number>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
