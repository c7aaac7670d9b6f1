// Words for a pack that could not be built or checked, and for exports that could not start.
import type { ExportErrorCode } from '../../../../shared/export/errors';

type ExportErrorWords = Record<`error.${ExportErrorCode}`, string>;

export const exportErrorsZh = {
  'error.pack.unsafePath': '简报包文件路径不安全：{path}',
  'error.pack.duplicatePath': '简报包文件路径重复：{path}',
  'error.pack.manifestProvided': 'manifest.json 由简报包自行生成',
  'error.pack.reportJsonProvided': 'report.json 由报告内容生成，不能另行提供',
  'error.pack.reportNotCanonical': '报告内容不是规范 JSON，校验时将无法复算哈希',
  'error.pack.reportHashMismatch': '报告内容哈希与报告内容不符',
  'error.pack.unsafeFolder': '简报包文件夹名不安全：{folder}',
  'error.pack.manifestMissing': '没有找到 manifest.json，无法校验简报包',
  'error.pack.manifestNotJson': 'manifest.json 不是有效的 JSON',
  'error.pack.notPackManifest': 'manifest.json 不是简报包清单',
  'error.pack.unsupportedVersion': '不支持的简报包版本：{version}',
  'error.pack.badFileList': 'manifest.json 的文件清单无效',
  'error.pack.badReportHash': 'manifest.json 的报告哈希无效',
  'error.export.emptyMaskingSecret': '账号脱敏需要非空密钥',
} as const satisfies ExportErrorWords;

export const exportErrorsEn = {
  'error.pack.unsafePath': 'A file path of the pack is not safe: {path}',
  'error.pack.duplicatePath': 'A file path occurs twice in the pack: {path}',
  'error.pack.manifestProvided': 'manifest.json is made by the pack itself.',
  'error.pack.reportJsonProvided': 'report.json is made from the report content and cannot be supplied.',
  'error.pack.reportNotCanonical': 'The report content is not canonical JSON (RFC 8785); its hash could not be recomputed when checking.',
  'error.pack.reportHashMismatch': 'The report content hash does not match the report content.',
  'error.pack.unsafeFolder': 'The pack folder name is not safe: {folder}',
  'error.pack.manifestMissing': 'No manifest.json was found; the pack cannot be checked.',
  'error.pack.manifestNotJson': 'manifest.json is not valid JSON.',
  'error.pack.notPackManifest': 'manifest.json is not a briefing pack manifest.',
  'error.pack.unsupportedVersion': 'Unsupported briefing pack version: {version}',
  'error.pack.badFileList': 'The file list in manifest.json is not valid.',
  'error.pack.badReportHash': 'The report hash in manifest.json is not valid.',
  'error.export.emptyMaskingSecret': 'Account masking needs a non-empty secret.',
} as const satisfies ExportErrorWords;
