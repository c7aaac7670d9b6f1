export * from './encoding';
export * from './errors';
export * from './keys';
export * from './key-vault';
export * from './lockout';
export * from './password';
export * from './signature';
