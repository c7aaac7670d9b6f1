import { useEffect, useState, type DragEvent } from 'react';
import { useDesk } from '../../workspace/desk';
import type { Repositories } from '../../db';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { BatchList } from './BatchList';
import { IMPORT_FILE_FILTERS } from './file-filters';
import { cancelParse, cancelWrite, loadFiles, refreshImportPage, useImport } from './import-store';
import { InboxPanel } from './InboxPanel';
import { ImportOptions } from './ImportOptions';
import { MappingStep } from './MappingStep';
import { ReportView } from './ReportView';

export function FilesPanel() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const { phase, error, notice, batches } = useImport();

  useEffect(() => {
    if (repositories) void refreshImportPage(repositories);
  }, [repositories]);

  if (!repositories) return null;
  const incomplete = batches.filter((batch) => batch.state === 'incomplete');

  return (
    <>
      {error ? (
        <p className="error-text" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="ok-text" role="status">
          {notice}
        </p>
      ) : null}
      {incomplete.length > 0 && phase === 'choose' ? (
        <p className="error-text" role="status" data-testid="import-incomplete">
          {t('import.incomplete.notice', { count: incomplete.length })}
        </p>
      ) : null}
      {phase === 'choose' ? <ChooseStep repositories={repositories} /> : null}
      {phase === 'parsing' ? <ParsingProgress /> : null}
      {phase === 'mapping' ? <MappingStep repositories={repositories} /> : null}
      {phase === 'writing' ? <WritingProgress /> : null}
      {phase === 'report' ? <ReportView repositories={repositories} /> : null}
      {phase === 'choose' && platform().capabilities.inbox ? <InboxPanel repositories={repositories} /> : null}
      <BatchList repositories={repositories} />
    </>
  );
}

function ChooseStep({ repositories }: { repositories: Repositories }) {
  const t = useT();
  const [dragging, setDragging] = useState(false);

  const choose = async () => {
    const opened = await platform().openFiles({ multiple: true, filters: IMPORT_FILE_FILTERS });
    await loadFiles(repositories, opened);
  };
  const drop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    const opened = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    await loadFiles(repositories, opened);
  };

  return (
    <>
      <p className="muted">{t('import.intro')}</p>
      <ImportOptions repositories={repositories} />
      <div
        className={dragging ? 'drop-zone active' : 'drop-zone'}
        data-testid="import-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => void drop(event)}
      >
        <button type="button" className="button" onClick={() => void choose()}>
          {t('import.choose')}
        </button>
        <span className="muted">{dragging ? t('import.dropActive') : t('import.dropHere')}</span>
      </div>
    </>
  );
}

function ParsingProgress() {
  const t = useT();
  const parsing = useImport((state) => state.parsing);
  return (
    <div className="card import-progress" data-testid="import-parsing">
      <span>{t('import.parsing', { file: parsing?.file ?? '' })}</span>
      <progress max={parsing?.total || 1} value={parsing?.done ?? 0} aria-label={t('import.parsing', { file: parsing?.file ?? '' })} />
      {parsing && parsing.total > 0 ? (
        <span className="muted">{t('import.progressRows', { done: formatNumber(parsing.done), total: formatNumber(parsing.total) })}</span>
      ) : null}
      <button type="button" className="button secondary" onClick={cancelParse}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

function WritingProgress() {
  const t = useT();
  const writing = useImport((state) => state.writing);
  const label =
    writing?.phase === 'undoing'
      ? t('import.undoing', { done: formatNumber(writing.done), total: formatNumber(writing.total) })
      : t('import.writing', { done: formatNumber(writing?.done ?? 0), total: formatNumber(writing?.total ?? 0) });
  return (
    <div className="card import-progress" data-testid="import-writing">
      <span>{label}</span>
      <progress max={writing?.total || 1} value={writing?.done ?? 0} aria-label={label} />
      <button type="button" className="button secondary" disabled={writing?.phase === 'undoing'} onClick={cancelWrite}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
