// Typed errors of the local store. Each carries a code and the values its words need; the words live in
// the shell's catalog (app/catalog/errors/db.ts), typed against DbErrorCode so no code goes without them.
import { CodedError, type ErrorParams } from '../../shared/errors';

/** Every failure the local store reports to a person, by area. */
export type DbErrorCode =
  | 'db.newerDatabase'
  | 'db.closedForUpgrade'
  | 'db.storageFull'
  | 'db.upgradeFailed'
  | 'db.recordNotFound'
  | 'db.invalidWorkspace'
  | 'db.backup.workspaceNotEmpty'
  | 'db.backup.unknownTable'
  | 'db.backup.compoundKey'
  | 'db.reports.unknownProfile'
  | 'db.reports.drafterOnly'
  | 'db.reports.seriesRefused'
  | 'db.spread.selfLink'
  | 'db.spread.duplicateLink'
  | 'db.triage.tagNameRequired'
  | 'db.triage.tagIntoOwnChild'
  | 'db.triage.eventNameRequired'
  | 'db.triage.refutationTitleRequired'
  | 'db.triage.invalidPublishedAt'
  | 'db.triage.invalidDispositionAt'
  | 'db.undo.changedSince'
  | 'db.undo.missing'
  | 'db.undo.exists'
  | 'db.undo.nothingToUndo';

export class DeskStoreError extends CodedError<DbErrorCode> {
  constructor(code: DbErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(code, params);
    this.name = new.target.name;
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

/** The database on disk was written by a newer OpinionDesk; this code must not write to it. */
export class NewerDatabaseError extends DeskStoreError {
  constructor(
    /** null where the host cannot tell (no indexedDB.databases()) */
    readonly diskVersion: number | null,
    readonly codeVersion: number,
  ) {
    super('db.newerDatabase');
  }
}

/** Another window upgraded the database; this window stopped writing and must reload. */
export class DatabaseClosedForUpgradeError extends DeskStoreError {
  constructor() {
    super('db.closedForUpgrade');
  }
}

/** The disk (or the browser's quota) is full; the write was rolled back whole. */
export class StorageFullError extends DeskStoreError {
  constructor(cause: unknown) {
    super('db.storageFull', {}, { cause });
  }
}

/** A schema upgrade failed; IndexedDB rolled it back, so the data is as the previous version left it. */
export class UpgradeFailedError extends DeskStoreError {
  constructor(cause: unknown) {
    super('db.upgradeFailed', {}, { cause });
  }
}

export class RecordNotFoundError extends DeskStoreError {
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super('db.recordNotFound', { table, key });
  }
}

export class InvalidWorkspaceError extends DeskStoreError {
  constructor() {
    super('db.invalidWorkspace');
  }
}
