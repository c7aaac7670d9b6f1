import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';
import { MENU_LABEL_IDS, type MenuLabels } from '../../../shared/commands/menu';
import { ipcContract } from '../../../shared/ipc';
import * as v from 'valibot';

vi.mock('electron', () => ({}));

const ENGLISH: MenuLabels = {
  menu: Object.fromEntries(MENU_LABEL_IDS.map((id) => [id, `EN ${id}`])) as MenuLabels['menu'],
  commands: { 'items.tag': 'Tag', 'open.items': 'Items', 'list.export.xlsx': 'Export as Excel', 'palette.open': 'Commands' },
};

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const entry = template.find((item) => item.label === label);
  return (entry?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('the native menu', () => {
  it('before the page has sent its words: the platform items in Chinese and no commands', () => {
    const template = menuTemplate({ isDev: false, onAbout: vi.fn(), labels: null, onCommand: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(submenuOf(template, '文件').map((item) => item.role ?? item.type)).toEqual(['close', 'separator', 'quit']);
  });

  it('takes every word from the page and places the commands as the table says', () => {
    const template = menuTemplate({ isDev: false, onAbout: vi.fn(), labels: ENGLISH, onCommand: vi.fn() });
    expect(template.map((item) => item.label)).toEqual(['EN file', 'EN edit', 'EN items', 'EN go', 'EN view', 'EN help']);
    expect(submenuOf(template, 'EN file').map((item) => item.label ?? item.type)).toEqual([
      'Export as Excel',
      'separator',
      'EN close',
      'separator',
      'EN quit',
    ]);
    expect(submenuOf(template, 'EN items').map((item) => item.label)).toEqual(['Tag']);
    expect(submenuOf(template, 'EN go').map((item) => item.label)).toEqual(['Items']);
    expect(submenuOf(template, 'EN help').map((item) => item.label ?? item.type)).toEqual(['Commands', 'separator', 'EN about']);
  });

  it('sends a chosen command entry as its id and registers no accelerator the page already handles', () => {
    const onCommand = vi.fn();
    const template = menuTemplate({ isDev: false, onAbout: vi.fn(), labels: ENGLISH, onCommand });
    const tag = submenuOf(template, 'EN items')[0];
    expect(tag?.accelerator).toBeUndefined();
    (tag?.click as () => void)();
    expect(onCommand).toHaveBeenCalledWith('items.tag');
  });

  it('accepts from the page only the menu words and menu commands', () => {
    const schema = ipcContract.setMenuLabels.args;
    expect(v.safeParse(schema, [ENGLISH]).success).toBe(true);
    expect(v.safeParse(schema, [{ ...ENGLISH, commands: { 'items.next': 'Next' } }]).success).toBe(false);
    expect(v.safeParse(schema, [{ ...ENGLISH, menu: { ...ENGLISH.menu, file: '' } }]).success).toBe(false);
    const { about: _about, ...withoutAbout } = ENGLISH.menu;
    expect(v.safeParse(schema, [{ ...ENGLISH, menu: withoutAbout }]).success).toBe(false);
  });
});
