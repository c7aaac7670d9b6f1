import { useEffect, useState } from 'react';
import type { AuditEntry, Item, OpinionEvent, Refutation } from '../../../../shared/domain/types';
import type { SuspectedDuplicate } from '../../../../shared/triage';
import { useDesk } from '../../../workspace/desk';
import { useStoreChanged } from '../../../workspace/store-changes';

export interface ItemDetailData {
  item: Item;
  unitName: string | null;
  reporterName: string | null;
  event: OpinionEvent | null;
  refutations: Refutation[];
  history: AuditEntry[];
  duplicates: SuspectedDuplicate[];
  /** profile id → name, for who did what in the history */
  people: ReadonlyMap<string, string>;
  /** event id → name, for event changes in the history */
  eventNames: ReadonlyMap<string, string>;
}

export type ItemDetailState = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: ItemDetailData };

/** Everything the detail shows, read again after every write (a triage step, an undo, an import). */
export function useItemDetail(itemId: string): ItemDetailState {
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged(['items', 'units', 'reporters', 'events', 'refutations', 'profiles']);
  const [result, setResult] = useState<ItemDetailState>({ state: 'loading' });

  useEffect(() => {
    if (!repositories) return;
    let cancelled = false;
    void (async () => {
      const item = await repositories.items.get(itemId);
      if (!item) {
        if (!cancelled) setResult({ state: 'missing' });
        return;
      }
      const [unit, reporter, event, refutations, history, duplicates, profiles, events] = await Promise.all([
        item.unitId ? repositories.units.get(item.unitId) : undefined,
        item.reporterId ? repositories.reporters.get(item.reporterId) : undefined,
        item.eventId ? repositories.events.get(item.eventId) : undefined,
        repositories.triage.refutationsFor(itemId),
        repositories.audit.forTarget(`items:${itemId}`),
        repositories.triage.suspectedDuplicates(itemId),
        repositories.profiles.list(),
        repositories.triage.listEvents(),
      ]);
      if (cancelled) return;
      setResult({
        state: 'ready',
        data: {
          item,
          unitName: unit?.name ?? null,
          reporterName: reporter?.name ?? null,
          event: event ?? null,
          refutations,
          history: history.reverse(),
          duplicates,
          people: new Map(profiles.map((profile) => [profile.id, profile.name])),
          eventNames: new Map(events.map((opinionEvent) => [opinionEvent.id, opinionEvent.name])),
        },
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [repositories, itemId, storeVersion]);

  return result;
}
