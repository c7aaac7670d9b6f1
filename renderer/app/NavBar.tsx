import { commandMeta, runCommand } from '../commands/registry';
import { ariaKeyShortcut, formatShortcut } from '../commands/shortcuts';
import { useT } from '../i18n';
import { useRouter } from '../workspace/router';
import { ROUTES } from '../workspace/routes';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The navigation: each entry runs its page's open command, and shows that command's key from the table. */
export function NavBar() {
  const t = useT();
  const current = useRouter((state) => state.route);
  return (
    <nav className="shell-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((route) => {
          const command = `open.${route.id}` as const;
          const { shortcut } = commandMeta(command);
          return (
            <li key={route.id} className={route.id === 'settings' ? 'nav-group-start' : undefined}>
              <a
                href={route.hash}
                aria-current={route.id === current ? 'page' : undefined}
                aria-keyshortcuts={shortcut ? ariaKeyShortcut(shortcut, isMac) : undefined}
                data-route={route.id}
                onClick={(event) => {
                  event.preventDefault();
                  void runCommand(command);
                }}
              >
                <span className="nav-label">{t(route.label)}</span>
                {shortcut ? <kbd className="nav-shortcut">{formatShortcut(shortcut, isMac)}</kbd> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
