export * from './status';
export * from './tags';
export * from './change-set';
export * from './duplicates';
