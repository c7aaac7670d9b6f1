import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Reporter, Unit } from '../../../shared/domain/types';
import { UNIT_CADENCES } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import { DEFAULT_CUTOFF } from '../../../shared/network/cadence';
import { addDays, isLocalDate, parseClockTime, ZoneClock } from '../../../shared/time';
import { defaultStartDate, effectiveStartDate } from '../../../shared/network/start-date';
import type { ZeroReport } from '../../../shared/network/types';
import { dataChanged, useDesk, writeContext } from '../../workspace/desk';
import { ErrorAlert, StatusMessage, type StatusNote } from '../../ui/Feedback';
import { HeaderCells, type Column } from '../../ui/HeaderCells';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useLocaleStore, useT, type PlainMessageKey } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { todayIn } from './assessment';
import { ImportRegistry } from './ImportRegistry';
import { notedWrite } from './noted-write';
import { DEFAULT_CADENCE, DEFAULT_REPORTER_ROLE } from './registry-import';
import { CADENCE_LABELS, formatLocalDate } from './text';
import { errorText, refreshRegistry, useUnits } from './units-store';

export const REPORTER_ROLES = ['信息员', '网格员', '干部'] as const;
const ZERO_REPORT_DAYS_SHOWN = 14;

/** Units in hierarchy order, each with its depth; a unit whose parent is missing (or a loop) starts a root. */
export function unitTree(units: readonly Unit[]): Array<{ unit: Unit; depth: number }> {
  const collator = new Intl.Collator('zh-CN');
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: Array<{ unit: Unit; depth: number }> = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort((a, b) => collator.compare(a.name, b.name))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      ordered.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  // Units caught in a parent loop are never reached from a root: list them at the top level.
  for (const unit of units) if (!seen.has(unit.id)) ordered.push({ unit, depth: 0 });
  return ordered;
}

