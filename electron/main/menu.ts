// The native menu, built from the command table: an entry for a command sends its id to the page, which runs
// it through its registry as the palette would. Roles give the platform's own behaviour and shortcuts. The
// page sends every label in the desk's language; until it has, the menu shows the platform's items in
// Chinese and no commands, which the page could not run yet anyway. Command entries carry no accelerator:
// the page's own key handling runs their keys, and a registered accelerator would run them twice.
import type { MenuItemConstructorOptions } from 'electron';
import { menuCommands, type MenuLabelId, type MenuLabels } from '../../shared/commands/menu';
import type { CommandId, MenuPlace } from '../../shared/commands/table';

const CHINESE: Record<MenuLabelId, string> = {
  file: '文件',
  edit: '编辑',
  items: '条目',
  go: '转到',
  view: '视图',
  help: '帮助',
  close: '关闭窗口',
  quit: '退出',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  reload: '重新加载',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullscreen: '全屏',
  devTools: '开发者工具',
  about: '关于舆情工作台',
};

export interface MenuOptions {
  isDev: boolean;
  onAbout: () => void;
  /** null until the page has sent them */
  labels: MenuLabels | null;
  onCommand: (id: CommandId) => void;
}

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const word = (id: MenuLabelId) => options.labels?.menu[id] ?? CHINESE[id];
  const commands = (place: MenuPlace): MenuItemConstructorOptions[] => {
    const labels = options.labels?.commands;
    if (!labels) return [];
    return menuCommands(place).flatMap((id) => {
      const label = labels[id];
      return label ? [{ label, click: () => options.onCommand(id) }] : [];
    });
  };
  const withSeparator = (entries: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    entries.length > 0 ? [...entries, { type: 'separator' }] : [];

  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: word('reload') },
    { type: 'separator' },
    { role: 'resetZoom', label: word('resetZoom') },
    { role: 'zoomIn', label: word('zoomIn') },
    { role: 'zoomOut', label: word('zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: word('fullscreen') },
  ];
  if (options.isDev) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: word('devTools') });
  const items = commands('items');
  const go = commands('go');
  return [
    {
      label: word('file'),
      submenu: [
        ...withSeparator(commands('file')),
        { role: 'close', label: word('close') },
        { type: 'separator' },
        { role: 'quit', label: word('quit') },
      ],
    },
    {
      label: word('edit'),
      submenu: [
        { role: 'undo', label: word('undo') },
        { role: 'redo', label: word('redo') },
        { type: 'separator' },
        { role: 'cut', label: word('cut') },
        { role: 'copy', label: word('copy') },
        { role: 'paste', label: word('paste') },
        { role: 'selectAll', label: word('selectAll') },
      ],
    },
    ...(items.length > 0 ? [{ label: word('items'), submenu: items }] : []),
    ...(go.length > 0 ? [{ label: word('go'), submenu: go }] : []),
    { label: word('view'), submenu: view },
    { label: word('help'), submenu: [...withSeparator(commands('help')), { label: word('about'), click: options.onAbout }] },
  ];
}
