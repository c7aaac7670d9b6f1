import { useEffect, useState } from 'react';
import type { OpinionEvent } from '../../../../shared/domain/types';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { runTriageWrite, type TriageChange } from '../undo/triage-writes';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';
import { PickOrCreateForm } from '../../../ui/PickOrCreateForm';
import { TextAreaField, TextField } from '../../../ui/TextField';

/** `e`: put the selection into a new event (事件) or an existing one, or take it out of its event. */
export function EventDialog() {
  const t = useT();
  const targetIds = useTriageDialog((state) => state.targetIds);
  const [events, setEvents] = useState<OpinionEvent[]>([]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  useEffect(() => {
    void repositoriesOrThrow()
      .triage.listEvents()
      .then((list) => setEvents(list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))));
  }, []);

  const count = targetIds.length;
  const write = (change: TriageChange) => {
    closeTriageDialog();
    void runTriageWrite('undo.label.event', count, change, { announce: t('events.added', { count }) });
  };
  return (
    <Modal title={t('events.dialogTitle', { count })} onClose={closeTriageDialog} testId="event-dialog">
      <PickOrCreateForm
        id="event-dialog-choice"
        chooseLabel={t('events.choose')}
        createOption={t('events.newEvent')}
        existing={events.map((opinionEvent) => ({ id: opinionEvent.id, label: opinionEvent.name }))}
        createLabel={t('events.createAndAdd')}
        pickLabel={t('events.addToEvent')}
        validateCreate={() => (name.trim() === '' ? t('events.nameRequired') : null)}
        onCreate={() => write((repositories, ctx) => repositories.triage.createEvent({ name, description }, targetIds, ctx))}
        onPick={(eventId) => write((repositories, ctx) => repositories.triage.addToEvent(eventId, targetIds, ctx))}
        secondary={
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              closeTriageDialog();
              void runTriageWrite(
                'undo.label.eventRemove',
                count,
                (repositories, ctx) => repositories.triage.removeFromEvent(targetIds, ctx),
                {
                  announce: t('events.removed', { count }),
                },
              );
            }}
          >
            {t('events.removeFromEvent')}
          </button>
        }
      >
        <TextField
          id="event-dialog-name"
          label={t('events.name')}
          value={name}
          maxLength={60}
          placeholder={t('events.namePlaceholder')}
          onValue={setName}
        />
        <TextAreaField
          id="event-dialog-description"
          label={t('events.description')}
          rows={2}
          maxLength={500}
          value={description}
          onValue={setDescription}
        />
      </PickOrCreateForm>
    </Modal>
  );
}