function descendantsOf(unitId: string, units: readonly Unit[]): Set<string> {
  const found = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && found.has(unit.parentId) && !found.has(unit.id)) {
        found.add(unit.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The 起报日期 cell: the date set, the registration date standing in for it, or no limit. */
function StartDateCell({ unit, clock }: { unit: Unit; clock: ZoneClock }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  if (unit.cadence === 'onEvents') return <>—</>;
  const start = effectiveStartDate(unit, clock);
  if (start === null) return <span title={t('units.registry.startUnlimitedHint')}>{t('units.registry.startUnlimited')}</span>;
  const fromRegistration = unit.startDate === undefined;
  return (
    <span title={fromRegistration ? t('units.registry.startFromRegistrationHint') : undefined}>
      {formatLocalDate(start, locale)}
      {fromRegistration ? <span className="muted"> {t('units.registry.startFromRegistration')}</span> : null}
    </span>
  );
}

interface ListSpec {
  title: 'units.registry.units' | 'units.registry.reporters';
  empty: PlainMessageKey;
  testId: string;
  columns: readonly Column[];
}

const UNIT_LIST: ListSpec = {
  title: 'units.registry.units',
  empty: 'units.registry.emptyUnits',
  testId: 'units-table',
  columns: ['units.col.unit', 'units.col.cadence', 'units.col.cutoff', 'units.col.startDate', { numeric: 'units.col.reporters' }],
};
const REPORTER_LIST: ListSpec = {
  title: 'units.registry.reporters',
  empty: 'units.registry.emptyReporters',
  testId: 'reporters-table',
  columns: ['units.col.reporter', 'units.col.unitOf', 'units.col.role', 'units.col.active'],
};

type Editing = { kind: 'unit'; unit: Unit } | { kind: 'reporter'; reporter: Reporter } | null;

export function RegistryTab() {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const clock = useMemo(() => new ZoneClock(timeZone), [timeZone]);
  const repositories = useDesk((state) => state.repositories);
  const { units, reporters } = useUnits();
  // One form at a time: opening either closes the other.
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const tree = useMemo(() => unitTree(units), [units]);
  const reporterCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const reporter of reporters) counts.set(reporter.unitId, (counts.get(reporter.unitId) ?? 0) + 1);
    return counts;
  }, [reporters]);
  const unitName = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);

  if (!repositories) return null;

  const save = async (rows: { units?: Unit[]; reporters?: Reporter[] }) => {
    setError(null);
    try {
      await repositories.network.saveRegistry({ units: rows.units ?? [], reporters: rows.reporters ?? [] }, writeContext());
      await refreshRegistry(repositories);
      dataChanged();
      setEditing(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };

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
        <UnitForm
          key={editing.unit.id}
          unit={editing.unit}
          units={units}
          isNew={!units.some((unit) => unit.id === editing.unit.id)}
          onCancel={() => setEditing(null)}
          onSave={(unit) => save({ units: [unit] })}
        />
      ) : null}
      {editing?.kind === 'reporter' ? (
        <ReporterForm
          key={editing.reporter.id}
          reporter={editing.reporter}
          units={units}
          isNew={!reporters.some((reporter) => reporter.id === editing.reporter.id)}
          onCancel={() => setEditing(null)}
          onSave={(reporter) => save({ reporters: [reporter] })}
        />
      ) : null}

      {/* The daily task comes first; the registry itself changes rarely. */}
      <ZeroReports />

      <RegistryList spec={UNIT_LIST} count={units.length}>
        {tree.map(({ unit, depth }) => (
          <tr key={unit.id} data-unit={unit.name}>
            <td>
              <span className="unit-indent" style={{ width: depth * 20 }} />
              {depth > 0 ? '└ ' : ''}
              {unit.name}
              {unit.active ? null : <span className="tag-inactive">{t('units.registry.inactive')}</span>}
            </td>
            <td>{t(CADENCE_LABELS[unit.cadence])}</td>
            <td>{unit.cadence === 'onEvents' ? '—' : unit.cutoff}</td>
            <td>
              <StartDateCell unit={unit} clock={clock} />
            </td>
            <td className="numeric">{formatNumber(reporterCount.get(unit.id) ?? 0)}</td>
            <EditCell name={unit.name} onEdit={() => setEditing({ kind: 'unit', unit })} />
          </tr>
        ))}
      </RegistryList>

      <RegistryList spec={REPORTER_LIST} count={reporters.length}>
        {[...reporters]
          .sort(
            (a, b) =>
              (unitName.get(a.unitId) ?? '').localeCompare(unitName.get(b.unitId) ?? '', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
          )
          .map((reporter) => (
            <tr key={reporter.id}>
              <td>{reporter.name}</td>
              <td>{unitName.get(reporter.unitId) ?? t('units.registry.unknownUnit')}</td>
              <td>{reporter.role}</td>
              <td>{reporter.active ? t('units.registry.yes') : t('units.registry.no')}</td>
              <EditCell name={reporter.name} onEdit={() => setEditing({ kind: 'reporter', reporter })} />
            </tr>
          ))}
      </RegistryList>
    </div>
  );
}

/** A registry table under its heading, or the empty state that says what to do; every row ends in an actions cell. */
function RegistryList({ spec, count, children }: { spec: ListSpec; count: number; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <h2 className="section-title">{t(spec.title, { count })}</h2>
      {count === 0 ? (
        <div className="empty-state">
          <p>{t(spec.empty)}</p>
        </div>
      ) : (
        <table className="data-table" data-testid={spec.testId}>
          <thead>
            <tr>
              <HeaderCells columns={spec.columns} />
              <th>{t('units.col.actions')}</th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      )}
    </>
  );
}

function EditCell({ name, onEdit }: { name: string; onEdit: () => void }) {
  const t = useT();
  return (
    <td>
      <button type="button" className="link-button" aria-label={t('units.registry.editNamed', { name })} onClick={onEdit}>
        {t('units.registry.edit')}
      </button>
    </td>
  );
}

/**
 * The frame both registry forms share: title, fields, hints, then save (disabled while a problem stands, which is
 * said beside it) and cancel.
 */
function RegistryForm({
  title,
  problem,
  onSubmit,
  onCancel,
  hints,
  children,
}: {
  title: string;
  problem: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  hints?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      className="units-panel"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (problem === null) onSubmit();
      }}
    >
      <h3>{title}</h3>
      <div className="units-form">{children}</div>
      {hints}
      <div className="units-actions">
        <button type="submit" className="button" disabled={problem !== null}>
          {t('units.form.save')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('units.form.cancel')}
        </button>
        {problem ? <span className="error-text">{problem}</span> : null}
      </div>
    </form>
  );
}

