export * from './status';
export * from './tags';
export * from './change-set';
export * from './duplicates';
export * from './refutations';
export * from './event-stats';
