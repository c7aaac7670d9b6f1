import type { ImportBatchRecord, Repositories } from '../../db';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { Table, type TableColumn } from '../../ui/Table';
import { IMPORT_FILE_FILTERS } from './file-filters';
import { resumeBatch, undoBatch, useImport } from './import-store';

export function BatchList({ repositories }: { repositories: Repositories }) {
  const t = useT();
  const { batches, phase } = useImport();
  const busy = phase === 'parsing' || phase === 'writing';

  const resume = async (batch: ImportBatchRecord) => {
    useImport.setState({ notice: t('import.resume.pick', { files: batch.files.join('、') }), error: null });
    const opened = await platform().openFiles({ multiple: batch.files.length > 1, filters: IMPORT_FILE_FILTERS });
    if (opened.length > 0) await resumeBatch(repositories, batch, opened);
  };

  const columns: ReadonlyArray<TableColumn<ImportBatchRecord>> = [
    { heading: 'import.batches.startedAt', cell: (batch) => formatDateTime(batch.startedAt) },
    { heading: 'import.batches.files', cell: (batch) => batch.files.join('、') },
    { heading: 'import.batches.feed', cell: (batch) => t(`import.feed.${batch.feed}`) },
    {
      heading: 'import.batches.state',
      cellProps: (batch) => ({ className: batch.state === 'incomplete' ? 'state-incomplete' : undefined }),
      cell: (batch) => t(`import.state.${batch.state}`),
    },
    {
      heading: { numeric: 'import.batches.counts' },
      cell: ({ counts }) => `${formatNumber(counts.accepted)} / ${formatNumber(counts.merged)} / ${formatNumber(counts.suspected)}`,
    },
    {
      heading: 'import.batches.actions',
      cell: (batch) => (
        <>
          {batch.state === 'incomplete' ? (
            <button type="button" className="button secondary" disabled={busy} onClick={() => void resume(batch)}>
              {t('import.batches.resume')}
            </button>
          ) : null}{' '}
          {batch.state === 'complete' || batch.state === 'incomplete' ? (
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => {
                if (window.confirm(t('import.batches.confirmUndo'))) void undoBatch(repositories, batch.id);
              }}
            >
              {t('import.batches.undo')}
            </button>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <h2 className="section-title">{t('import.batches.title')}</h2>
      <Table
        rows={batches}
        columns={columns}
        rowKey={(batch) => batch.id}
        rowData={(batch) => ({ 'data-batch-state': batch.state })}
        empty={t('import.batches.empty')}
        testId="import-batches"
      />
    </>
  );
}
