// Failures that reach a person carry a code and the values its words need, never the words themselves:
// shared/ runs in the page, the workers, Electron's main process, the CLI and the server, and only the
// renderer (and the CLI) know which language the reader reads. `message` stays a short English line for
// logs and developers.

/** Values a coded error's words are filled with, e.g. { path: 'a/b.xlsx' }. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class CodedError<Code extends string = string> extends Error {
  override name = 'CodedError';
  constructor(
    readonly code: Code,
    readonly params: ErrorParams = {},
    developerMessage?: string,
    options?: ErrorOptions,
  ) {
    super(developerMessage ?? describeForDevelopers(code, params), options);
  }
}

export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}

/** A plain-data form that survives structured cloning (worker and IPC boundaries) and JSON. */
export interface CodedErrorData {
  readonly code: string;
  readonly params: ErrorParams;
}

/** Reads a code and its values from anything thrown or received; undefined when it carries none. */
export function codedErrorData(error: unknown): CodedErrorData | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, params } = error as { code?: unknown; params?: unknown };
  if (typeof code !== 'string' || code.length === 0) return undefined;
  return { code, params: isErrorParams(params) ? params : {} };
}

function isErrorParams(value: unknown): value is ErrorParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === 'string' || typeof entry === 'number');
}

function describeForDevelopers(code: string, params: ErrorParams): string {
  const values = Object.entries(params).map(([name, value]) => `${name}=${String(value)}`);
  return values.length === 0 ? code : `${code} (${values.join(', ')})`;
}
