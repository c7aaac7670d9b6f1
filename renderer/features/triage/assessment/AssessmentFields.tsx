import { ITEM_KINDS, RISK_LEVELS, SENTIMENTS, VERACITIES, type ItemKind } from '../../../../shared/domain/types';
import type { AssessmentPatch } from '../../../db';
import { useT } from '../../../i18n';
import { kindKey, riskKey, sentimentKey, veracityKey } from '../../../ui/domain-labels';

// Select values: '' keeps what each item has (bulk only), 'null' clears, anything else is the code.
const KEEP = '';
const CLEAR = 'null';

export type AssessmentDraft = Required<{ [K in keyof AssessmentPatch]: string }>;

export const KEEP_ALL: AssessmentDraft = { sentiment: KEEP, risk: KEEP, veracity: KEEP, category: KEEP, kind: KEEP };

export function draftFromValues(values: {
  sentiment: string | null;
  risk: number | null;
  veracity: string | null;
  category: string | null;
  kind: ItemKind;
}): AssessmentDraft {
  return {
    sentiment: values.sentiment ?? CLEAR,
    risk: values.risk === null ? CLEAR : String(values.risk),
    veracity: values.veracity ?? CLEAR,
    category: values.category ?? '',
    kind: values.kind,
  };
}

/** Only the fields the analyst set; in bulk mode an untouched field is left as each item has it. */
export function patchFromDraft(draft: AssessmentDraft, bulk: boolean): AssessmentPatch {
  const patch: AssessmentPatch = {};
  const read = (value: string) => (value === CLEAR ? null : value);
  if (draft.sentiment !== KEEP) patch.sentiment = read(draft.sentiment) as AssessmentPatch['sentiment'];
  if (draft.risk !== KEEP) patch.risk = draft.risk === CLEAR ? null : (Number(draft.risk) as AssessmentPatch['risk']);
  if (draft.veracity !== KEEP) patch.veracity = read(draft.veracity) as AssessmentPatch['veracity'];
  if (!bulk || draft.category !== KEEP) patch.category = draft.category.trim() === '' ? null : draft.category.trim();
  if (draft.kind !== KEEP) patch.kind = draft.kind as ItemKind;
  return patch;
}

interface FieldsProps {
  draft: AssessmentDraft;
  onChange: (draft: AssessmentDraft) => void;
  /** several items: every field offers 不修改 */
  bulk: boolean;
  idPrefix: string;
}

/** Sentiment, risk 1–4, veracity, category and kind (社会/网络). Options start with their number or word, so typing it selects. */
export function AssessmentFields({ draft, onChange, bulk, idPrefix }: FieldsProps) {
  const t = useT();
  const keep = bulk ? <option value={KEEP}>{t('triage.keep')}</option> : null;
  const set = (field: keyof AssessmentDraft) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [field]: event.target.value });
  return (
    <div className="assessment-fields">
      <label className="field" htmlFor={`${idPrefix}-risk`}>
        <span>{t('triage.field.risk')}</span>
        <select id={`${idPrefix}-risk`} value={draft.risk} onChange={set('risk')} data-autofocus>
          {keep}
          <option value={CLEAR}>{t('triage.unset')}</option>
          {RISK_LEVELS.map((risk) => (
            <option key={risk} value={String(risk)}>
              {risk} {t(riskKey(risk))}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${idPrefix}-sentiment`}>
        <span>{t('triage.field.sentiment')}</span>
        <select id={`${idPrefix}-sentiment`} value={draft.sentiment} onChange={set('sentiment')}>
          {keep}
          <option value={CLEAR}>{t('triage.unset')}</option>
          {SENTIMENTS.map((sentiment) => (
            <option key={sentiment} value={sentiment}>
              {t(sentimentKey(sentiment))}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${idPrefix}-veracity`}>
        <span>{t('triage.field.veracity')}</span>
        <select id={`${idPrefix}-veracity`} value={draft.veracity} onChange={set('veracity')}>
          {keep}
          <option value={CLEAR}>{t('triage.unset')}</option>
          {VERACITIES.map((veracity) => (
            <option key={veracity} value={veracity}>
              {t(veracityKey(veracity))}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${idPrefix}-category`}>
        <span>{t('triage.field.category')}</span>
        <input
          id={`${idPrefix}-category`}
          value={draft.category}
          placeholder={bulk ? t('triage.keep') : t('triage.categoryPlaceholder')}
          maxLength={40}
          onChange={set('category')}
        />
      </label>
      <label className="field" htmlFor={`${idPrefix}-kind`}>
        <span>{t('triage.field.kind')}</span>
        <select id={`${idPrefix}-kind`} value={draft.kind} onChange={set('kind')}>
          {keep}
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(kindKey(kind))}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
