export * from './format';
export * from './errors';
export { BackupWriter, AUDIT_TABLE, type BackupWriterOptions } from './writer';
export { readBackup, type BackupRow, type ReadBackupOptions, type VerifiedBackup } from './reader';
