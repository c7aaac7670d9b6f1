// What other parts of the renderer may use from audit: everything else in the folder is its own.
export { checkAuditChain, useAuditHealth, yieldToUi } from './audit-health';
export { actionLabel } from './audit-labels';
export { historyActionLabel, historyOfItem } from './item-history';
