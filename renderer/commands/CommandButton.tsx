import { useT } from '../i18n';
import { commandMeta, runCommand, type CommandId } from './registry';
import { ariaKeyShortcut, formatShortcut } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A button for a command of the table: its label and key come from the table, a click runs it as its key would. */
export function CommandButton({ id, className = 'button secondary' }: { id: CommandId; className?: string }) {
  const t = useT();
  const { label, shortcut } = commandMeta(id);
  return (
    <button
      type="button"
      className={className}
      onClick={() => void runCommand(id)}
      aria-keyshortcuts={shortcut ? ariaKeyShortcut(shortcut, isMac) : undefined}
    >
      {t(label)}
      {shortcut ? (
        <>
          {' '}
          <kbd>{formatShortcut(shortcut, isMac)}</kbd>
        </>
      ) : null}
    </button>
  );
}
