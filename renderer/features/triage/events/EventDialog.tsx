import { useEffect, useState } from 'react';
import type { OpinionEvent } from '../../../../shared/domain/types';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { runTriageWrite } from '../undo/triage-writes';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';

const NEW_EVENT = '';

/** `e`: put the selection into a new event (事件) or an existing one, or take it out of its event. */
export function EventDialog() {
  const t = useT();
  const targetIds = useTriageDialog((state) => state.targetIds);
  const [events, setEvents] = useState<OpinionEvent[]>([]);
  const [choice, setChoice] = useState(NEW_EVENT);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void repositoriesOrThrow()
      .triage.listEvents()
      .then((list) => setEvents(list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))));
  }, []);

  const count = targetIds.length;
  return (
    <Modal title={t('events.dialogTitle', { count })} onClose={closeTriageDialog} testId="event-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice === NEW_EVENT && name.trim() === '') {
            setError(t('events.nameRequired'));
            return;
          }
          closeTriageDialog();
          void runTriageWrite(
            'undo.label.event',
            count,
            (repositories, ctx) =>
              choice === NEW_EVENT
                ? repositories.triage.createEvent({ name, description }, targetIds, ctx)
                : repositories.triage.addToEvent(choice, targetIds, ctx),
            { announce: t('events.added', { count }) },
          );
        }}
      >
        <label className="field" htmlFor="event-dialog-choice">
          <span>{t('events.choose')}</span>
          <select id="event-dialog-choice" value={choice} onChange={(event) => setChoice(event.target.value)} data-autofocus>
            <option value={NEW_EVENT}>{t('events.newEvent')}</option>
            {events.map((opinionEvent) => (
              <option key={opinionEvent.id} value={opinionEvent.id}>
                {opinionEvent.name}
              </option>
            ))}
          </select>
        </label>
        {choice === NEW_EVENT ? (
          <>
            <label className="field" htmlFor="event-dialog-name">
              <span>{t('events.name')}</span>
              <input
                id="event-dialog-name"
                value={name}
                maxLength={60}
                placeholder={t('events.namePlaceholder')}
                onChange={(event) => setName(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="event-dialog-description">
              <span>{t('events.description')}</span>
              <textarea
                id="event-dialog-description"
                rows={2}
                maxLength={500}
                value={description}
                onChange={(event) => setDescription(event.target.value)}
              />
            </label>
          </>
        ) : null}
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <div className="modal-actions">
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
          <button type="submit" className="button">
            {choice === NEW_EVENT ? t('events.createAndAdd') : t('events.addToEvent')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
