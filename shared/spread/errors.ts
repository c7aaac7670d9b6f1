// Why a spread input was refused, or a cascade's shape broke what the metrics rely on. `kind` is what the
// CLI and the page branch on (every kind exits 2); the code is the precise reason the reader's words are
// chosen by.
import { CodedError, type ErrorParams } from '../errors';

export type SpreadInputErrorKind = 'unreadable' | 'refused' | 'year-needed';

export type SpreadInputErrorCode =
  | 'spread.notText'
  | 'spread.jsonInvalid'
  | 'spread.jsonLineInvalid'
  | 'spread.sheetUnreadable'
  | 'spread.jsonNotArray'
  | 'spread.recordNotObject'
  | 'spread.recordFieldsMissing'
  | 'spread.noTraceSheet'
  | 'spread.headerMissing'
  | 'spread.idTooPrecise'
  | 'spread.yearNeeded';

/** The metrics were handed nodes out of order: a bug in the caller, named so it is not shown as a crash. */
export type SpreadShapeErrorCode = 'spread.parentNotBefore' | 'spread.rootNotFirst';

export type SpreadErrorCode = SpreadInputErrorCode | SpreadShapeErrorCode;

/** An input the spread pipeline cannot trace. */
export class SpreadInputError extends CodedError<SpreadInputErrorCode> {
  override name = 'SpreadInputError';
  constructor(
    readonly kind: SpreadInputErrorKind,
    code: SpreadInputErrorCode,
    params: ErrorParams = {},
  ) {
    super(code, params);
  }
}

export class SpreadShapeError extends CodedError<SpreadShapeErrorCode> {
  override name = 'SpreadShapeError';
  constructor(code: SpreadShapeErrorCode, params: ErrorParams = {}) {
    super(code, params);
  }
}
