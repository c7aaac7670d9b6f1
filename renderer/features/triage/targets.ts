// Which items a triage command acts on: a selection of several items wins (bulk work), then the item open in
// the detail panel, then the list's single selection or focused row.
import { useRouter } from '../../workspace/router';
import { selectedItemIds, useItems } from '../items/items-store';

export function triageTargetIds(): string[] {
  if (useRouter.getState().route !== 'items') return [];
  const { selectedIds, openedId } = useItems.getState();
  if (selectedIds.size > 1) return [...selectedIds];
  if (openedId) return [openedId];
  return selectedItemIds();
}

export function hasTriageTargets(): boolean {
  return triageTargetIds().length > 0;
}
