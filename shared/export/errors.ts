// Why a pack could not be built or checked, or an export could not start. The renderer and the CLI give
// each code its words.
import { CodedError, type ErrorParams } from '../errors';

export type PackErrorCode =
  | 'pack.unsafePath'
  | 'pack.duplicatePath'
  | 'pack.manifestProvided'
  | 'pack.reportJsonProvided'
  | 'pack.reportNotCanonical'
  | 'pack.reportHashMismatch'
  | 'pack.unsafeFolder'
  | 'pack.manifestMissing'
  | 'pack.manifestNotJson'
  | 'pack.notPackManifest'
  | 'pack.unsupportedVersion'
  | 'pack.badFileList'
  | 'pack.badReportHash';

export type ExportErrorCode = PackErrorCode | 'export.emptyMaskingSecret';

export class PackError extends CodedError<PackErrorCode> {
  override name = 'PackError';
  constructor(code: PackErrorCode, params: ErrorParams = {}) {
    super(code, params);
  }
}

/** Pseudonyms made without a secret could be recomputed by anyone who knows the account. */
export class MaskingSecretError extends CodedError<ExportErrorCode> {
  override name = 'MaskingSecretError';
  constructor() {
    super('export.emptyMaskingSecret', {}, 'account masking needs a non-empty secret');
  }
}
