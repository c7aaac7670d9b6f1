// A small Chinese native menu. Roles give the platform's own behaviour and shortcuts; the labels are
// set because Electron's built-in role labels follow the OS language, not the app's.
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(options: { isDev: boolean; onAbout: () => void }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: '重新加载' },
    { type: 'separator' },
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (options.isDev) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' });
  return [
    {
      label: '文件',
      submenu: [{ role: 'close', label: '关闭窗口' }, { type: 'separator' }, { role: 'quit', label: '退出' }],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于舆情工作台', click: options.onAbout }] },
  ];
}
