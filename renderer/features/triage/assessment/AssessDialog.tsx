import { useEffect, useState } from 'react';
import { repositoriesOrThrow } from '../../../workspace/desk';
import { useT } from '../../../i18n';
import { runTriageWrite } from '../undo/triage-writes';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';
import { AssessmentFields, draftFromValues, KEEP_ALL, patchFromDraft, type AssessmentDraft } from './AssessmentFields';

/** `a`: assess the focused item, or the whole selection at once (one audited bulk write). */
export function AssessDialog() {
  const t = useT();
  const targetIds = useTriageDialog((state) => state.targetIds);
  const bulk = targetIds.length > 1;
  const [draft, setDraft] = useState<AssessmentDraft | null>(bulk ? KEEP_ALL : null);

  useEffect(() => {
    if (bulk || !targetIds[0]) return;
    void repositoriesOrThrow()
      .items.get(targetIds[0])
      .then((item) => item && setDraft(draftFromValues({ ...item.assessment, kind: item.kind })));
  }, [bulk, targetIds]);

  if (!draft) return null;
  return (
    <Modal
      title={bulk ? t('triage.assessBulkTitle', { count: targetIds.length }) : t('triage.assessTitle')}
      onClose={closeTriageDialog}
      testId="assess-dialog"
    >
      <form
        onKeyDown={(event) => {
          // Enter on a select does not submit a form by itself; from the keyboard, 2 then Enter should save.
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
        onSubmit={(event) => {
          event.preventDefault();
          closeTriageDialog();
          void runTriageWrite(
            'undo.label.assess',
            targetIds.length,
            (repositories, ctx) => repositories.triage.assessItems(targetIds, patchFromDraft(draft, bulk), ctx),
            { announce: t('triage.assessed', { count: targetIds.length }) },
          );
        }}
      >
        <AssessmentFields draft={draft} onChange={setDraft} bulk={bulk} idPrefix="assess-dialog" />
        <p className="hint">{t('triage.assessHint')}</p>
        <div className="modal-actions">
          <button type="button" className="button secondary" onClick={closeTriageDialog}>
            {t('triage.cancel')}
          </button>
          <button type="submit" className="button">
            {t('triage.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
