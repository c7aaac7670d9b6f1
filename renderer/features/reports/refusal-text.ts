// A refusal of the report chain in the reader's words: its values arrive as codes (an action, a status,
// roles) and are named here before the refusal's own text is filled.
import { REPORT_ACTION_TYPES, REPORT_STATUSES } from '../../../shared/domain/report-types';
import { ROLES } from '../../../shared/domain/types';
import { CodedError, type ErrorParams } from '../../../shared/errors';
import { errorText, isOneOf, t } from '../../i18n';

function named(value: string | number | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isOneOf(REPORT_ACTION_TYPES, value)) return t(`reports.action.${value}`);
  if (isOneOf(REPORT_STATUSES, value)) return t(`reports.status.${value}`);
  if (isOneOf(ROLES, value)) return t(`role.${value}`);
  return undefined;
}

export function refusalText(refusal: { error: CodedError }): string {
  const { code, params } = refusal.error;
  const words: Record<string, string | number> = { ...params };
  for (const name of ['action', 'status', 'role'] as const) {
    const word = named(params[name]);
    if (word !== undefined) words[name] = word;
  }
  if (typeof params.allowed === 'string') {
    words.allowed = params.allowed
      .split(',')
      .map((role) => named(role) ?? role)
      .join(t('reports.refusal.or'));
  }
  const filled: ErrorParams = words;
  return errorText(new CodedError(code, filled));
}
