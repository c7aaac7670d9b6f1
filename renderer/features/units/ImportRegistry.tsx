import { useState } from 'react';
import { useDesk, writeContext } from '../../workspace/desk';
import { errorReason, errorText, useLocaleStore, useT } from '../../i18n';
import { platform } from '../../platform';
import { workbookSheets } from './read-workbook';
import { planRegistryImport, REPORTER_HEADERS, UNIT_HEADERS, type RegistryImportPlan } from './registry-import';
import { refreshRegistry, useUnits } from './units-store';

const PROBLEMS_SHOWN = 30;

/** Reads a registry workbook, shows what it found, and writes only after the analyst confirms. */
export function ImportRegistry() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const [plan, setPlan] = useState<{ file: string; plan: RegistryImportPlan } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!repositories) return null;

  const choose = async () => {
    setMessage(null);
    try {
      const [file] = await platform().openFiles({ multiple: false, filters: [{ name: 'Excel', extensions: ['xlsx', 'xls'] }] });
      if (!file) return;
      const existing = useUnits.getState();
      setPlan({
        file: file.name,
        plan: planRegistryImport(workbookSheets(file.bytes), existing, undefined, { now: Date.now(), timeZone }),
      });
    } catch (error) {
      setMessage({ ok: false, text: t('units.import.unreadable', { reason: errorReason(error) }) });
    }
  };

  const confirm = async () => {
    if (!plan) return;
    try {
      const written = await repositories.network.saveRegistry({ units: plan.plan.units, reporters: plan.plan.reporters }, writeContext());
      await refreshRegistry(repositories);
      setPlan(null);
      setMessage({ ok: true, text: t('units.import.done', { units: written.units, reporters: written.reporters }) });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  const report = plan?.plan;
  const nothingToWrite = report ? report.units.length === 0 && report.reporters.length === 0 : true;
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void choose()} title={t('units.import.hint')}>
        {t('units.import.button')}
      </button>
      {message ? (
        <span className={message.ok ? 'ok-text' : 'error-text'} role="status" data-testid="registry-import-message">
          {message.text}
        </span>
      ) : null}
      {plan && report ? (
        <section
          className="units-panel"
          style={{ flexBasis: '100%' }}
          data-testid="registry-import-report"
          aria-labelledby="registry-import-title"
        >
          <h3 id="registry-import-title">{t('units.import.reportTitle', { file: plan.file })}</h3>
          <ul>
            {report.sheets.map((sheet) => (
              <li key={sheet.name}>
                {sheet.kind === 'unknown'
                  ? t('units.import.sheetUnknown', {
                      sheet: sheet.name,
                      unitHeader: UNIT_HEADERS.name,
                      reporterHeader: REPORTER_HEADERS.name,
                    })
                  : t(sheet.kind === 'units' ? 'units.import.sheetUnits' : 'units.import.sheetReporters', {
                      sheet: sheet.name,
                      rows: sheet.rows,
                    })}
              </li>
            ))}
            <li>{t('units.import.unitsCounts', { added: report.unitsNew, changed: report.unitsChanged, same: report.unitsUnchanged })}</li>
            <li>
              {t('units.import.reportersCounts', {
                added: report.reportersNew,
                changed: report.reportersChanged,
                same: report.reportersUnchanged,
              })}
            </li>
          </ul>
          {report.problems.length > 0 ? (
            <>
              <p>{t('units.import.problems', { count: report.problems.length })}</p>
              <ul className="problem-list">
                {report.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                  <li key={`${problem.sheet}-${problem.row}-${problem.code}`}>
                    {t('units.import.problemAt', { sheet: problem.sheet, row: problem.row })}
                    {t(`units.import.problem.${problem.code}`, { value: problem.value })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="units-actions">
            <button type="button" className="button" disabled={nothingToWrite} onClick={() => void confirm()}>
              {nothingToWrite
                ? t('units.import.nothing')
                : t('units.import.confirm', { units: report.units.length, reporters: report.reporters.length })}
            </button>
            <button type="button" className="button secondary" onClick={() => setPlan(null)}>
              {t('units.form.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
