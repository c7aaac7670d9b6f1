// Every way an import can fail as a whole. The worker and the CLI turn these into one Chinese line for
// the analyst; anything else escaping parseImport is a bug, and the fuzz test is there to catch it.

export type ImportErrorCode =
  'tooLarge' | 'zipBomb' | 'unreadable' | 'notATable' | 'tooManyRows' | 'noSuchSheet' | 'badOption' | 'badTemplate' | 'cancelled';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
