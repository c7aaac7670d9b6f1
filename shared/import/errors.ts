// Every way an import can fail as a whole. `problem` is the kind of refusal callers and tests branch on;
// the code is the precise reason, and the renderer and the CLI give it words in the reader's language.
// Anything else escaping parseImport is a bug, and the fuzz test is there to catch it.
import { CodedError, type ErrorParams } from '../errors';

export type ImportProblem =
  'tooLarge' | 'zipBomb' | 'unreadable' | 'notATable' | 'tooManyRows' | 'noSuchSheet' | 'badOption' | 'badTemplate' | 'cancelled';

const PROBLEM_OF = {
  'import.tooLarge': 'tooLarge',
  'import.zipBombEntry': 'zipBomb',
  'import.zipBombTotal': 'zipBomb',
  'import.corruptWorkbook': 'unreadable',
  'import.unreadable': 'unreadable',
  'import.badEncoding': 'unreadable',
  'import.jsonInvalid': 'unreadable',
  'import.emptyFile': 'notATable',
  'import.notATable': 'notATable',
  'import.jsonNotArray': 'notATable',
  'import.noData': 'notATable',
  'import.noHeader': 'notATable',
  'import.tooManyRows': 'tooManyRows',
  'import.sheetTooManyRows': 'tooManyRows',
  'import.tooManyRecords': 'tooManyRows',
  'import.noSuchSheet': 'noSuchSheet',
  'import.badTimeZone': 'badOption',
  'import.badYear': 'badOption',
  'import.badTemplate': 'badTemplate',
  'import.badTemplateField': 'badTemplate',
  'import.cancelled': 'cancelled',
} as const satisfies Record<`import.${string}`, ImportProblem>;

export type ImportErrorCode = keyof typeof PROBLEM_OF;

export class ImportError extends CodedError<ImportErrorCode> {
  override readonly name = 'ImportError';
  readonly problem: ImportProblem;
  constructor(code: ImportErrorCode, params: ErrorParams = {}) {
    super(code, params);
    this.problem = PROBLEM_OF[code];
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
