import { useEffect, useState } from 'react';
import type { Report } from '../../../shared/domain/report-types';
import type { AuditEntry } from '../../../shared/domain/types';
import { REPORT_ACTION_TYPES, type ReportActionType } from '../../../shared/domain/report-types';
import type { Repositories } from '../../db';
import { useT, type PlainMessageKey, type Translate } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { Table, type TableColumn } from '../../ui/Table';
import { actionName } from './report-labels';

const FIELD_KEYS: Readonly<Record<string, PlainMessageKey>> = {
  date: 'reports.field.date',
  heading: 'reports.field.heading',
  overview: 'reports.field.overview',
  items: 'reports.field.items',
  suggestions: 'reports.field.suggestions',
  stats: 'reports.field.stats',
  maskAccounts: 'reports.field.maskAccounts',
  status: 'reports.field.status',
  transitions: 'reports.field.transitions',
};

/** What one audit entry of a report says, in the analyst's words. */
export function historyLabel(t: Translate, entry: Pick<AuditEntry, 'action' | 'after'>): string {
  const verb = entry.action.startsWith('reports.') ? entry.action.slice('reports.'.length) : entry.action;
  if (verb === 'create') return t('reports.action.create');
  if (verb === 'edit') {
    const changed = entry.after && typeof entry.after === 'object' ? Object.keys(entry.after) : [];
    const fields = changed
      .map((field) => FIELD_KEYS[field])
      .filter((key): key is PlainMessageKey => key !== undefined && key !== 'reports.field.status' && key !== 'reports.field.transitions');
    if (fields.length === 0) return t('reports.action.edit');
    return t('reports.history.edited', { fields: [...new Set(fields)].map((key) => t(key)).join('、') });
  }
  if ((REPORT_ACTION_TYPES as readonly string[]).includes(verb)) return actionName(t, verb as ReportActionType);
  return entry.action;
}

/** 历史: who did what and when, read from the audit chain, oldest first. */
export function ReportHistory({
  repositories,
  report,
  names,
}: {
  repositories: Repositories;
  report: Report;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);

  // Re-read whenever the report changed: updatedAt moves with every write.
  useEffect(() => {
    let live = true;
    void repositories.audit.forTarget(`reports:${report.id}`).then((found) => live && setEntries(found));
    return () => {
      live = false;
    };
  }, [repositories, report.id, report.updatedAt]);

  const columns: readonly TableColumn<AuditEntry>[] = [
    { heading: 'reports.history.at', cell: (entry) => formatDateTime(entry.at) },
    {
      heading: 'reports.history.person',
      cell: (entry) => (entry.actor === 'system' ? t('reports.system') : (names.get(entry.actor) ?? entry.actor)),
    },
    { heading: 'reports.history.what', cell: (entry) => historyLabel(t, entry) },
  ];

  return (
    <section className="panel" aria-labelledby="report-history-title">
      <h2 className="section-title inline" id="report-history-title">
        {t('reports.history')}
      </h2>
      <p className="hint">{t('reports.historyHint')}</p>
      <Table rows={entries} columns={columns} rowKey={(entry) => entry.seq} empty={t('reports.historyEmpty')} testId="report-history" />
    </section>
  );
}
