import { useEffect } from 'react';
import { PageHeading } from '../../ui/PageHeading';
import { useDesk } from '../../workspace/desk';
import { useLocaleStore, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { actionLabel, actorLabel, targetLabel } from './audit-labels';
import { AUDIT_PAGE_SIZE, showNewer, showNewest, showOlder, useAuditLog } from './audit-store';
import { AuditBreak } from './AuditBreak';
import { checkAuditChain } from './audit-health';

export function AuditPage() {
  const t = useT();
  useLocaleStore((state) => state.locale);
  useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const { entries, total, cursors, names, verifying, verification } = useAuditLog();

  useEffect(() => {
    if (repositories) void showNewest(repositories);
  }, [repositories]);

  if (!repositories) return null;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = cursors.length;
  const hasOlder = (entries.at(-1)?.seq ?? 0) > 1;

  return (
    <section className="page" data-page="audit">
      <PageHeading
        aside={
          <button type="button" className="button" disabled={verifying} onClick={() => void checkAuditChain(repositories)}>
            {verifying ? t('audit.verifying') : t('audit.verify')}
          </button>
        }
      >
        {t('audit.title')}
      </PageHeading>
      <p className="muted">{t('audit.intro')}</p>
      {verification ? (
        <p className={verification.ok ? 'verify-ok' : 'verify-bad'} role="status" data-testid="audit-verification">
          {verification.ok
            ? t('audit.verifyOk', { count: formatNumber(verification.count) })
            : t('audit.verifyBroken', {
                seq: verification.firstBadSeq,
                reason: t(`audit.problem.${verification.problem}`),
              })}
        </p>
      ) : null}
      <AuditBreak repositories={repositories} result={verification} names={names} />
      {total === 0 ? (
        <div className="empty-state">
          <p>{t('audit.empty')}</p>
        </div>
      ) : (
        <>
          <table className="data-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('audit.seq')}
                </th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <td className="numeric">{entry.seq}</td>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{actorLabel(t, entry.actor, names)}</td>
                  <td>{actionLabel(t, entry.action)}</td>
                  <td>{targetLabel(t, entry, names)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" className="button secondary" disabled={page <= 1} onClick={() => void showNewer(repositories)}>
              {t('audit.newer')}
            </button>
            <span>
              {t('audit.pageOf', { page, pages })} · {t('audit.total', { count: formatNumber(total) })}
            </span>
            <button type="button" className="button secondary" disabled={!hasOlder} onClick={() => void showOlder(repositories)}>
              {t('audit.older')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
