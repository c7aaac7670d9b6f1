// Events: the 舆情事件 items are grouped under.
import type { OpinionEvent } from '../../shared/domain/types';
import { newId } from '../../shared/ids';
import type { WriteContext } from './audited-write';
import { RecordNotFoundError } from './errors';
import { fromItemRow } from './items-repository';
import { InvalidTriageInputError, type TriageOperations } from './triage-operation';

export function createEventRepository({ db, operate }: TriageOperations) {
  return {
    listEvents: () => db.events.toArray(),

    getEvent: (id: string) => db.events.get(id),

    eventItems: async (eventId: string) => (await db.items.where('eventId').equals(eventId).toArray()).map(fromItemRow),

    countEventItems: (eventId: string) => db.items.where('eventId').equals(eventId).count(),

    createEvent: (draft: { name: string; description: string }, itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.create', ctx, async (stage, nowIso) => {
        const name = draft.name.trim();
        if (name === '') throw new InvalidTriageInputError('db.triage.eventNameRequired');
        const event: OpinionEvent = { id: newId(), name, description: draft.description.trim(), createdAt: nowIso, updatedAt: nowIso };
        stage.putEntity('events', event);
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId: event.id });
      }),

    updateEvent: (id: string, draft: { name: string; description: string }, ctx: WriteContext) =>
      operate('events.update', ctx, async (stage, nowIso) => {
        const [event] = await stage.loadEntities<OpinionEvent>('events', [id]);
        if (!event) throw new RecordNotFoundError('events', id);
        const name = draft.name.trim();
        if (name === '') throw new InvalidTriageInputError('db.triage.eventNameRequired');
        if (name === event.name && draft.description.trim() === event.description) return;
        stage.putEntity('events', { ...event, name, description: draft.description.trim(), updatedAt: nowIso });
      }),

    /** Puts items into an event (moving them out of any other). */
    addToEvent: (eventId: string, itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.addItems', ctx, async (stage) => {
        const [event] = await stage.loadEntities<OpinionEvent>('events', [eventId]);
        if (!event) throw new RecordNotFoundError('events', eventId);
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId });
      }),

    removeFromEvent: (itemIds: readonly string[], ctx: WriteContext) =>
      operate('events.removeItems', ctx, async (stage) => {
        for (const item of await stage.loadItems(itemIds)) stage.updateItem(item, { eventId: null });
      }),

    /** Deletes the event; its items stay, outside any event. */
    deleteEvent: (eventId: string, ctx: WriteContext) =>
      operate('events.remove', ctx, async (stage) => {
        await stage.loadEntities('events', [eventId]);
        stage.removeEntity('events', eventId);
        for (const item of await stage.loadItemRows(await db.items.where('eventId').equals(eventId).toArray()))
          stage.updateItem(item, { eventId: null });
      }),
  };
}
