// What other parts of the renderer may use from backup: everything else in the folder is its own.
export { BackupSection } from './BackupSection';
export { AuditWarning, ReloadPrompt, StorageFullAlert, storageAvailableText } from './ReliabilityStatus';
export { blockForNewerWindow, startReliabilityWatch } from './start';