/** Both forms open on the name: it takes the focus, so the analyst can type at once. */
function NameField({ id, label, value, onValue }: { id: string; label: string; value: string; onValue: (name: string) => void }) {
  return <TextField id={id} label={label} value={value} autoFocus onValue={onValue} />;
}

function ActiveField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="radio">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
    </div>
  );
}

function UnitOptions({ units }: { units: readonly Unit[] }) {
  return units.map((unit) => (
    <option key={unit.id} value={unit.id}>
      {unit.name}
    </option>
  ));
}

function UnitForm({
  unit,
  units,
  isNew,
  onSave,
  onCancel,
}: {
  unit: Unit;
  units: readonly Unit[];
  isNew: boolean;
  onSave: (unit: Unit) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
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

function ReporterForm({
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

/** 零报告: a unit says it had nothing to report that day, which is a report, not a silence. */
function ZeroReports() {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const repositories = useDesk((state) => state.repositories);
  const dataVersion = useDesk((state) => state.dataVersion);
  const units = useUnits((state) => state.units);
  const expected = units.filter((unit) => unit.active && unit.cadence !== 'onEvents');
  const [today] = useState(() => todayIn(timeZone, Date.now()));
  const [unitId, setUnitId] = useState('');
  const [date, setDate] = useState(today);
  const [recent, setRecent] = useState<ZeroReport[]>([]);
  const [message, setMessage] = useState<StatusNote | null>(null);
  const unitName = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const chosenUnit = unitId !== '' && expected.some((unit) => unit.id === unitId) ? unitId : (expected[0]?.id ?? '');

  useEffect(() => {
    if (!repositories) return;
    void repositories.network
      .zeroReportsBetween(addDays(today, -ZERO_REPORT_DAYS_SHOWN), today)
      .then((rows) => setRecent(rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))));
  }, [repositories, today, dataVersion]);

  if (!repositories || expected.length === 0) return null;

  const add = () =>
    notedWrite(setMessage, async () => {
      const zero: ZeroReport = { id: newId(), unitId: chosenUnit, reporterId: null, date, reportedAt: new Date().toISOString() };
      const stored = await repositories.network.addZeroReport(zero, writeContext());
      const named = { name: unitName.get(chosenUnit) ?? '', date: formatLocalDate(date, locale) };
      return stored.id === zero.id ? t('units.zero.added', named) : t('units.zero.already', named);
    });

  return (
    <section className="units-panel" aria-labelledby="zero-title" data-testid="zero-reports">
      <h3 id="zero-title">{t('units.zero.title')}</h3>
      <p className="hint">{t('units.zero.explain')}</p>
      <div className="units-toolbar">
        <SelectField id="zero-unit" label={t('units.col.unit')} value={chosenUnit} onValue={setUnitId}>
          <UnitOptions units={expected} />
        </SelectField>
        <TextField id="zero-date" label={t('units.zero.date')} type="date" value={date} max={today} onValue={setDate} />
        <button type="button" className="button" disabled={!isLocalDate(date) || date > today} onClick={() => void add()}>
          {t('units.zero.add')}
        </button>
        <StatusMessage note={message} />
      </div>
      {recent.length === 0 ? (
        <p className="muted">{t('units.zero.none', { days: ZERO_REPORT_DAYS_SHOWN })}</p>
      ) : (
        <table className="data-table" data-testid="zero-table">
          <thead>
            <tr>
              <th>{t('units.zero.date')}</th>
              <th>{t('units.col.unit')}</th>
              <th>{t('units.zero.sentAt')}</th>
              <th>{t('units.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((zero) => (
              <tr key={zero.id}>
                <td>{formatLocalDate(zero.date, locale)}</td>
                <td>{unitName.get(zero.unitId) ?? t('units.registry.unknownUnit')}</td>
                <td>{formatDateTime(zero.reportedAt)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void repositories.network
                        .removeZeroReport(zero.id, writeContext())
                        .then(() => dataChanged())
                        .catch((error: unknown) => setMessage({ ok: false, text: errorText(error) }))
                    }
                  >
                    {t('units.zero.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
