import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { ipcContract } from '../../../shared/ipc';
import { menuLabels, runMenuCommand } from '../../../renderer/app/native-menu';
import { Shell } from '../../../renderer/app/Shell';
import { registerCommand, useCommandStore } from '../../../renderer/commands/registry';
import { translate, useLocaleStore } from '../../../renderer/i18n';
import { createBrowserPlatform } from '../../../renderer/platform/browser';
import { platform } from '../../../renderer/platform';

beforeEach(() => useCommandStore.setState({ commands: new Map() }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  useLocaleStore.setState({ locale: 'zh-CN' });
});

describe('the native menu, from the page', () => {
  it('sends main the menu words and command labels in the desk language, in the shape main accepts', () => {
    const english = menuLabels((key, ...params) => translate('en', key, ...params));
    expect(english.menu.file).toBe('File');
    expect(english.commands['items.tag']).toBe('Tag');
    expect(v.safeParse(ipcContract.setMenuLabels.args, [english]).success).toBe(true);
    expect(menuLabels((key, ...params) => translate('zh-CN', key, ...params)).menu.file).toBe('文件');
  });

  it('runs a chosen entry through the registry, and only ids of the command table', async () => {
    const perform = vi.fn();
    registerCommand({ id: 'items.tag', perform });
    runMenuCommand('items.tag');
    runMenuCommand('items.unknown');
    runMenuCommand('__proto__');
    await vi.waitFor(() => expect(perform).toHaveBeenCalledOnce());
  });

  it('the shell sends the words at start and again when the language changes, and listens for entries', async () => {
    const setMenuLabels = vi.spyOn(platform(), 'setMenuLabels');
    const onMenuCommand = vi.spyOn(platform(), 'onMenuCommand');
    render(
      <Shell>
        <p>page</p>
      </Shell>,
    );
    expect(onMenuCommand).toHaveBeenCalledOnce();
    expect(setMenuLabels.mock.calls.at(-1)?.[0].menu.file).toBe('文件');
    useLocaleStore.setState({ locale: 'en' });
    await vi.waitFor(() => expect(setMenuLabels.mock.calls.at(-1)?.[0].menu.file).toBe('File'));
  });

  it('in a browser tab nothing is labelled and no entry is ever chosen', async () => {
    const browser = createBrowserPlatform();
    const listener = vi.fn();
    browser.onMenuCommand(listener)();
    await expect(browser.setMenuLabels(menuLabels((key, ...params) => translate('zh-CN', key, ...params)))).resolves.toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });
});
