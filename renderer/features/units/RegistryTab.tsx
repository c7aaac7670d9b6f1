import { useState } from 'react';
import type { Reporter, Unit } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import { DEFAULT_CUTOFF } from '../../../shared/network/cadence';
import { useDesk, writeContext } from '../../workspace/desk';
import { ErrorAlert } from '../../ui/Feedback';
import { errorText, useT } from '../../i18n';
import { ImportRegistry } from './ImportRegistry';
import { DEFAULT_CADENCE, DEFAULT_REPORTER_ROLE } from './registry-import';
import { ReporterTable, UnitTable } from './RegistryTables';
import { ReporterForm } from './ReporterForm';
import { UnitForm } from './UnitForm';
import { refreshRegistry, useUnits } from './units-store';
import { ZeroReports } from './ZeroReports';

type Editing = { kind: 'unit'; unit: Unit } | { kind: 'reporter'; reporter: Reporter } | null;

export function RegistryTab() {
  const t = useT();
  const repositories = useDesk((state) => state.repositories);
  const { units, reporters } = useUnits();
  // One form at a time: opening either closes the other.
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);

  if (!repositories) return null;

  const save = async (rows: { units?: Unit[]; reporters?: Reporter[] }) => {
    setError(null);
    try {
      await repositories.network.saveRegistry({ units: rows.units ?? [], reporters: rows.reporters ?? [] }, writeContext());
      await refreshRegistry(repositories);
      setEditing(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const close = () => setEditing(null);

  return (
    <div data-testid="units-registry">
      <div className="units-toolbar">
        <button
          type="button"
          className="button"
          onClick={() =>
            setEditing({
              kind: 'unit',
              unit: { id: newId(), name: '', parentId: null, cadence: DEFAULT_CADENCE, cutoff: DEFAULT_CUTOFF, active: true },
            })
          }
        >
          {t('units.registry.newUnit')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={units.length === 0}
          title={units.length === 0 ? t('units.registry.reporterNeedsUnit') : undefined}
          onClick={() =>
            setEditing({
              kind: 'reporter',
              reporter: { id: newId(), name: '', unitId: units[0]?.id ?? '', role: DEFAULT_REPORTER_ROLE, active: true },
            })
          }
        >
          {t('units.registry.newReporter')}
        </button>
        <ImportRegistry />
      </div>
      <ErrorAlert message={error} />
      {editing?.kind === 'unit' ? (
        <UnitForm key={editing.unit.id} unit={editing.unit} units={units} onCancel={close} onSave={(unit) => save({ units: [unit] })} />
      ) : null}
      {editing?.kind === 'reporter' ? (
        <ReporterForm
          key={editing.reporter.id}
          reporter={editing.reporter}
          units={units}
          isNew={!reporters.some((reporter) => reporter.id === editing.reporter.id)}
          onCancel={close}
          onSave={(reporter) => save({ reporters: [reporter] })}
        />
      ) : null}

      {/* The daily task comes first; the registry itself changes rarely. */}
      <ZeroReports />

      <UnitTable units={units} reporters={reporters} onEdit={(unit) => setEditing({ kind: 'unit', unit })} />
      <ReporterTable units={units} reporters={reporters} onEdit={(reporter) => setEditing({ kind: 'reporter', reporter })} />
    </div>
  );
}
