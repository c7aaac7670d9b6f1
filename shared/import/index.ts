// The import pipeline: bytes → tables → header → mapping → normalised, validated, fingerprinted items.
export { parseImport } from './parse-import';
export type { ImportOptions } from './parse-import';
export { ImportError, isImportError } from './errors';
export type { ImportErrorCode } from './errors';
export { toCheckReport } from './result';
export type {
  CheckItem,
  CheckReport,
  ImportResult,
  ImportedItem,
  NearDuplicatePair,
  RejectedRow,
  RowWarning,
  SheetSummary,
} from './result';
export { IMPORT_FIELDS, FIELD_LABELS } from './fields';
export type { ImportField } from './fields';
export { HEADER_SYNONYMS, normaliseHeader } from './synonyms';
export { parseMappingTemplate, headerSignature, chooseTemplate } from './template';
export type { MappingTemplate } from './template';
export { DEFAULT_DICTIONARIES, feedFromText, kindFromText } from './dictionaries';
export type { ImportDictionaries, ValueDictionary } from './dictionaries';
export { encodingFromName } from './decode/encoding';
export type { TextEncodingName } from './decode/encoding';
export { DEFAULT_LIMITS } from './decode/limits';
export type { DecodeLimits } from './decode/limits';
export { TRACKING_PARAMETERS, normaliseUrl } from './dedup/url';
export { NEAR_DUPLICATE_MAX_DISTANCE, NearDuplicateIndex, simhash64, hammingDistance } from './dedup/simhash';
export { DEFAULT_TIME_ZONE, isValidTimeZone } from './normalise/time';
