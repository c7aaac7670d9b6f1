import { useState } from 'react';
import type { Repositories } from '../../db';
import { useT, type PlainMessageKey } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { REPORT_LIST_LIMIT, saveReport, startOver, undoBatch, useImport } from './import-store';

export function ReportView({ repositories }: { repositories: Repositories }) {
  const t = useT();
  const report = useImport((state) => state.report);
  const [saved, setSaved] = useState<string | null>(null);
  if (!report) return null;
  const { counts } = report.batch;
  const cards: { key: PlainMessageKey; value: number; tone?: 'bad' | 'warn' }[] = [
    { key: 'import.report.accepted', value: counts.accepted },
    { key: 'import.report.merged', value: counts.merged },
    { key: 'import.report.suspected', value: counts.suspected, tone: counts.suspected > 0 ? 'warn' : undefined },
    { key: 'import.report.warnings', value: counts.warnings, tone: counts.warnings > 0 ? 'warn' : undefined },
    { key: 'import.report.rejected', value: counts.rejected, tone: counts.rejected > 0 ? 'bad' : undefined },
    { key: 'import.report.skipped', value: counts.skipped },
  ];

  return (
    <div data-testid="import-report">
      <h2 className="section-title">{t('import.report.title')}</h2>
      {report.state === 'cancelled' ? (
        <p className="notice" role="status">
          {t('import.report.cancelled')}
        </p>
      ) : (
        <>
          <div className="report-counts">
            {cards.map((card) => (
              <div key={card.key} className={`count-card ${card.tone ?? ''}`} data-testid={`report-${card.key.split('.').pop() ?? ''}`}>
                <div className="count-label">{t(card.key)}</div>
                <div className="count-value">
                  <span className="count-number">{formatNumber(card.value)}</span>
                </div>
              </div>
            ))}
          </div>
          {counts.merged > 0 ? <p className="hint">{t('import.report.mergedHint')}</p> : null}
          {counts.suspected > 0 ? <p className="hint">{t('import.report.suspectedHint')}</p> : null}
        </>
      )}
      <div className="button-row">
        {report.state === 'complete' ? (
          <>
            <button type="button" className="button" onClick={() => void saveReport(report).then(setSaved)}>
              {t('import.report.save')}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                if (window.confirm(t('import.batches.confirmUndo'))) void undoBatch(repositories, report.batch.id);
              }}
            >
              {t('import.report.undo')}
            </button>
          </>
        ) : null}
        <button type="button" className="button secondary" onClick={startOver}>
          {t('import.report.again')}
        </button>
        {saved ? (
          <span className="ok-text" role="status">
            {saved}
          </span>
        ) : null}
      </div>
      {report.state === 'complete' ? (
        <>
          {report.rejected.length === 0 && report.warnings.length === 0 ? <p className="muted">{t('import.report.noProblems')}</p> : null}
          {report.rejected.length > 0 ? (
            <ProblemTable
              title={t('import.report.rejected')}
              testId="report-rejected-table"
              total={report.rejected.length}
              rows={report.rejected.slice(0, REPORT_LIST_LIMIT).map((row) => [row.file, row.sheet ?? '', String(row.row), row.reason])}
              headers={[t('import.report.file'), t('import.report.sheet'), t('import.report.row'), t('import.report.reason')]}
            />
          ) : null}
          {report.warnings.length > 0 ? (
            <ProblemTable
              title={t('import.report.warnings')}
              testId="report-warnings-table"
              total={report.warnings.length}
              rows={report.warnings
                .slice(0, REPORT_LIST_LIMIT)
                .map((row) => [
                  row.file,
                  row.sheet ?? '',
                  String(row.row),
                  row.field ? t(`import.fieldName.${row.field}`) : '',
                  row.reason,
                ])}
              headers={[
                t('import.report.file'),
                t('import.report.sheet'),
                t('import.report.row'),
                t('import.report.field'),
                t('import.report.reason'),
              ]}
            />
          ) : null}
          {report.suspected.length > 0 ? (
            <ProblemTable
              title={t('import.report.suspected')}
              testId="report-suspected-table"
              total={report.suspected.length}
              rows={report.suspected.slice(0, REPORT_LIST_LIMIT).map((pair) => [pair.itemTitle, pair.ofTitle, String(pair.distance)])}
              headers={[t('import.report.item'), t('import.report.similar'), t('import.report.distance')]}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function ProblemTable({
  title,
  headers,
  rows,
  total,
  testId,
}: {
  title: string;
  headers: string[];
  rows: string[][];
  total: number;
  testId: string;
}) {
  const t = useT();
  return (
    <>
      <h3 className="section-title">
        {title}（{formatNumber(total)}）
      </h3>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? (
        <p className="hint">{t('import.report.more', { shown: formatNumber(rows.length), total: formatNumber(total) })}</p>
      ) : null}
    </>
  );
}
