export * from './sequence';
export * from './domain';
export * from './audit';
