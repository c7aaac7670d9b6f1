import { useMemo, useState } from 'react';
import { enabledCommands, useCommandStore, type Command } from './registry';
import { formatShortcut } from './shortcuts';
import { useT } from '../i18n';
import { Modal } from '../ui/Modal';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Ctrl+K: every enabled command with its shortcut, filtered as the analyst types, run with Enter. */
/** `onClose` closes the palette; it runs before the chosen command, so the command's own dialog can open. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useT();
  const registered = useCommandStore((state) => state.commands);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

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

  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  // Run what was offered: checking isEnabled again would see focus still in this input and refuse Ctrl+Z's command.
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    void command.perform();
  };

  return (
    <Modal title={t('palette.title')} onClose={onClose} testId="command-palette">
      <input
        className="palette-input"
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={matches[activeIndex] ? `palette-${matches[activeIndex].id}` : undefined}
        aria-label={t('palette.searchLabel')}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((activeIndex + 1) % Math.max(1, matches.length));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((activeIndex - 1 + matches.length) % Math.max(1, matches.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            run(matches[activeIndex]);
          }
        }}
      />
      {matches.length === 0 ? (
        <p className="muted palette-empty">{t('palette.noMatch')}</p>
      ) : (
        <ul id="palette-list" className="palette-list" role="listbox" aria-label={t('palette.title')}>
          {matches.map((command, index) => (
            <li
              key={command.id}
              id={`palette-${command.id}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'palette-option active' : 'palette-option'}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => {
                event.preventDefault();
                run(command);
              }}
            >
              <span className="palette-group">{t(command.group)}</span>
              <span className="palette-label">{t(command.label)}</span>
              {command.shortcut ? <kbd>{formatShortcut(command.shortcut, isMac)}</kbd> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('palette.hint')}</p>
    </Modal>
  );
}
