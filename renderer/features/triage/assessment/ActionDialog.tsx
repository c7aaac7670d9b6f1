import { useT } from '../../../i18n';
import { closeTriageDialog, useTriageDialog } from '../dialog-store';
import { Modal } from '../../../ui/Modal';
import { ActionForm } from './ActionForm';

export function ActionDialog() {
  const t = useT();
  const targetIds = useTriageDialog((state) => state.targetIds);
  return (
    <Modal title={t('triage.actionDialogTitle', { count: targetIds.length })} onClose={closeTriageDialog} wide testId="action-dialog">
      <ActionForm itemIds={targetIds} idPrefix="action-dialog" onDone={closeTriageDialog} onCancel={closeTriageDialog} />
    </Modal>
  );
}
