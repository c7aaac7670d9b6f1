// The local store: the only module of the app that talks to IndexedDB.
export * from './schema';
export * from './errors';
export { DeskDatabase, openDeskDatabase, openStrictConnection, type BlockedListener, type Durability, type OpenOptions } from './database';
export type { WriteContext, Clock, ChangeRecord } from './audited-write';
export * from './items-repository';
export * from './import-repository';
export * from './entity-repository';
export * from './profiles-repository';
export * from './reports-repository';
export * from './settings-repository';
export * from './stats-repository';
export * from './audit-repository';
export * from './workspace-repository';
export * from './derived-repository';
export * from './spread-repository';
export * from './index-repository';
export * from './triage-repository';
export * from './repositories';
