// What other parts of the renderer may use from units: everything else in the folder is its own.
export { NETWORK_ACTION_LABELS, NETWORK_SETTING_LABELS, NETWORK_TABLE_LABELS } from './audit-names';
export { notOpinionCommands } from './not-opinion-commands';
export { formatLocalDate } from './text';
export { useUnits } from './units-store';
