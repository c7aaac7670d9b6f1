import { useEffect } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { navigate } from '../../workspace/router';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { CascadeView } from './CascadeView';
import { useLocationHash } from '../../workspace/sub-route';
import { cascadeKeyFromHash, openCascade } from './spread-route';
import { loadCascades, useSpread } from './spread-store';
import { cascadeTitle, listText, platformName } from './text';
import './spread.css';

/** The list shows this many; more would only be scrolled past (largest first, so these are what matters). */
const LIST_LIMIT = 200;

export function SpreadPage() {
  const t = useT();
  useLocaleStore((state) => state.locale);
  useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'spreadEdges']);
  const { phase, set, error } = useSpread();
  const openKey = cascadeKeyFromHash(useLocationHash());

  useEffect(() => {
    if (repositories) void loadCascades(repositories);
  }, [repositories, storeVersion]);

  if (!repositories) return null;
  const open = openKey === null ? null : (set?.cascades.find((stored) => stored.key === openKey) ?? null);

  if (openKey !== null && phase === 'ready') {
    if (open) return <CascadeView stored={open} repositories={repositories} />;
    return (
      <section className="page" data-page="spread">
        <PageHeading>{t('spread.title')}</PageHeading>
        <div className="empty-state" role="status">
          <p>{t('spread.notFound')}</p>
          <p>
            <button type="button" className="button secondary" onClick={() => openCascade(null)}>
              {t('spread.back')}
            </button>
          </p>
        </div>
      </section>
    );
  }

  const cascades = set?.cascades ?? [];
  return (
    <section className="page" data-page="spread">
      <PageHeading>{t('spread.title')}</PageHeading>
      {error ? (
        <p className="error-text" role="alert">
          {t('spread.error', { reason: error })}
        </p>
      ) : null}
      {phase !== 'ready' && !set ? (
        <p className="muted" aria-busy="true">
          {t('spread.loading')}
        </p>
      ) : cascades.length === 0 ? (
        <div className="empty-state" data-testid="spread-empty">
          <h2>{t('spread.empty.title')}</h2>
          <p>{t('spread.empty.how')}</p>
          <ul className="spread-empty-list">
            <li>{t('spread.empty.import')}</li>
            <li>{t('spread.empty.manual')}</li>
          </ul>
          <p>
            <button type="button" className="button" onClick={() => navigate('import')}>
              {t('spread.goImport')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p className="muted">{t('spread.intro')}</p>
          <table className="data-table" data-testid="cascade-list">
            <thead>
              <tr>
                <th scope="col">{t('spread.list.root')}</th>
                <th scope="col" className="numeric">
                  {t('spread.list.size')}
                </th>
                <th scope="col" className="numeric">
                  {t('spread.list.depth')}
                </th>
                <th scope="col">{t('spread.list.first')}</th>
                <th scope="col">{t('spread.list.last')}</th>
                <th scope="col">{t('spread.list.platforms')}</th>
              </tr>
            </thead>
            <tbody>
              {cascades.slice(0, LIST_LIMIT).map((stored) => (
                <tr key={stored.key}>
                  <td>
                    <a href={`#/spread/${encodeURIComponent(stored.key)}`} className="cascade-link">
                      {cascadeTitle(stored, t)}
                    </a>
                  </td>
                  <td className="numeric">{formatNumber(stored.metrics.size)}</td>
                  <td className="numeric">{formatNumber(stored.metrics.depth)}</td>
                  <td>{stored.metrics.firstAt ? formatDateTime(stored.metrics.firstAt) : t('spread.metrics.unknown')}</td>
                  <td>{stored.metrics.lastAt ? formatDateTime(stored.metrics.lastAt) : t('spread.metrics.unknown')}</td>
                  <td>{listText(stored.metrics.platforms.map(platformName))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('spread.list.count', { count: formatNumber(cascades.length) })}</p>
        </>
      )}
    </section>
  );
}
