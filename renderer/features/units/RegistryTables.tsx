import { useMemo, type ReactNode } from 'react';
import type { Reporter, Unit } from '../../../shared/domain/types';
import { ZoneClock } from '../../../shared/time';
import { effectiveStartDate } from '../../../shared/network/start-date';
import { HeaderCells, type Column } from '../../ui/HeaderCells';
import { useLocaleStore, useT, type PlainMessageKey } from '../../i18n';
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
  return (
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
          <EditCell name={unit.name} onEdit={() => onEdit(unit)} />
        </tr>
      ))}
    </RegistryList>
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
  return (
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
            <EditCell name={reporter.name} onEdit={() => onEdit(reporter)} />
          </tr>
        ))}
    </RegistryList>
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
