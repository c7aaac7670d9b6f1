// Typed errors of the local store, each with the Chinese message the analyst sees.

export class DeskStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The database on disk was written by a newer OpinionDesk; this code must not write to it. */
export class NewerDatabaseError extends DeskStoreError {
  constructor(
    /** null where the host cannot tell (no indexedDB.databases()) */
    readonly diskVersion: number | null,
    readonly codeVersion: number,
  ) {
    super('数据库由更新版本的舆情工作台创建，请升级本程序后再打开；为保护数据，本程序不会写入。');
  }
}

/** Another window upgraded the database; this window stopped writing and must reload. */
export class DatabaseClosedForUpgradeError extends DeskStoreError {
  constructor() {
    super('另一个窗口已将数据库升级到新版本，本窗口已停止写入，以免用旧版本写坏数据。请重新加载本窗口。');
  }
}

/** The disk (or the browser's quota) is full; the write was rolled back whole. */
export class StorageFullError extends DeskStoreError {
  constructor(cause: unknown) {
    super('磁盘空间不足，本次修改没有保存（没有写入任何内容）。请清理磁盘空间，或先导出备份后删除旧数据，然后重试。', {
      cause,
    });
  }
}

/** A schema upgrade failed; IndexedDB rolled it back, so the data is as the previous version left it. */
export class UpgradeFailedError extends DeskStoreError {
  constructor(cause: unknown) {
    super('数据库升级失败，原有数据未作任何改动。请将此情况报告给技术支持，并暂时继续使用旧版本程序。', { cause });
  }
}

export class RecordNotFoundError extends DeskStoreError {
  constructor(
    readonly table: string,
    readonly key: string,
  ) {
    super(`要修改的记录不存在（${table}: ${key}），可能已被删除。`);
  }
}

export class InvalidWorkspaceError extends DeskStoreError {}
