import type { ImportBatchRecord, Repositories } from '../../db';
import { useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
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

  return (
    <>
      <h2 className="section-title">{t('import.batches.title')}</h2>
      {batches.length === 0 ? (
        <div className="empty-state">
          <p>{t('import.batches.empty')}</p>
        </div>
      ) : (
        <table className="data-table" data-testid="import-batches">
          <thead>
            <tr>
              <th scope="col">{t('import.batches.startedAt')}</th>
              <th scope="col">{t('import.batches.files')}</th>
              <th scope="col">{t('import.batches.feed')}</th>
              <th scope="col">{t('import.batches.state')}</th>
              <th scope="col" className="numeric">
                {t('import.batches.counts')}
              </th>
              <th scope="col">{t('import.batches.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => {
              const undoable = batch.state === 'complete' || batch.state === 'incomplete';
              return (
                <tr key={batch.id} data-batch-state={batch.state}>
                  <td>{formatDateTime(batch.startedAt)}</td>
                  <td>{batch.files.join('、')}</td>
                  <td>{t(`import.feed.${batch.feed}`)}</td>
                  <td className={batch.state === 'incomplete' ? 'state-incomplete' : undefined}>{t(`import.state.${batch.state}`)}</td>
                  <td className="numeric">
                    {formatNumber(batch.counts.accepted)} / {formatNumber(batch.counts.merged)} / {formatNumber(batch.counts.suspected)}
                  </td>
                  <td>
                    {batch.state === 'incomplete' ? (
                      <button type="button" className="button secondary" disabled={busy} onClick={() => void resume(batch)}>
                        {t('import.batches.resume')}
                      </button>
                    ) : null}{' '}
                    {undoable ? (
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
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
