import { useT } from '../i18n';
import { navigate, useRouter } from '../workspace/router';
import { ROUTES } from '../workspace/routes';

export function NavBar() {
  const t = useT();
  const current = useRouter((state) => state.route);
  return (
    <nav className="shell-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route.id} className={route.id === 'settings' ? 'nav-group-start' : undefined}>
            <a
              href={route.hash}
              aria-current={route.id === current ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${route.shortcutDigit}`}
              data-route={route.id}
              onClick={(event) => {
                event.preventDefault();
                navigate(route.id);
              }}
            >
              <span className="nav-label">{t(route.label)}</span>
              <kbd className="nav-shortcut">{t('nav.shortcutHint', { n: route.shortcutDigit })}</kbd>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
