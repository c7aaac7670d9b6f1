import { useEffect, useState } from 'react';
import type { Refutation } from '../../../../shared/domain/types';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useLocaleStore, useT } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { runTriageWrite } from '../undo/triage-writes';
import { fromTimeInputValue, toTimeInputValue } from '../assessment/time-input';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';

const NEW_REFUTATION = '';

/** `p`: link the rumour items to a refutation (辟谣) already recorded, or record the refutation now. */
export function RefutationDialog() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const targetIds = useTriageDialog((state) => state.targetIds);
  const [refutations, setRefutations] = useState<Refutation[]>([]);
  const [choice, setChoice] = useState(NEW_REFUTATION);
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [channel, setChannel] = useState('');
  const [url, setUrl] = useState('');
  const [at, setAt] = useState(() => toTimeInputValue(Date.now(), timeZone));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void repositoriesOrThrow()
      .triage.listRefutations()
      .then((list) => setRefutations(list.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))));
  }, []);

  const count = targetIds.length;
  return (
    <Modal title={t('refutations.dialogTitle', { count })} onClose={closeTriageDialog} wide testId="refutation-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const publishedAt = fromTimeInputValue(at, timeZone);
          if (choice === NEW_REFUTATION && title.trim() === '') return setError(t('refutations.titleRequired'));
          if (choice === NEW_REFUTATION && !publishedAt) return setError(t('refutations.timeInvalid'));
          closeTriageDialog();
          void runTriageWrite(
            'undo.label.refutation',
            count,
            (repositories, ctx) =>
              choice === NEW_REFUTATION
                ? repositories.triage.createRefutation(
                    { title, publisher, channel, url: url || null, publishedAt: publishedAt as string },
                    targetIds,
                    ctx,
                  )
                : repositories.triage.linkRefutation(choice, targetIds, ctx),
            { announce: t('refutations.linked', { count }) },
          );
        }}
      >
        <label className="field" htmlFor="refutation-choice">
          <span>{t('refutations.choose')}</span>
          <select id="refutation-choice" value={choice} onChange={(event) => setChoice(event.target.value)} data-autofocus>
            <option value={NEW_REFUTATION}>{t('refutations.newRefutation')}</option>
            {refutations.map((refutation) => (
              <option key={refutation.id} value={refutation.id}>
                {refutation.title}（{refutation.publisher} · {formatDateTime(refutation.publishedAt)}）
              </option>
            ))}
          </select>
        </label>
        {choice === NEW_REFUTATION ? (
          <div className="form-grid">
            <label className="field wide" htmlFor="refutation-title">
              <span>{t('refutations.title')}</span>
              <input
                id="refutation-title"
                value={title}
                maxLength={120}
                placeholder={t('refutations.titlePlaceholder')}
                onChange={(event) => setTitle(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="refutation-publisher">
              <span>{t('refutations.publisher')}</span>
              <input
                id="refutation-publisher"
                value={publisher}
                maxLength={60}
                placeholder={t('refutations.publisherPlaceholder')}
                onChange={(event) => setPublisher(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="refutation-channel">
              <span>{t('refutations.channel')}</span>
              <input
                id="refutation-channel"
                value={channel}
                maxLength={40}
                placeholder={t('refutations.channelPlaceholder')}
                onChange={(event) => setChannel(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="refutation-at">
              <span>{t('refutations.publishedAt')}</span>
              <input
                id="refutation-at"
                inputMode="numeric"
                placeholder="2026-03-02 09:30"
                maxLength={16}
                value={at}
                onChange={(event) => setAt(event.target.value)}
              />
            </label>
            <label className="field" htmlFor="refutation-url">
              <span>{t('refutations.url')}</span>
              <input id="refutation-url" value={url} maxLength={500} onChange={(event) => setUrl(event.target.value)} />
            </label>
          </div>
        ) : null}
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <p className="hint">{t('refutations.dialogHint')}</p>
        <div className="modal-actions">
          <button type="button" className="button secondary" onClick={closeTriageDialog}>
            {t('triage.cancel')}
          </button>
          <button type="submit" className="button">
            {choice === NEW_REFUTATION ? t('refutations.recordAndLink') : t('refutations.link')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
