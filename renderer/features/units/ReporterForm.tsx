import { useState } from 'react';
import type { Reporter, Unit } from '../../../shared/domain/types';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useT } from '../../i18n';
import { DEFAULT_REPORTER_ROLE } from './registry-import';
import { ActiveField, NameField, RegistryForm, UnitOptions } from './RegistryForm';

const REPORTER_ROLES = ['信息员', '网格员', '干部'] as const;

export function ReporterForm({
  reporter,
  units,
  isNew,
  onSave,
  onCancel,
}: {
  reporter: Reporter;
  units: readonly Unit[];
  isNew: boolean;
  onSave: (reporter: Reporter) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(reporter);
  const name = draft.name.trim();
  const problem =
    name === '' ? t('units.form.nameMissing') : !units.some((unit) => unit.id === draft.unitId) ? t('units.form.unitMissing') : null;
  return (
    <RegistryForm
      title={isNew ? t('units.form.newReporter') : t('units.form.editReporter', { name: reporter.name })}
      problem={problem}
      onCancel={onCancel}
      onSubmit={() => void onSave({ ...draft, name, role: draft.role.trim() || DEFAULT_REPORTER_ROLE })}
    >
      <NameField id="reporter-name" label={t('units.col.reporter')} value={draft.name} onValue={(name) => setDraft({ ...draft, name })} />
      <SelectField
        id="reporter-unit"
        label={t('units.col.unitOf')}
        value={draft.unitId}
        onValue={(unitId) => setDraft({ ...draft, unitId })}
      >
        <UnitOptions units={units} />
      </SelectField>
      <TextField
        id="reporter-role"
        label={t('units.col.role')}
        list="reporter-roles"
        value={draft.role}
        onValue={(value) => setDraft({ ...draft, role: value })}
      >
        <datalist id="reporter-roles">
          {REPORTER_ROLES.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>
      </TextField>
      <ActiveField label={t('units.col.active')} checked={draft.active} onChange={(active) => setDraft({ ...draft, active })} />
    </RegistryForm>
  );
}
