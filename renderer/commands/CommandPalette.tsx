import { useMemo, useState } from 'react';
import { enabledCommands, useCommandStore, type Command } from './registry';
import { formatShortcut } from './shortcuts';
import { useT } from '../i18n';
import { Listbox } from '../ui/Listbox';
import { Modal } from '../ui/Modal';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Ctrl+K: every enabled command with its shortcut, filtered as the analyst types, run with Enter. */
/** `onClose` closes the palette; it runs before the chosen command, so the command's own dialog can open. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT();
  const registered = useCommandStore((state) => state.commands);
  const [query, setQuery] = useState('');

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const words = needle.split(/\s+/).filter(Boolean);
    return enabledCommands()
      .filter((command) => command.id !== 'palette.open')
      .map((command) => ({ command, text: `${t(command.group)} ${t(command.label)} ${command.shortcut ?? ''}`.toLowerCase() }))
      .filter(({ text }) => words.every((word) => text.includes(word)))
      .map(({ command }) => command)
      .sort((a, b) => t(a.group).localeCompare(t(b.group), 'zh-CN'));
    // registered is read so the list follows commands registered while the palette is open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, t, registered]);

  // Run what was offered: checking isEnabled again would see focus still in this input and refuse Ctrl+Z's command.
  const run = (command: Command) => {
    onClose();
    void command.perform();
  };

  return (
    <Modal title={t('palette.title')} onClose={onClose} testId="command-palette">
      <Listbox
        id="palette-list"
        type="search"
        label={t('palette.title')}
        inputLabel={t('palette.searchLabel')}
        placeholder={t('palette.placeholder')}
        query={query}
        onQuery={setQuery}
        options={matches}
        optionKey={(command) => command.id}
        onChoose={run}
        empty={t('palette.noMatch')}
        renderOption={(command) => (
          <>
            <span className="palette-group">{t(command.group)}</span>
            <span className="palette-label">{t(command.label)}</span>
            {command.shortcut ? <kbd>{formatShortcut(command.shortcut, isMac)}</kbd> : null}
          </>
        )}
      />
      <p className="hint">{t('palette.hint')}</p>
    </Modal>
  );
}
