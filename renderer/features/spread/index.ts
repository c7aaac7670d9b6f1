// What other parts of the renderer may use from spread: everything else in the folder is its own.
export { buildStoredCascades, type ImpliedRootBatch, type StoredCascade } from './cascade-source';
export { graphOption, timelineOption } from './chart-options';
export { chartText } from './chart-text';
export { layoutCascade } from './layout';
export { platformGrowth } from './views';
