import { useMemo } from 'react';
import type { Reporter, Unit } from '../../../shared/domain/types';
import { ZoneClock } from '../../../shared/time';
import { effectiveStartDate } from '../../../shared/network/start-date';
import { Table, type TableColumn } from '../../ui/Table';
import { useLocaleStore, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { unitTree } from './registry-tree';
import { CADENCE_LABELS, formatLocalDate } from './text';

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

type UnitNode = ReturnType<typeof unitTree>[number];

/** The last column of either table: the row's edit button, named after what it edits. */
function editColumn<Row>(name: (row: Row) => string, onEdit: (row: Row) => void): TableColumn<Row> {
  return { heading: 'units.col.actions', cell: (row) => <EditButton name={name(row)} onEdit={() => onEdit(row)} /> };
}

/** The units in hierarchy order, each indented under its parent, with how many reporters it has. */
export function UnitTable({
  units,
  reporters,
  onEdit,
}: {
  units: readonly Unit[];
  reporters: readonly Reporter[];
  onEdit: (unit: Unit) => void;
}) {
  const t = useT();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const clock = useMemo(() => new ZoneClock(timeZone), [timeZone]);
  const tree = useMemo(() => unitTree(units), [units]);
  const reporterCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const reporter of reporters) counts.set(reporter.unitId, (counts.get(reporter.unitId) ?? 0) + 1);
    return counts;
  }, [reporters]);
  const columns: readonly TableColumn<UnitNode>[] = [
    {
      heading: 'units.col.unit',
      cell: ({ unit, depth }) => (
        <>
          <span className="unit-indent" style={{ width: depth * 20 }} />
          {depth > 0 ? '└ ' : ''}
          {unit.name}
          {unit.active ? null : <span className="tag-inactive">{t('units.registry.inactive')}</span>}
        </>
      ),
    },
    { heading: 'units.col.cadence', cell: ({ unit }) => t(CADENCE_LABELS[unit.cadence]) },
    { heading: 'units.col.cutoff', cell: ({ unit }) => (unit.cadence === 'onEvents' ? '—' : unit.cutoff) },
    { heading: 'units.col.startDate', cell: ({ unit }) => <StartDateCell unit={unit} clock={clock} /> },
    { heading: { numeric: 'units.col.reporters' }, cell: ({ unit }) => formatNumber(reporterCount.get(unit.id) ?? 0) },
    editColumn(
      ({ unit }) => unit.name,
      ({ unit }) => onEdit(unit),
    ),
  ];
  return (
    <>
      <h2 className="section-title">{t('units.registry.units', { count: units.length })}</h2>
      <Table
        rows={tree}
        columns={columns}
        rowKey={({ unit }) => unit.id}
        rowData={({ unit }) => ({ 'data-unit': unit.name })}
        empty={t('units.registry.emptyUnits')}
        testId="units-table"
      />
    </>
  );
}

/** The reporters by unit, then by name. */
export function ReporterTable({
  units,
  reporters,
  onEdit,
}: {
  units: readonly Unit[];
  reporters: readonly Reporter[];
  onEdit: (reporter: Reporter) => void;
}) {
  const t = useT();
  const unitName = useMemo(() => new Map(units.map((unit) => [unit.id, unit.name])), [units]);
  const sorted = useMemo(
    () =>
      [...reporters].sort(
        (a, b) =>
          (unitName.get(a.unitId) ?? '').localeCompare(unitName.get(b.unitId) ?? '', 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
      ),
    [reporters, unitName],
  );
  const columns: readonly TableColumn<Reporter>[] = [
    { heading: 'units.col.reporter', cell: (reporter) => reporter.name },
    { heading: 'units.col.unitOf', cell: (reporter) => unitName.get(reporter.unitId) ?? t('units.registry.unknownUnit') },
    { heading: 'units.col.role', cell: (reporter) => reporter.role },
    { heading: 'units.col.active', cell: (reporter) => (reporter.active ? t('units.registry.yes') : t('units.registry.no')) },
    editColumn((reporter) => reporter.name, onEdit),
  ];
  return (
    <>
      <h2 className="section-title">{t('units.registry.reporters', { count: reporters.length })}</h2>
      <Table
        rows={sorted}
        columns={columns}
        rowKey={(reporter) => reporter.id}
        empty={t('units.registry.emptyReporters')}
        testId="reporters-table"
      />
    </>
  );
}

function EditButton({ name, onEdit }: { name: string; onEdit: () => void }) {
  const t = useT();
  return (
    <button type="button" className="link-button" aria-label={t('units.registry.editNamed', { name })} onClick={onEdit}>
      {t('units.registry.edit')}
    </button>
  );
}
