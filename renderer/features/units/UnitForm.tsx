import { useMemo, useState } from 'react';
import type { Unit } from '../../../shared/domain/types';
import { UNIT_CADENCES } from '../../../shared/domain/types';
import { isLocalDate, parseClockTime, ZoneClock } from '../../../shared/time';
import { defaultStartDate, effectiveStartDate } from '../../../shared/network/start-date';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useLocaleStore, useT } from '../../i18n';
import { descendantsOf } from './registry-tree';
import { ActiveField, NameField, RegistryForm, UnitOptions } from './RegistryForm';
import { CADENCE_LABELS } from './text';

export function UnitForm({
  unit,
  units,
  onSave,
  onCancel,
}: {
  unit: Unit;
  units: readonly Unit[];
  onSave: (unit: Unit) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const isNew = !units.some((other) => other.id === unit.id);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [draft, setDraft] = useState(unit);
  const [openedAt] = useState(() => Date.now());
  const clock = useMemo(() => new ZoneClock(timeZone), [timeZone]);
  // null: a new unit's start the analyst has not touched, which follows the cut-off being typed (defaultStartDate).
  const [startText, setStartText] = useState<string | null>(() => (isNew ? null : (effectiveStartDate(unit, clock) ?? '')));
  const startDate = startText ?? defaultStartDate(openedAt, draft, clock);
  const startValid = startDate === '' || isLocalDate(startDate);
  const name = draft.name.trim();
  const duplicate = units.some((other) => other.id !== draft.id && other.name === name);
  const cutoffValid = parseClockTime(draft.cutoff) !== null;
  // A unit cannot sit under itself or under one of its own sub-units.
  const excluded = useMemo(() => descendantsOf(unit.id, units), [unit.id, units]);
  const problem =
    name === ''
      ? t('units.form.nameMissing')
      : duplicate
        ? t('units.form.nameTaken')
        : !cutoffValid
          ? t('units.form.cutoffInvalid')
          : !startValid
            ? t('units.form.startDateInvalid')
            : null;

  return (
    <RegistryForm
      title={isNew ? t('units.form.newUnit') : t('units.form.editUnit', { name: unit.name })}
      problem={problem}
      onCancel={onCancel}
      onSubmit={() => {
        const saved: Unit = { ...draft, name, startDate };
        // Emptied: every day counts, as for a unit that never had a start.
        if (startDate === '') delete saved.startDate;
        void onSave(saved);
      }}
      hints={
        <>
          <p className="hint">{t('units.form.cadenceHint')}</p>
          <p className="hint" id="unit-start-hint">
            {t('units.form.startDateHint')}
          </p>
        </>
      }
    >
      <NameField id="unit-name" label={t('units.col.unit')} value={draft.name} onValue={(name) => setDraft({ ...draft, name })} />
      <SelectField
        id="unit-parent"
        label={t('units.col.parent')}
        value={draft.parentId ?? ''}
        onValue={(parentId) => setDraft({ ...draft, parentId: parentId === '' ? null : parentId })}
      >
        <option value="">{t('units.form.noParent')}</option>
        <UnitOptions units={units.filter((other) => !excluded.has(other.id))} />
      </SelectField>
      <SelectField
        id="unit-cadence"
        label={t('units.col.cadence')}
        value={draft.cadence}
        onValue={(cadence) => setDraft({ ...draft, cadence: cadence as Unit['cadence'] })}
      >
        {UNIT_CADENCES.map((cadence) => (
          <option key={cadence} value={cadence}>
            {t(CADENCE_LABELS[cadence])}
          </option>
        ))}
      </SelectField>
      <TextField
        id="unit-cutoff"
        label={t('units.col.cutoff')}
        value={draft.cutoff}
        placeholder="17:00"
        aria-invalid={!cutoffValid}
        onValue={(value) => setDraft({ ...draft, cutoff: value.trim() })}
      />
      <TextField
        id="unit-start"
        label={t('units.col.startDate')}
        type="date"
        value={startDate}
        aria-invalid={!startValid}
        aria-describedby="unit-start-hint"
        onValue={setStartText}
      />
      <ActiveField label={t('units.form.unitActive')} checked={draft.active} onChange={(active) => setDraft({ ...draft, active })} />
    </RegistryForm>
  );
}
