// Failures of identity work carry a code; the renderer and the CLI turn it into words for the person.
export type IdentityErrorCode = 'wrongPassword' | 'passwordTooShort' | 'passwordTooLong' | 'unsupportedParameters' | 'malformedKey';

export class IdentityError extends Error {
  constructor(readonly code: IdentityErrorCode) {
    super(`identity: ${code}`);
    this.name = 'IdentityError';
  }
}
