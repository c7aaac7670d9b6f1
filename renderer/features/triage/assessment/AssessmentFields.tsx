import type { KeyboardEvent } from 'react';
import { ITEM_KINDS, RISK_LEVELS_BY_SEVERITY, SENTIMENTS, VERACITIES, type ItemKind } from '../../../../shared/domain/types';
import type { AssessmentPatch } from '../../../db';
import { useT, type PlainMessageKey } from '../../../i18n';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
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

/**
 * The labels start with Ⅰ–Ⅳ, which no keyboard types, so the digits stand in for them: 1 picks Ⅰ级（特别重大）
 * as an office would say "一级", and the analyst keeps choosing the level without leaving the keyboard.
 */
function pickRiskByNumeral(event: KeyboardEvent<HTMLSelectElement>, pick: (value: string) => void): void {
  if (event.ctrlKey || event.altKey || event.metaKey || !/^[1-4]$/.test(event.key)) return;
  const level = RISK_LEVELS_BY_SEVERITY[Number(event.key) - 1];
  if (level === undefined) return;
  event.preventDefault();
  pick(String(level));
}

/** Risk (most severe first, as offices list the levels), sentiment, veracity, category and kind (社会/网络). */
export function AssessmentFields({ draft, onChange, bulk, idPrefix }: FieldsProps) {
  const t = useT();
  const keep = bulk ? <option value={KEEP}>{t('triage.keep')}</option> : null;
  const set = (field: keyof AssessmentDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const choices: ReadonlyArray<{ field: 'risk' | 'sentiment' | 'veracity'; label: PlainMessageKey; options: Array<[string, string]> }> = [
    { field: 'risk', label: 'triage.field.risk', options: RISK_LEVELS_BY_SEVERITY.map((risk) => [String(risk), t(riskKey(risk))]) },
    {
      field: 'sentiment',
      label: 'triage.field.sentiment',
      options: SENTIMENTS.map((sentiment) => [sentiment, t(sentimentKey(sentiment))]),
    },
    { field: 'veracity', label: 'triage.field.veracity', options: VERACITIES.map((veracity) => [veracity, t(veracityKey(veracity))]) },
  ];
  return (
    <div className="assessment-fields">
      {choices.map(({ field, label, options }) => (
        <SelectField
          key={field}
          id={`${idPrefix}-${field}`}
          label={t(label)}
          value={draft[field]}
          onValue={set(field)}
          data-autofocus={field === 'risk' ? true : undefined}
          onKeyDown={field === 'risk' ? (event) => pickRiskByNumeral(event, set('risk')) : undefined}
        >
          {keep}
          <option value={CLEAR}>{t('triage.unset')}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
      ))}
      <TextField
        id={`${idPrefix}-category`}
        label={t('triage.field.category')}
        value={draft.category}
        placeholder={bulk ? t('triage.keep') : t('triage.categoryPlaceholder')}
        maxLength={40}
        onValue={set('category')}
      />
      <SelectField id={`${idPrefix}-kind`} label={t('triage.field.kind')} value={draft.kind} onValue={set('kind')}>
        {keep}
        {ITEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(kindKey(kind))}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
