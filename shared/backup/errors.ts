// Why a backup file was refused. Each reason has the Chinese sentence the analyst reads; the restore
// writes nothing when any of them is found.

export type BackupProblem =
  | 'notBackup'
  | 'truncated'
  | 'corrupt'
  | 'unsafeName'
  | 'unexpectedEntry'
  | 'duplicateEntry'
  | 'tooLarge'
  | 'badManifest'
  | 'newerFormat'
  | 'newerSchema'
  | 'olderSchema'
  | 'missingFile'
  | 'sizeMismatch'
  | 'hashMismatch'
  | 'countMismatch'
  | 'badRow'
  | 'auditMismatch';

const MESSAGES: Record<BackupProblem, (detail: string) => string> = {
  notBackup: () => '这不是舆情工作台的备份文件（.odbak）。',
  truncated: () => '备份文件不完整（可能复制或下载时被截断），已拒绝恢复，未写入任何数据。',
  corrupt: () => '备份文件已损坏，无法解压，已拒绝恢复，未写入任何数据。',
  unsafeName: (name) => `备份文件中含有不安全的文件名（${name}），可能是伪造的文件，已拒绝恢复。`,
  unexpectedEntry: (name) => `备份文件中含有清单之外的文件（${name}），可能被改动过，已拒绝恢复。`,
  duplicateEntry: (name) => `备份文件中同一文件出现两次（${name}），可能被改动过，已拒绝恢复。`,
  tooLarge: () => '备份文件解压后过大，超出本程序可处理的上限，已拒绝恢复。',
  badManifest: (detail) => `备份文件的清单（manifest.json）缺失或无法识别${detail ? `：${detail}` : ''}，已拒绝恢复。`,
  newerFormat: () => '备份文件由更新版本的舆情工作台生成，格式无法识别。请升级本程序后再恢复。',
  newerSchema: () => '备份文件中的数据库结构比本程序更新。请升级本程序后再恢复。',
  olderSchema: () => '备份文件由早期版本生成，其数据库结构本程序不能直接恢复。请联系技术支持。',
  missingFile: (name) => `备份文件缺少数据文件（${name}），已拒绝恢复，未写入任何数据。`,
  sizeMismatch: (name) => `备份中的数据文件大小与清单不符（${name}），文件可能被截断或改动，已拒绝恢复。`,
  hashMismatch: (name) => `备份中的数据文件校验值与清单不符（${name}），文件已被改动或损坏，已拒绝恢复。`,
  countMismatch: (name) => `备份中的记录数与清单不符（${name}），已拒绝恢复。`,
  badRow: (detail) => `备份中有无法读取的记录（${detail}），已拒绝恢复。`,
  auditMismatch: (detail) => `备份中的操作日志校验未通过（${detail}），备份可能被改动，已拒绝恢复。`,
};

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail = '',
  ) {
    super(MESSAGES[problem](detail));
    this.name = 'BackupError';
  }
}
