import { codedErrorData } from '../../shared/errors';

/**
 * The key under which a coded error's words live: code 'pack.unsafePath' reads 'error.pack.unsafePath'.
 * Each feature's messages hold the words for the codes it shows, typed against the code unions, so a new
 * code without words fails to compile where it is declared.
 */
export function errorMessageKey(code: string): string {
  return `error.${code}`;
}

/**
 * Words for anything thrown: a coded error in the reader's language with its values filled in; else the
 * catch-all text with the developer's line, so nothing fails silently. `lookup` returns a template or
 * undefined for an unknown key; the caller passes the active dictionary's lookup.
 */
export function describeFailure(error: unknown, lookup: (key: string) => string | undefined, fallback: (detail: string) => string): string {
  const coded = codedErrorData(error);
  const template = coded ? lookup(errorMessageKey(coded.code)) : undefined;
  if (coded && template !== undefined) {
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = coded.params[name];
      return value === undefined ? placeholder : String(value);
    });
  }
  return fallback(error instanceof Error ? error.message : String(error));
}
