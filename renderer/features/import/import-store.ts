// The 导入 page's state and its steps: choose files → parse in the worker → check the mapping → write in
// chunks → report; plus the list of past batches with undo and resume. Persisted data lives in the store
// (renderer/db); this holds only what the page shows right now. The page's components use this file; each
// step lives in a file of its own.
import { formatDateTime } from '../../i18n/format';
import { t } from '../../i18n';
import { platform } from '../../platform';
import type { ImportReport } from './import-report';
import { disposeFiles, useImport } from './import-state';
import { reportWorkbookBytes } from './report-workbook';

export {
  DEFAULT_IMPORT_SETTINGS,
  MANUAL_MAPPING,
  REPORT_LIST_LIMIT,
  refreshImportPage,
  useImport,
  type ImportPhase,
  type ImportSettings,
  type LoadedFile,
  type MappingTemplateRow,
  type QuarantinedFile,
} from './import-state';
export { cancelParse, changeColumn, changeSettings, dismissQuarantined, loadFiles } from './import-parsing';
export { saveTemplate } from './import-templates';
export { cancelWrite, resumeBatch, startImport, undoBatch } from './import-writing';

export function startOver(): void {
  disposeFiles(useImport.getState().files);
  useImport.setState({
    phase: 'choose',
    files: [],
    report: null,
    error: null,
    notice: null,
    parsing: null,
    writing: null,
    resumeBatch: null,
  });
}

export async function saveReport(report: ImportReport): Promise<string> {
  const bytes = reportWorkbookBytes(report, t, (iso) => formatDateTime(iso));
  const stamp = report.batch.startedAt.slice(0, 16).replace(/[-:T]/g, '');
  const result = await platform().saveFile({ suggestedName: `${t('import.report.fileName')}-${stamp}.xlsx`, bytes });
  if (!result.saved) return '';
  return result.path ? t('import.report.saved', { path: result.path }) : t('import.report.savedDownload');
}
