import { errorReason, t } from '../../i18n';

/** What the analyst reads when a spread write fails: the one sentence, with the store's reason inside. */
export function failureText(error: unknown): string {
  return t('spread.error', { reason: errorReason(error) });
}
