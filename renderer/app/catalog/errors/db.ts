// Words for the local store's failures. Typed against DbErrorCode: a new code without words, or words for a
// code that no longer exists, fails to compile here.
import type { DbErrorCode } from '../../../db/errors';

type DbErrorMessages = Record<`error.${DbErrorCode}`, string>;

export const dbErrorMessagesZh = {
  'error.db.newerDatabase': '数据库由更新版本的舆情工作台创建，请升级本程序后再打开；为保护数据，本程序不会写入。',
  'error.db.closedForUpgrade': '另一个窗口已将数据库升级到新版本，本窗口已停止写入，以免用旧版本写坏数据。请重新加载本窗口。',
  'error.db.storageFull': '磁盘空间不足，本次修改没有保存（没有写入任何内容）。请清理磁盘空间，或先导出备份后删除旧数据，然后重试。',
  'error.db.upgradeFailed': '数据库升级失败，原有数据未作任何改动。请将此情况报告给技术支持，并暂时继续使用旧版本程序。',
  'error.db.recordNotFound': '要修改的记录不存在（{table}: {key}），可能已被删除。',
  'error.db.invalidWorkspace': '不是可识别的工作区文件（格式或版本不符）。',
  'error.db.backup.workspaceNotEmpty': '当前工作区已有数据，不能按“恢复到空工作区”进行。如确需用备份替换当前数据，请选择“覆盖当前工作区”。',
  'error.db.backup.unknownTable': '备份中有本程序不认识的数据表（{table}），已拒绝恢复，未写入任何数据。',
  'error.db.backup.compoundKey': '表 {table} 的主键不是单一字段，无法分段备份',
  'error.db.reports.unknownProfile': '当前人员不存在，请重新选择人员后再操作。',
  'error.db.reports.drafterOnly': '只有拟稿人可以新建报告',
  'error.db.reports.seriesRefused': '{reason}',
  'error.db.spread.selfLink': '条目不能关联到自身',
  'error.db.spread.duplicateLink': '这两条条目之间已有关联',
  'error.db.triage.tagNameRequired': '标签名称不能为空。',
  'error.db.triage.tagIntoOwnChild': '不能把标签移到它自己的子标签下。',
  'error.db.triage.eventNameRequired': '请填写事件名称。',
  'error.db.triage.refutationTitleRequired': '请填写辟谣标题。',
  'error.db.triage.invalidPublishedAt': '请填写有效的发布时间。',
  'error.db.triage.invalidDispositionAt': '请填写有效的处置时间。',
  'error.db.undo.changedSince': '无法撤销：这些记录在此之后又被修改过，撤销会覆盖后来的修改。',
  'error.db.undo.missing': '无法撤销：要恢复的记录已被删除。',
  'error.db.undo.exists': '无法撤销：要删除的记录已经重新存在。',
  'error.db.undo.nothingToUndo': '操作日志第 {seq} 条没有可撤销的内容。',
} as const satisfies DbErrorMessages;

export const dbErrorMessagesEn = {
  'error.db.newerDatabase':
    'The database was created by a newer version of OpinionDesk. Please upgrade this program before opening it; to protect the data, this program will not write to it.',
  'error.db.closedForUpgrade':
    'Another window upgraded the database to a newer version; this window has stopped writing so that the older version cannot damage the data. Please reload this window.',
  'error.db.storageFull':
    'The disk is full: this change was not saved (nothing was written). Free some disk space, or export a backup and delete old data, then try again.',
  'error.db.upgradeFailed':
    'The database upgrade failed; the existing data was left unchanged. Please report this to technical support and keep using the previous version for now.',
  'error.db.recordNotFound': 'The record to change does not exist ({table}: {key}); it may have been deleted.',
  'error.db.invalidWorkspace': 'This is not a workspace file this program recognises (wrong format or version).',
  'error.db.backup.workspaceNotEmpty':
    'The workspace already holds data, so "restore into an empty workspace" cannot be used. To replace the current data with the backup, choose "overwrite the current workspace".',
  'error.db.backup.unknownTable':
    'The backup holds a table this program does not know ({table}); the restore was refused and nothing was written.',
  'error.db.backup.compoundKey': "Table {table}'s primary key is not a single field, so it cannot be backed up in parts",
  'error.db.reports.unknownProfile': 'The current person does not exist. Please choose a person again, then retry.',
  'error.db.reports.drafterOnly': 'Only a drafter can create a report',
  'error.db.reports.seriesRefused': '{reason}',
  'error.db.spread.selfLink': 'An item cannot be linked to itself',
  'error.db.spread.duplicateLink': 'These two items are already linked',
  'error.db.triage.tagNameRequired': 'The tag name cannot be empty.',
  'error.db.triage.tagIntoOwnChild': 'A tag cannot be moved under one of its own child tags.',
  'error.db.triage.eventNameRequired': 'Please enter the event name.',
  'error.db.triage.refutationTitleRequired': 'Please enter the refutation title.',
  'error.db.triage.invalidPublishedAt': 'Please enter a valid publication time.',
  'error.db.triage.invalidDispositionAt': 'Please enter a valid time of handling.',
  'error.db.undo.changedSince': 'Cannot undo: these records were changed again afterwards, and undoing would overwrite those changes.',
  'error.db.undo.missing': 'Cannot undo: the record to restore has been deleted.',
  'error.db.undo.exists': 'Cannot undo: the record to delete exists again.',
  'error.db.undo.nothingToUndo': 'Audit entry {seq} has nothing to undo.',
} as const satisfies DbErrorMessages;
