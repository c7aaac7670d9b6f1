// Words for failures Electron's main process (or the browser host standing in for it) reports. Typed
// against HostErrorCode: a code without words fails to compile here.
import type { HostErrorCode } from '../../../../shared/ipc-errors';

type HostErrorMessages = Record<`error.${HostErrorCode}`, string>;

export const hostErrorMessagesZh = {
  'error.host.foreignSender': '拒绝来自非本应用页面的请求（{channel}）',
  'error.host.invalidArguments': '请求参数无效（{channel}）：{field}',
  'error.host.failed': '操作失败（{channel}）：{detail}',
  'error.host.notAvailable.inbox': '收件箱文件夹仅在桌面版中可用；浏览器版请在“导入”页选择文件。',
  'error.host.notAvailable.autoBackup': '自动备份仅在桌面版中可用；浏览器版请在“设置 → 备份与恢复”中手动备份。',
  'error.host.file.unsafePath': '路径不安全，已拒绝：{path}',
  'error.host.file.outsideFolder': '路径超出目标文件夹，已拒绝：{path}',
  'error.host.file.duplicatePath': '文件路径重复：{path}',
  'error.host.file.notAFile': '不是文件：{name}',
  'error.host.file.tooLarge': '文件过大：{name}（{sizeMb} 兆字节，上限 {limitMb} 兆字节）',
  'error.host.inbox.notOffered': '不是收件箱中的文件：{name}',
  'error.host.inbox.unreadable': '无法读取收件箱文件：{name}',
  'error.host.inbox.folderUnreadable': '收件箱文件夹无法读取：{folder}（{detail}）',
  'error.host.backup.keepOutOfRange': '保留份数须为 {min}–{max} 之间的整数',
  'error.host.backup.folderUnreadable': '备份文件夹无法读取：{folder}（{detail}）',
  'error.host.print.timedOut': '报告排版超过 {seconds} 秒仍未完成，未能生成 PDF；请关闭其他程序后重试。',
} as const satisfies HostErrorMessages;

export const hostErrorMessagesEn = {
  'error.host.foreignSender': 'A request from a page that is not part of this app was refused ({channel})',
  'error.host.invalidArguments': 'The request had invalid values ({channel}): {field}',
  'error.host.failed': 'The operation failed ({channel}): {detail}',
  'error.host.notAvailable.inbox':
    'The inbox folder is only available in the desktop version; in the browser, choose files on the Import page.',
  'error.host.notAvailable.autoBackup':
    'Automatic backup is only available in the desktop version; in the browser, back up by hand under Settings → Backup and restore.',
  'error.host.file.unsafePath': 'Unsafe path refused: {path}',
  'error.host.file.outsideFolder': 'Path outside the target folder refused: {path}',
  'error.host.file.duplicatePath': 'Duplicate file path: {path}',
  'error.host.file.notAFile': 'Not a file: {name}',
  'error.host.file.tooLarge': 'File too large: {name} ({sizeMb} MB, limit {limitMb} MB)',
  'error.host.inbox.notOffered': 'Not a file of the inbox: {name}',
  'error.host.inbox.unreadable': 'The inbox file could not be read: {name}',
  'error.host.inbox.folderUnreadable': 'The inbox folder could not be read: {folder} ({detail})',
  'error.host.backup.keepOutOfRange': 'The number of backups kept must be a whole number from {min} to {max}',
  'error.host.backup.folderUnreadable': 'The backup folder cannot be read: {folder} ({detail})',
  'error.host.print.timedOut': 'The report layout took more than {seconds} seconds; no PDF was made. Close other programs and try again.',
} as const satisfies HostErrorMessages;
