// Words for a refused or failed backup.
import type { BackupErrorCode } from '../../../../shared/backup/errors';

type BackupErrorWords = Record<`error.${BackupErrorCode}`, string>;

export const backupErrorsZh = {
  'error.backup.notBackup': '这不是舆情工作台的备份文件（.odbak）。',
  'error.backup.truncated': '备份文件不完整（可能复制或下载时被截断），已拒绝恢复，未写入任何数据。',
  'error.backup.corrupt': '备份文件已损坏，无法解压，已拒绝恢复，未写入任何数据。',
  'error.backup.unsafeName': '备份文件中含有不安全的文件名（{name}），可能是伪造的文件，已拒绝恢复。',
  'error.backup.unexpectedEntry': '备份文件中含有清单之外的文件（{name}），可能被改动过，已拒绝恢复。',
  'error.backup.duplicateEntry': '备份文件中同一文件出现两次（{name}），可能被改动过，已拒绝恢复。',
  'error.backup.tooLarge': '备份文件解压后过大，超出本程序可处理的上限，已拒绝恢复。',
  'error.backup.badManifest': '备份文件的清单（manifest.json）缺失或无法识别，已拒绝恢复。',
  'error.backup.manifestMissing': '备份文件的清单（manifest.json）缺失或无法识别：缺少清单，已拒绝恢复。',
  'error.backup.manifestNotJson': '备份文件的清单（manifest.json）缺失或无法识别：不是有效的 JSON，已拒绝恢复。',
  'error.backup.manifestField': '备份文件的清单（manifest.json）缺失或无法识别：字段 {field} 不符，已拒绝恢复。',
  'error.backup.manifestTable': '备份文件的清单（manifest.json）缺失或无法识别：表 {table}，已拒绝恢复。',
  'error.backup.manifestTableTwice': '备份文件的清单（manifest.json）缺失或无法识别：表 {table} 重复，已拒绝恢复。',
  'error.backup.newerFormat': '备份文件由更新版本的舆情工作台生成，格式无法识别。请升级本程序后再恢复。',
  'error.backup.newerSchema': '备份文件中的数据库结构比本程序更新。请升级本程序后再恢复。',
  'error.backup.olderSchema': '备份文件由早期版本生成，其数据库结构本程序不能直接恢复。请联系技术支持。',
  'error.backup.missingFile': '备份文件缺少数据文件（{name}），已拒绝恢复，未写入任何数据。',
  'error.backup.sizeMismatch': '备份中的数据文件大小与清单不符（{name}），文件可能被截断或改动，已拒绝恢复。',
  'error.backup.hashMismatch': '备份中的数据文件校验值与清单不符（{name}），文件已被改动或损坏，已拒绝恢复。',
  'error.backup.countMismatch': '备份中的记录数与清单不符（{name}：清单 {listed} 行，实际 {actual} 行），已拒绝恢复。',
  'error.backup.badRow': '备份中有无法读取的记录（{name} 第 {line} 行），已拒绝恢复。',
  'error.backup.rowNotText': '备份中有无法读取的记录（{name} 不是 UTF-8 文本），已拒绝恢复。',
  'error.backup.auditMismatch': '备份中的操作日志校验未通过，备份可能被改动，已拒绝恢复。',
  'error.backup.auditAltered': '备份中的操作日志校验未通过（操作日志第 {seq} 条的内容被改动过），备份可能被改动，已拒绝恢复。',
  'error.backup.auditRemoved': '备份中的操作日志校验未通过（操作日志第 {seq} 条缺失），备份可能被改动，已拒绝恢复。',
  'error.backup.auditInserted': '备份中的操作日志校验未通过（操作日志第 {seq} 条是插入的伪造记录），备份可能被改动，已拒绝恢复。',
  'error.backup.auditReordered': '备份中的操作日志校验未通过（操作日志第 {seq} 条的顺序被调换过），备份可能被改动，已拒绝恢复。',
  'error.backup.auditHeadMismatch': '备份中的操作日志校验未通过（日志末条与清单记录的不符），备份可能被改动，已拒绝恢复。',
  'error.backup.unwritableNumber': '字段 {field} 的值 {value} 无法写入备份',
  'error.backup.notPlainData': '字段 {field} 不是普通数据，无法写入备份',
  'error.backup.emptyElement': '字段 {field} 为空值，无法写入备份',
  'error.backup.unwritableType': '字段 {field} 的类型（{type}）无法写入备份',
  'error.backup.rowNotRecord': '备份的每一行必须是一条记录',
  'error.backup.writerFinished': '备份已结束',
  'error.backup.tableTwice': '表 {table} 已写入备份',
  'error.backup.noTableBegun': '请先开始一张表',
  'error.backup.badTableName': '表名不可用作备份文件名：{table}',
} as const satisfies BackupErrorWords;

