import { useState } from 'react';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/import';
import type { CheckItem } from '../../../shared/import/result';
import type { Repositories } from '../../db';
import { useT, type PlainMessageKey } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { MANUAL_MAPPING, changeColumn, saveTemplate, startImport, startOver, useImport, type LoadedFile } from './import-store';
import { ImportOptions } from './ImportOptions';
import { OptionList } from '../../ui/SelectField';

/** The converted value a column contributes, as it will be stored. */
function cellValue(record: CheckItem, field: ImportField, t: (key: PlainMessageKey) => string): string {
  switch (field) {
    case 'reposts':
    case 'comments':
    case 'likes':
    case 'views': {
      const value = record.metrics[field];
      return value === null ? '' : formatNumber(value);
    }
    case 'feed':
      return t(`import.feed.${record.feed}`);
    case 'kind':
      return t(`kind.${record.kind}`);
    case 'sentiment':
      return record.sentiment ? t(`import.sentiment.${record.sentiment}`) : '';
    case 'publishedAt':
    case 'reportedAt': {
      // Stored as ISO 8601; shown as every other time in the app: the analyst's locale and time zone.
      const value = record[field];
      return value === null ? '' : formatDateTime(value);
    }
    default:
      return record[field] ?? '';
  }
}

export function MappingStep({ repositories }: { repositories: Repositories }) {
  const t = useT();
  const { files, resumeBatch } = useImport();
  const total = files.reduce((sum, file) => sum + file.session.summary.accepted, 0);
  const checked = files.every((file) => file.session.summary.complete);
  return (
    <>
      <ImportOptions repositories={repositories} compact />
      <h2 className="section-title">{t('import.mapping.title')}</h2>
      <p className="muted">{t('import.mapping.intro', { count: 20 })}</p>
      {files.map((file, index) => (
        <FileMapping key={`${file.name}-${index}`} repositories={repositories} file={file} index={index} />
      ))}
      <div className="button-row">
        <button type="button" className="button" disabled={total === 0} onClick={() => void startImport(repositories)}>
          {checked ? t('import.start', { count: formatNumber(total) }) : t('import.startWhileChecking')}
        </button>
        {resumeBatch ? null : (
          <button type="button" className="button secondary" onClick={startOver}>
            {t('import.back')}
          </button>
        )}
      </div>
    </>
  );
}

function FileMapping({ repositories, file, index }: { repositories: Repositories; file: LoadedFile; index: number }) {
  const t = useT();
  const { summary } = file.session;
  const checking = useImport((state) => state.checking[file.name] ?? null);
  const sheets = summary.sheets.filter((sheet) => sheet.headerSignature !== null);
  const withoutHeader = summary.sheets.filter((sheet) => sheet.headerSignature === null && sheet.name !== null).map((sheet) => sheet.name);
  const sheet = sheets[0];
  const format = t(`import.format.${summary.format}`);
  const encoding = summary.encoding ? ` · ${summary.encoding.toUpperCase()}` : '';
  const fieldOptions = IMPORT_FIELDS.map((candidate) => ({ value: candidate, label: t(`import.fieldName.${candidate}`) }));

  return (
    <div className="card mapping-file" data-testid="mapping-file">
      <h3>{summary.file}</h3>
      <p className="muted">
        {summary.complete ? null : t('import.mapping.soFar')}
        {t('import.mapping.summary', {
          format,
          encoding,
          accepted: formatNumber(summary.accepted),
          rejected: formatNumber(summary.rejected.length),
          warnings: formatNumber(summary.warnings.length),
          skipped: formatNumber(summary.skippedRows),
          duplicates: formatNumber(summary.duplicatesInFile),
        })}
      </p>
      {summary.complete ? null : (
        <p className="muted" role="status" data-testid="mapping-checking">
          {t('import.mapping.checking', {
            done: formatNumber(checking?.done ?? summary.checkedRows),
            total: formatNumber(checking?.total ?? summary.totalRows),
          })}
        </p>
      )}
      {summary.template === MANUAL_MAPPING ? (
        <p className="ok-text">{t('import.mapping.manual')}</p>
      ) : summary.template ? (
        <p className="ok-text">{t('import.mapping.templateUsed', { name: summary.template })}</p>
      ) : null}
      {withoutHeader.length > 0 ? (
        <p className="muted">{t('import.mapping.noHeaderSheets', { sheets: withoutHeader.join('、') })}</p>
      ) : null}
      {sheet && sheet.headerRow !== null ? (
        <p className="muted">
          {sheet.name === null
            ? t('import.mapping.csvHeader', { row: sheet.headerRow })
            : t('import.mapping.sheetHeader', { sheet: sheet.name, row: sheet.headerRow })}
        </p>
      ) : null}
      {summary.complete && summary.accepted === 0 ? <p className="error-text">{t('import.mapping.noRows')}</p> : null}
      {sheet ? (
        <div className="mapping-scroll">
          <table className="mapping-table" data-testid="mapping-preview">
            <thead>
              <tr>
                <th scope="col">{t('import.report.row')}</th>
                {sheet.headers.map((header, column) => {
                  const field = sheet.mapping[header] ?? null;
                  const id = `map-${index}-${column}`;
                  return (
                    <th key={`${header}-${column}`} scope="col" className={field ? undefined : 'unmapped'}>
                      <label htmlFor={id}>{header}</label>
                      <select
                        id={id}
                        aria-label={`${header} → ${t('import.report.field')}`}
                        value={field ?? ''}
                        onChange={(event) =>
                          void changeColumn(
                            repositories,
                            index,
                            header,
                            event.target.value === '' ? null : (event.target.value as ImportField),
                          )
                        }
                      >
                        <OptionList options={fieldOptions} none={t('import.mapping.unmapped')} />
                      </select>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {summary.preview
                .filter((item) => item.record.sheet === sheet.name)
                .map((item) => (
                  <tr key={`${item.record.sheet}-${item.record.row}`}>
                    <td className="row-number">{item.record.row}</td>
                    {sheet.headers.map((header, column) => {
                      const field = sheet.mapping[header] ?? null;
                      const value = field ? cellValue(item.record, field, t) : '';
                      return (
                        <td key={`${header}-${column}`} className={field ? undefined : 'unmapped'} title={value}>
                          {value || t('import.mapping.emptyCell')}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {sheet ? <TemplateForm repositories={repositories} index={index} /> : null}
    </div>
  );
}

function TemplateForm({ repositories, index }: { repositories: Repositories; index: number }) {
  const t = useT();
  const [name, setName] = useState('');
  const [partner, setPartner] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void saveTemplate(repositories, index, name, partner).then((result) => setMessage({ ok: result.ok, text: result.message }));
      }}
    >
      <div className="field">
        <label htmlFor={`template-name-${index}`}>{t('import.mapping.templateName')}</label>
        <input id={`template-name-${index}`} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`template-partner-${index}`}>{t('import.mapping.partner')}</label>
        <input id={`template-partner-${index}`} value={partner} onChange={(event) => setPartner(event.target.value)} />
      </div>
      <button type="submit" className="button secondary">
        {t('import.mapping.saveTemplate')}
      </button>
      <span className={message ? (message.ok ? 'ok-text' : 'error-text') : 'hint'} role="status">
        {message ? message.text : t('import.mapping.templateHint')}
      </span>
    </form>
  );
}
