import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { NavBar } from './NavBar';
import { installShortcutListener } from '../commands/shortcuts';
import { TriageOverlays } from '../features/triage';
import { useRouter } from '../workspace/router';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { useNativeMenu } from './native-menu';

// One window-level listener runs every registered command's shortcut (Alt+digit navigation, Ctrl+K, Ctrl+Z,
// the list's keys); the commands themselves are registered once at start (app-commands.ts).
function useCommandShortcuts(): void {
  useEffect(() => installShortcutListener(), []);
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
  useCommandShortcuts();
  useNativeMenu();
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
      <TriageOverlays />
    </div>
  );
}
