// Why a backup file was refused, or could not be written. The restore writes nothing when any refusal is
// found; `problem` is the kind of refusal callers branch on, the code the precise reason the reader's words
// are chosen by.
import type { AuditProblem } from '../audit/chain';
import { CodedError, type ErrorParams } from '../errors';

export type BackupProblem =
  | 'notBackup'
  | 'truncated'
  | 'corrupt'
  | 'unsafeName'
  | 'unexpectedEntry'
  | 'duplicateEntry'
  | 'tooLarge'
  | 'badManifest'
  | 'newerFormat'
  | 'newerSchema'
  | 'olderSchema'
  | 'missingFile'
  | 'sizeMismatch'
  | 'hashMismatch'
  | 'countMismatch'
  | 'badRow'
  | 'auditMismatch';

/** Reasons finer than their problem: which part of the manifest, which row, how the audit chain broke. */
type BackupDetailCode =
  | 'backup.manifestMissing'
  | 'backup.manifestNotJson'
  | 'backup.manifestField'
  | 'backup.manifestTable'
  | 'backup.manifestTableTwice'
  | 'backup.rowNotText'
  | 'backup.auditAltered'
  | 'backup.auditRemoved'
  | 'backup.auditInserted'
  | 'backup.auditReordered'
  | 'backup.auditHeadMismatch';

/** Writing a backup failed: a row holds what a backup cannot keep, or the writer was misused. */
type BackupWriteCode =
  | 'backup.unwritableNumber'
  | 'backup.notPlainData'
  | 'backup.emptyElement'
  | 'backup.unwritableType'
  | 'backup.rowNotRecord'
  | 'backup.writerFinished'
  | 'backup.tableTwice'
  | 'backup.noTableBegun'
  | 'backup.badTableName';

export type BackupErrorCode = `backup.${BackupProblem}` | BackupDetailCode | BackupWriteCode;

export class BackupError extends CodedError<BackupErrorCode> {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    params: ErrorParams = {},
    code: BackupErrorCode = `backup.${problem}`,
  ) {
    super(code, params);
  }
}

export const AUDIT_PROBLEM_CODES: Readonly<Record<AuditProblem, BackupDetailCode>> = {
  altered: 'backup.auditAltered',
  removed: 'backup.auditRemoved',
  inserted: 'backup.auditInserted',
  reordered: 'backup.auditReordered',
};

export class BackupWriteError extends CodedError<BackupErrorCode> {
  override name = 'BackupWriteError';
  constructor(code: BackupWriteCode, params: ErrorParams = {}) {
    super(code, params);
  }
}
