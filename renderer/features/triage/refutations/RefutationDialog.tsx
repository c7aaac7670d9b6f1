import { useEffect, useState } from 'react';
import type { Refutation } from '../../../../shared/domain/types';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useLocaleStore, useT } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { runTriageWrite, type TriageChange } from '../undo/triage-writes';
import { fromTimeInputValue, toTimeInputValue } from '../assessment/time-input';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';
import { PickOrCreateForm } from '../../../ui/PickOrCreateForm';
import { TextField } from '../../../ui/TextField';
import { TimeField } from '../assessment/TimeField';

/** `p`: link the rumour items to a refutation (辟谣) already recorded, or record the refutation now. */
export function RefutationDialog() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const targetIds = useTriageDialog((state) => state.targetIds);
  const [refutations, setRefutations] = useState<Refutation[]>([]);
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [channel, setChannel] = useState('');
  const [url, setUrl] = useState('');
  const [at, setAt] = useState(() => toTimeInputValue(Date.now(), timeZone));

  useEffect(() => {
    void repositoriesOrThrow()
      .triage.listRefutations()
      .then((list) => setRefutations(list.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))));
  }, []);

  const count = targetIds.length;
  const publishedAt = fromTimeInputValue(at, timeZone);
  const write = (change: TriageChange) => {
    closeTriageDialog();
    void runTriageWrite('undo.label.refutation', count, change, { announce: t('refutations.linked', { count }) });
  };
  return (
    <Modal title={t('refutations.dialogTitle', { count })} onClose={closeTriageDialog} wide testId="refutation-dialog">
      <PickOrCreateForm
        id="refutation-choice"
        chooseLabel={t('refutations.choose')}
        createOption={t('refutations.newRefutation')}
        existing={refutations.map((refutation) => ({
          id: refutation.id,
          label: `${refutation.title}（${refutation.publisher} · ${formatDateTime(refutation.publishedAt)}）`,
        }))}
        createLabel={t('refutations.recordAndLink')}
        pickLabel={t('refutations.link')}
        validateCreate={() => {
          if (title.trim() === '') return t('refutations.titleRequired');
          return publishedAt ? null : t('refutations.timeInvalid');
        }}
        onCreate={() =>
          write((repositories, ctx) =>
            repositories.triage.createRefutation(
              { title, publisher, channel, url: url || null, publishedAt: publishedAt as string },
              targetIds,
              ctx,
            ),
          )
        }
        onPick={(refutationId) => write((repositories, ctx) => repositories.triage.linkRefutation(refutationId, targetIds, ctx))}
        hint={t('refutations.dialogHint')}
        secondary={
          <button type="button" className="button secondary" onClick={closeTriageDialog}>
            {t('triage.cancel')}
          </button>
        }
      >
        <div className="form-grid">
          <TextField
            id="refutation-title"
            fieldClass="wide"
            label={t('refutations.title')}
            value={title}
            maxLength={120}
            placeholder={t('refutations.titlePlaceholder')}
            onValue={setTitle}
          />
          <TextField
            id="refutation-publisher"
            label={t('refutations.publisher')}
            value={publisher}
            maxLength={60}
            placeholder={t('refutations.publisherPlaceholder')}
            onValue={setPublisher}
          />
          <TextField
            id="refutation-channel"
            label={t('refutations.channel')}
            value={channel}
            maxLength={40}
            placeholder={t('refutations.channelPlaceholder')}
            onValue={setChannel}
          />
          <TimeField id="refutation-at" label={t('refutations.publishedAt')} value={at} onValue={setAt} />
          <TextField id="refutation-url" label={t('refutations.url')} value={url} maxLength={500} onValue={setUrl} />
        </div>
      </PickOrCreateForm>
    </Modal>
  );
}