export const backupErrorsEn = {
  'error.backup.notBackup': 'This is not an OpinionDesk backup file (.odbak).',
  'error.backup.truncated':
    'The backup file is incomplete (perhaps cut short while copying or downloading); it was refused and nothing was written.',
  'error.backup.corrupt': 'The backup file is damaged and cannot be unpacked; it was refused and nothing was written.',
  'error.backup.unsafeName': 'The backup holds an unsafe file name ({name}) and may be forged; it was refused.',
  'error.backup.unexpectedEntry': 'The backup holds a file its manifest does not list ({name}) and may have been altered; it was refused.',
  'error.backup.duplicateEntry': 'The backup holds the same file twice ({name}) and may have been altered; it was refused.',
  'error.backup.tooLarge': 'The backup unpacks to more than this program can handle; it was refused.',
  'error.backup.badManifest': 'The backup’s manifest (manifest.json) is missing or unreadable; it was refused.',
  'error.backup.manifestMissing': 'The backup’s manifest (manifest.json) is missing; it was refused.',
  'error.backup.manifestNotJson': 'The backup’s manifest (manifest.json) is not valid JSON; it was refused.',
  'error.backup.manifestField': 'The backup’s manifest (manifest.json) is unreadable: field {field} does not match; it was refused.',
  'error.backup.manifestTable': 'The backup’s manifest (manifest.json) is unreadable: table {table}; it was refused.',
  'error.backup.manifestTableTwice': 'The backup’s manifest (manifest.json) lists table {table} twice; it was refused.',
  'error.backup.newerFormat': 'The backup was made by a newer OpinionDesk and its format is unknown. Upgrade this program, then restore.',
  'error.backup.newerSchema': 'The backup’s database structure is newer than this program’s. Upgrade this program, then restore.',
  'error.backup.olderSchema':
    'The backup was made by an early version whose database structure cannot be restored directly. Contact support.',
  'error.backup.missingFile': 'The backup lacks a data file ({name}); it was refused and nothing was written.',
  'error.backup.sizeMismatch':
    'A data file’s size does not match the manifest ({name}); the file may be cut short or altered, so the backup was refused.',
  'error.backup.hashMismatch':
    'A data file’s checksum does not match the manifest ({name}); the file was altered or damaged, so the backup was refused.',
  'error.backup.countMismatch':
    'The number of records does not match the manifest ({name}: {listed} listed, {actual} found); the backup was refused.',
  'error.backup.badRow': 'The backup holds an unreadable record ({name}, line {line}); it was refused.',
  'error.backup.rowNotText': 'The backup holds unreadable records ({name} is not UTF-8 text); it was refused.',
  'error.backup.auditMismatch': 'The backup’s audit log did not verify and the backup may have been altered; it was refused.',
  'error.backup.auditAltered':
    'The backup’s audit log did not verify (entry {seq} was altered); the backup may have been tampered with and was refused.',
  'error.backup.auditRemoved':
    'The backup’s audit log did not verify (entry {seq} is missing); the backup may have been tampered with and was refused.',
  'error.backup.auditInserted':
    'The backup’s audit log did not verify (entry {seq} was inserted); the backup may have been tampered with and was refused.',
  'error.backup.auditReordered':
    'The backup’s audit log did not verify (entry {seq} was moved); the backup may have been tampered with and was refused.',
  'error.backup.auditHeadMismatch':
    'The backup’s audit log did not verify (its last entry does not match the manifest); the backup may have been tampered with and was refused.',
  'error.backup.unwritableNumber': 'Field {field} holds {value}, which a backup cannot keep.',
  'error.backup.notPlainData': 'Field {field} is not plain data and cannot be written to a backup.',
  'error.backup.emptyElement': 'Field {field} is an empty value and cannot be written to a backup.',
  'error.backup.unwritableType': 'Field {field} is of a type ({type}) a backup cannot keep.',
  'error.backup.rowNotRecord': 'Every row of a backup must be a record.',
  'error.backup.writerFinished': 'The backup is already finished.',
  'error.backup.tableTwice': 'Table {table} is already in the backup.',
  'error.backup.noTableBegun': 'Begin a table first.',
  'error.backup.badTableName': 'This table name cannot be a backup file name: {table}',
} as const satisfies BackupErrorWords;
