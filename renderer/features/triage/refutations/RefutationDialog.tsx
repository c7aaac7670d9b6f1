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

  const texts: ReadonlyArray<
    [field: 'title' | 'publisher' | 'channel', value: string, onValue: (value: string) => void, maxLength: number]
  > = [
    ['title', title, setTitle, 120],
    ['publisher', publisher, setPublisher, 60],
    ['channel', channel, setChannel, 40],
  ];
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
          {texts.map(([field, value, onValue, maxLength]) => (
            <TextField
              key={field}
              id={`refutation-${field}`}
              fieldClass={field === 'title' ? 'wide' : undefined}
              label={t(`refutations.${field}`)}
              value={value}
              maxLength={maxLength}
              placeholder={t(`refutations.${field}Placeholder`)}
              onValue={onValue}
            />
          ))}
          <TimeField id="refutation-at" label={t('refutations.publishedAt')} value={at} onValue={setAt} />
          <TextField id="refutation-url" label={t('refutations.url')} value={url} maxLength={500} onValue={setUrl} />
        </div>
      </PickOrCreateForm>
    </Modal>
  );
}
