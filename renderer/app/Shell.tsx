import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { NavBar } from './NavBar';
import { navigate, useRouter } from './router';
import { routeByDigit } from './routes';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';

function useAltDigitShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // event.code, not event.key: Alt+digit types other characters on some keyboard layouts.
      const match = /^Digit([1-9])$/.exec(event.code);
      const route = match ? routeByDigit(Number(match[1])) : undefined;
      if (!route) return;
      event.preventDefault();
      navigate(route.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** After a navigation, focus moves to the new page's heading so keyboard and screen-reader users land on it. */
function useFocusHeadingOnNavigation(): void {
  const route = useRouter((state) => state.route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [route]);
}

export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  useAltDigitShortcuts();
  useFocusHeadingOnNavigation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <NavBar />
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      <StatusBar />
    </div>
  );
}
