import { useT } from '../i18n';
import { PersonSwitcher } from '../features/people';

export function TopBar() {
  const t = useT();
  return (
    <header className="shell-top">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          舆
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <div className="top-right">
        <span className="offline-badge">{t('topbar.offline')}</span>
        <PersonSwitcher />
      </div>
    </header>
  );
}
