// What other parts of the renderer may use from pack: everything else in the folder is its own.
export { ExportStatus } from './ExportStatus';
export { ReportPackButton } from './ReportPackButton';
export { exportList, exportPack, useExport } from './export-store';
export type { ListFormat } from './list-export';
export { workspaceMaskingSecret } from './masking-secret';
