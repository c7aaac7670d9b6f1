// The .odbak backup: a zip holding one NDJSON file per table (tables/<table>.ndjson, one row per line, in
// primary-key order) and manifest.json, which lists every table file with its row count, byte length and
// SHA-256, and records the formats, the app version and the head of the audit chain at backup time.
// The manifest is what a restore checks the whole file against before it writes anything.
import type { AuditHead } from '../audit/chain';
import type { IsoDateTime } from '../domain/types';
import { isSafePackPath } from '../export/pack';
import { BackupWriteError } from './errors';

export const BACKUP_FORMAT = 'opinion-desk-backup';
/** Bumped when the file layout changes; a reader refuses files of a newer format version than its own. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'odbak';
export const BACKUP_MANIFEST_NAME = 'manifest.json';

const TABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

export interface BackupTableEntry {
  /** the store's table name */
  name: string;
  /** tables/<name>.ndjson */
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** the store's schema version the rows were written with */
  schemaVersion: number;
  appVersion: string;
  createdAt: IsoDateTime;
  /** the last audit entry in the backup; null when the log was empty */
  auditHead: AuditHead | null;
  tables: BackupTableEntry[];
}

export function isTableName(name: string): boolean {
  return TABLE_NAME.test(name);
}

export function tableFileName(table: string): string {
  if (!isTableName(table)) throw new BackupWriteError('backup.badTableName', { table: JSON.stringify(table) });
  return `tables/${table}.ndjson`;
}

/**
 * A zip entry name that stays inside the folder it would be unpacked into on every system (no `..`,
 * no absolute or drive paths, no NUL or other control characters, no backslashes): the pack's rule.
 */
export function isSafeEntryName(name: string): boolean {
  return isSafePackPath(name);
}

/** The file name offered for a backup made at `day` (YYYY-MM-DD). */
export function backupFileName(day: string): string {
  return `舆情工作台备份 ${day}.${BACKUP_EXTENSION}`;
}
