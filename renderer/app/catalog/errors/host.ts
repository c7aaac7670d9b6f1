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
} as const satisfies HostErrorMessages;

export const hostErrorMessagesEn = {
  'error.host.foreignSender': 'A request from a page that is not part of this app was refused ({channel})',
  'error.host.invalidArguments': 'The request had invalid values ({channel}): {field}',
  'error.host.failed': 'The operation failed ({channel}): {detail}',
  'error.host.notAvailable.inbox':
    'The inbox folder is only available in the desktop version; in the browser, choose files on the Import page.',
  'error.host.notAvailable.autoBackup':
    'Automatic backup is only available in the desktop version; in the browser, back up by hand under Settings → Backup and restore.',
} as const satisfies HostErrorMessages;
