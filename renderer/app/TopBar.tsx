import { useT } from '../i18n';
import { useDesk } from './desk';

export function TopBar() {
  const t = useT();
  const profile = useDesk((state) => state.profile);
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
        {profile ? (
          <span className="current-person" data-testid="current-person">
            <span className="current-person-label">{t('topbar.currentPerson')}</span>
            <strong>{t('topbar.personWithRole', { name: profile.name, role: t(`role.${profile.role}`) })}</strong>
          </span>
        ) : null}
      </div>
    </header>
  );
}
