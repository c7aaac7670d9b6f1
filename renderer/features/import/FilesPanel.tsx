import { useEffect, useState, type DragEvent } from 'react';
import { FEEDS, ITEM_KINDS } from '../../../shared/domain/types';
import type { TextEncodingName } from '../../../shared/import';
import { useDesk } from '../../workspace/desk';
import { TIME_ZONES, timeZoneName } from '../../workspace/time-zones';
import type { Repositories } from '../../db';
import { useT, type MessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { platform } from '../../platform';
import { BatchList } from './BatchList';
import { changeSettings, cancelParse, cancelWrite, loadFiles, refreshImportPage, useImport } from './import-store';
import { InboxPanel } from './InboxPanel';
import { MappingStep } from './MappingStep';
import { ReportView } from './ReportView';

export const IMPORT_FILE_FILTERS = [{ name: '表格文件', extensions: ['xlsx', 'xls', 'csv', 'txt', 'tsv', 'json', 'ndjson', 'jsonl'] }];
const ENCODINGS: readonly TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

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

/** `compact` in the mapping step: one row without hints, so the preview stays in view. */
export function ImportOptions({ repositories, compact = false }: { repositories: Repositories; compact?: boolean }) {
  const t = useT();
  const { settings, files } = useImport();
  const sheetNames = [
    ...new Set(
      files.flatMap((file) => file.session.summary.sheets.map((sheet) => sheet.name).filter((name): name is string => name !== null)),
    ),
  ];
  const change = (changes: Parameters<typeof changeSettings>[1]) => changeSettings(repositories, changes);
  return (
    <fieldset className={compact ? 'import-options compact' : 'import-options'}>
      <legend className="visually-hidden">{t('import.options')}</legend>
      <div className="field">
        <label htmlFor="import-feed">{t('import.feed')}</label>
        <select id="import-feed" value={settings.feed} onChange={(event) => change({ feed: event.target.value as (typeof FEEDS)[number] })}>
          {FEEDS.map((feed) => (
            <option key={feed} value={feed}>
              {t(`import.feed.${feed}` as MessageKey)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.feedHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-kind">{t('import.kind')}</label>
        <select
          id="import-kind"
          value={settings.kind}
          onChange={(event) => change({ kind: event.target.value as (typeof ITEM_KINDS)[number] })}
        >
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}` as MessageKey)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.kindHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-year">{t('import.year')}</label>
        <input
          id="import-year"
          type="number"
          min={1990}
          max={2100}
          placeholder={t('import.yearAuto')}
          value={settings.year ?? ''}
          onChange={(event) => {
            const year = Number(event.target.value);
            change({ year: event.target.value === '' || !Number.isInteger(year) ? null : year });
          }}
        />
        {compact ? null : <p className="hint">{t('import.yearHint')}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-tz">{t('import.timeZone')}</label>
        <select id="import-tz" value={settings.tz} onChange={(event) => change({ tz: event.target.value })}>
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneName(t, zone)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="import-encoding">{t('import.encoding')}</label>
        <select
          id="import-encoding"
          value={settings.encoding ?? ''}
          onChange={(event) => change({ encoding: event.target.value === '' ? null : (event.target.value as TextEncodingName) })}
        >
          <option value="">{t('import.encodingAuto')}</option>
          {ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {t(`import.encoding.${encoding}` as MessageKey)}
            </option>
          ))}
        </select>
        {compact ? null : <p className="hint">{t('import.encodingHint')}</p>}
      </div>
      {sheetNames.length > 1 ? (
        <div className="field">
          <label htmlFor="import-sheet">{t('import.sheet')}</label>
          <select
            id="import-sheet"
            value={settings.sheet ?? ''}
            onChange={(event) => change({ sheet: event.target.value === '' ? null : event.target.value })}
          >
            <option value="">{t('import.sheetAll')}</option>
            {sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}

function ParsingProgress() {
  const t = useT();
  const parsing = useImport((state) => state.parsing);
  return (
    <div className="import-progress" data-testid="import-parsing">
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
    <div className="import-progress" data-testid="import-writing">
      <span>{label}</span>
      <progress max={writing?.total || 1} value={writing?.done ?? 0} aria-label={label} />
      <button type="button" className="button secondary" disabled={writing?.phase === 'undoing'} onClick={cancelWrite}>
        {t('import.cancel')}
      </button>
    </div>
  );
}
