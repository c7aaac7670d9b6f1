import { useEffect } from 'react';
import type { AuditEntry } from '../../../shared/domain/types';
import { PageHeading } from '../../ui/PageHeading';
import { Pager } from '../../ui/Pager';
import { Table, type TableColumn } from '../../ui/Table';
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
  const columns: ReadonlyArray<TableColumn<AuditEntry>> = [
    { heading: { numeric: 'audit.seq' }, cell: (entry) => entry.seq },
    { heading: 'audit.at', cell: (entry) => formatDateTime(entry.at) },
    { heading: 'audit.actor', cell: (entry) => actorLabel(t, entry.actor, names) },
    { heading: 'audit.action', cell: (entry) => actionLabel(t, entry.action) },
    { heading: 'audit.target', cell: (entry) => targetLabel(t, entry, names) },
  ];

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
      <Table
        rows={total === 0 ? [] : entries}
        columns={columns}
        rowKey={(entry) => entry.seq}
        empty={t('audit.empty')}
        testId="audit-table"
        footer={
          <Pager
            page={cursors.length}
            pages={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
            hasNext={(entries.at(-1)?.seq ?? 0) > 1}
            onPrevious={() => void showNewer(repositories)}
            onNext={() => void showOlder(repositories)}
            previousLabel={t('audit.newer')}
            nextLabel={t('audit.older')}
            summary={t('audit.total', { count: formatNumber(total) })}
          />
        }
      />
    </section>
  );
}
