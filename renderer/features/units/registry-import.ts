// Reading the registry from a workbook the office already keeps: a sheet of units (单位名称/上级单位/报送频次/
// 截止时间, optionally 起报日期) and a sheet of reporters (姓名/所属单位/身份/在岗), in any order, found by their headers. Units are
// matched by name and reporters by name within their unit, so importing the same file twice changes nothing.
import type { Reporter, Unit, UnitCadence } from '../../../shared/domain/types';
import { newId } from '../../../shared/ids';
import { DEFAULT_CUTOFF } from '../../../shared/network/cadence';
import { isLocalDate, type LocalDate, DEFAULT_TIME_ZONE, parseClockTime, ZoneClock } from '../../../shared/time';
import { defaultStartDate } from '../../../shared/network/start-date';

export const UNIT_HEADERS = { name: '单位名称', parent: '上级单位', cadence: '报送频次', cutoff: '截止时间' } as const;
/** The 起报日期 column goes by several names in the offices' own lists; the first one present is read. */
export const START_DATE_HEADERS = ['起报日期', '启用日期', '开始报送日期'] as const;
export const REPORTER_HEADERS = { name: '姓名', unit: '所属单位', role: '身份', active: '在岗' } as const;
export const DEFAULT_REPORTER_ROLE = '信息员';
export const DEFAULT_CADENCE: UnitCadence = 'workingDays';

/** One sheet as rows of cells, as SheetJS gives them with header: 1. */
export interface SheetRows {
  name: string;
  rows: readonly (readonly unknown[])[];
}

export type ProblemCode =
  | 'unitNameMissing'
  | 'unitRepeated'
  | 'parentUnknown'
  | 'parentIsSelf'
  | 'cadenceUnknown'
  | 'cutoffInvalid'
  | 'startDateInvalid'
  | 'reporterNameMissing'
  | 'reporterUnitMissing'
  | 'reporterUnitUnknown'
  | 'activeUnknown';

export interface ImportProblem {
  sheet: string;
  /** the row as Excel numbers it (1-based) */
  row: number;
  code: ProblemCode;
  /** the cell value concerned, as text */
  value: string;
}

export interface SheetSummary {
  name: string;
  kind: 'units' | 'reporters' | 'unknown';
  rows: number;
}

export interface RegistryImportPlan {
  units: Unit[];
  reporters: Reporter[];
  sheets: SheetSummary[];
  unitsNew: number;
  unitsChanged: number;
  unitsUnchanged: number;
  reportersNew: number;
  reportersChanged: number;
  reportersUnchanged: number;
  problems: ImportProblem[];
}

const CADENCE_WORDS: ReadonlyArray<readonly [UnitCadence, readonly string[]]> = [
  ['daily', ['每日', '每天', '日报', '每日报送']],
  ['workingDays', ['工作日', '工作日报送', '每个工作日']],
  ['onEvents', ['有事报送', '有事即报', '不定期', '随时报送']],
];

export function parseCadence(text: string): UnitCadence | null {
  const word = text.replace(/\s/g, '');
  for (const [cadence, words] of CADENCE_WORDS) if (words.includes(word)) return cadence;
  return null;
}

/** HH:mm from 17:00, 9:30, 17:00:00 or an Excel time (a fraction of a day); null when unreadable. */
export function parseCutoff(value: unknown): string | null {
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 1440);
    return minutes >= 1440 ? null : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const match = /^(\d{1,2})[:：](\d{2})(?::\d{2})?$/.exec(cellText(value));
  if (!match) return null;
  const text = `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}`;
  return parseClockTime(text) === null ? null : text;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const LAST_EXCEL_SERIAL = 2_958_465; // 9999-12-31
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** YYYY-MM-DD from an Excel date (a day serial), 2026-03-04, 2026/3/4, 2026.3.4 or 2026年3月4日; null when unreadable. */
export function parseStartDate(value: unknown): LocalDate | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > LAST_EXCEL_SERIAL) return null;
    // The serial counts days in the 1900 date system; the fraction, a time of day, does not move the date.
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
  }
  const match = DATE_TEXT.exec(cellText(value));
  if (!match) return null;
  const date = `${match[1] ?? ''}-${(match[2] ?? '').padStart(2, '0')}-${(match[3] ?? '').padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

export function parseActive(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = cellText(value);
  if (text === '' || ['是', '在岗', 'Y', 'y', '1', '√'].includes(text)) return true;
  if (['否', '离岗', '不在岗', 'N', 'n', '0', '×'].includes(text)) return false;
  return null;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

interface HeaderRow {
  index: number;
  columns: Map<string, number>;
}

/** The first of the top rows that names the columns; files often carry a title line above the header. */
function findHeader(rows: SheetRows['rows'], required: readonly string[]): HeaderRow | null {
  for (let index = 0; index < Math.min(rows.length, 6); index += 1) {
    const columns = new Map<string, number>();
    (rows[index] ?? []).forEach((cell, column) => {
      const text = cellText(cell);
      if (text !== '' && !columns.has(text)) columns.set(text, column);
    });
    if (required.every((header) => columns.has(header))) return { index, columns };
  }
  return null;
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

const sameUnit = (a: Unit, b: Unit) =>
  a.name === b.name &&
  a.parentId === b.parentId &&
  a.cadence === b.cadence &&
  a.cutoff === b.cutoff &&
  a.active === b.active &&
  a.startDate === b.startDate;

/** When the import happens: a new unit without a 起报日期 in the file starts from then (defaultStartDate). */
export interface RegistrationMoment {
  now: number;
  timeZone: string;
}
const sameReporter = (a: Reporter, b: Reporter) => a.name === b.name && a.unitId === b.unitId && a.role === b.role && a.active === b.active;

export function planRegistryImport(
  sheets: readonly SheetRows[],
  existing: { units: readonly Unit[]; reporters: readonly Reporter[] },
  makeId: () => string = newId,
  registration: RegistrationMoment = { now: Date.now(), timeZone: DEFAULT_TIME_ZONE },
): RegistryImportPlan {
  const clock = new ZoneClock(registration.timeZone);
  const problems: ImportProblem[] = [];
  const summaries: SheetSummary[] = [];
  const unitsByName = new Map(existing.units.map((unit) => [unit.name, { ...unit }]));
  const touchedUnits = new Set<string>();
  const pendingParents: Array<{ unitName: string; parentName: string; sheet: string; row: number }> = [];
  const reporterSheets: Array<{ sheet: SheetRows; header: HeaderRow }> = [];

  for (const sheet of sheets) {
    const unitHeader = findHeader(sheet.rows, [UNIT_HEADERS.name]);
    const reporterHeader = findHeader(sheet.rows, [REPORTER_HEADERS.name, REPORTER_HEADERS.unit]);
    if (reporterHeader) {
      // Reporters are read after every unit sheet, so a reporter may name a unit from a later sheet.
      reporterSheets.push({ sheet, header: reporterHeader });
      summaries.push({ name: sheet.name, kind: 'reporters', rows: countRows(sheet, reporterHeader) });
      continue;
    }
    if (!unitHeader) {
      summaries.push({ name: sheet.name, kind: 'unknown', rows: 0 });
      continue;
    }
    summaries.push({ name: sheet.name, kind: 'units', rows: countRows(sheet, unitHeader) });
    const column = (row: readonly unknown[], header: string) => {
      const at = unitHeader.columns.get(header);
      return at === undefined ? undefined : row[at];
    };
    const startDateHeader = START_DATE_HEADERS.find((header) => unitHeader.columns.has(header));
    const seenInSheet = new Set<string>();
    sheet.rows.slice(unitHeader.index + 1).forEach((row, offset) => {
      if (isBlank(row)) return;
      const excelRow = unitHeader.index + offset + 2;
      const name = cellText(column(row, UNIT_HEADERS.name));
      if (name === '') return problems.push({ sheet: sheet.name, row: excelRow, code: 'unitNameMissing', value: '' });
      if (seenInSheet.has(name)) return problems.push({ sheet: sheet.name, row: excelRow, code: 'unitRepeated', value: name });
      seenInSheet.add(name);
      const known = unitsByName.get(name);
      const unit: Unit = known ?? { id: makeId(), name, parentId: null, cadence: DEFAULT_CADENCE, cutoff: DEFAULT_CUTOFF, active: true };
      const cadenceText = cellText(column(row, UNIT_HEADERS.cadence));
      if (cadenceText !== '') {
        const cadence = parseCadence(cadenceText);
        if (cadence) unit.cadence = cadence;
        else problems.push({ sheet: sheet.name, row: excelRow, code: 'cadenceUnknown', value: cadenceText });
      }
      const cutoffCell = column(row, UNIT_HEADERS.cutoff);
      if (cellText(cutoffCell) !== '') {
        const cutoff = parseCutoff(cutoffCell);
        if (cutoff) unit.cutoff = cutoff;
        else problems.push({ sheet: sheet.name, row: excelRow, code: 'cutoffInvalid', value: cellText(cutoffCell) });
      }
      const startCell = startDateHeader === undefined ? undefined : column(row, startDateHeader);
      if (cellText(startCell) !== '') {
        const startDate = parseStartDate(startCell);
        if (startDate) unit.startDate = startDate;
        else problems.push({ sheet: sheet.name, row: excelRow, code: 'startDateInvalid', value: cellText(startCell) });
      }
      // A unit new to the registry owes reports from its registration on, not for the weeks before it.
      if (!known && unit.startDate === undefined) unit.startDate = defaultStartDate(registration.now, unit, clock);
      const parentName = cellText(column(row, UNIT_HEADERS.parent));
      if (parentName !== '') pendingParents.push({ unitName: name, parentName, sheet: sheet.name, row: excelRow });
      else if (unitHeader.columns.has(UNIT_HEADERS.parent)) unit.parentId = null;
      unitsByName.set(name, unit);
      touchedUnits.add(name);
    });
  }

  for (const pending of pendingParents) {
    const unit = unitsByName.get(pending.unitName) as Unit;
    const parent = unitsByName.get(pending.parentName);
    if (pending.parentName === pending.unitName) {
      problems.push({ sheet: pending.sheet, row: pending.row, code: 'parentIsSelf', value: pending.parentName });
    } else if (!parent) {
      problems.push({ sheet: pending.sheet, row: pending.row, code: 'parentUnknown', value: pending.parentName });
    } else {
      unit.parentId = parent.id;
    }
  }

  const reportersByKey = new Map(existing.reporters.map((reporter) => [`${reporter.unitId}|${reporter.name}`, { ...reporter }]));
  const touchedReporters = new Set<string>();
  for (const { sheet, header } of reporterSheets) {
    const column = (row: readonly unknown[], name: string) => {
      const at = header.columns.get(name);
      return at === undefined ? undefined : row[at];
    };
    sheet.rows.slice(header.index + 1).forEach((row, offset) => {
      if (isBlank(row)) return;
      const excelRow = header.index + offset + 2;
      const name = cellText(column(row, REPORTER_HEADERS.name));
      if (name === '') return problems.push({ sheet: sheet.name, row: excelRow, code: 'reporterNameMissing', value: '' });
      const unitName = cellText(column(row, REPORTER_HEADERS.unit));
      if (unitName === '') return problems.push({ sheet: sheet.name, row: excelRow, code: 'reporterUnitMissing', value: name });
      const unit = unitsByName.get(unitName);
      if (!unit) return problems.push({ sheet: sheet.name, row: excelRow, code: 'reporterUnitUnknown', value: unitName });
      const key = `${unit.id}|${name}`;
      const reporter: Reporter = reportersByKey.get(key) ?? {
        id: makeId(),
        name,
        unitId: unit.id,
        role: DEFAULT_REPORTER_ROLE,
        active: true,
      };
      const role = cellText(column(row, REPORTER_HEADERS.role));
      if (role !== '') reporter.role = role;
      const activeCell = column(row, REPORTER_HEADERS.active);
      const active = parseActive(activeCell);
      if (active === null) problems.push({ sheet: sheet.name, row: excelRow, code: 'activeUnknown', value: cellText(activeCell) });
      else reporter.active = active;
      reportersByKey.set(key, reporter);
      touchedReporters.add(key);
    });
  }

  const oldUnits = new Map(existing.units.map((unit) => [unit.id, unit]));
  const units = [...touchedUnits].map((name) => unitsByName.get(name) as Unit);
  const oldReporters = new Map(existing.reporters.map((reporter) => [reporter.id, reporter]));
  const reporters = [...touchedReporters].map((key) => reportersByKey.get(key) as Reporter);
  const unitStates = units.map((unit) => stateOf(oldUnits.get(unit.id), unit, sameUnit));
  const reporterStates = reporters.map((reporter) => stateOf(oldReporters.get(reporter.id), reporter, sameReporter));
  return {
    units: units.filter((_, index) => unitStates[index] !== 'unchanged'),
    reporters: reporters.filter((_, index) => reporterStates[index] !== 'unchanged'),
    sheets: summaries,
    unitsNew: unitStates.filter((state) => state === 'new').length,
    unitsChanged: unitStates.filter((state) => state === 'changed').length,
    unitsUnchanged: unitStates.filter((state) => state === 'unchanged').length,
    reportersNew: reporterStates.filter((state) => state === 'new').length,
    reportersChanged: reporterStates.filter((state) => state === 'changed').length,
    reportersUnchanged: reporterStates.filter((state) => state === 'unchanged').length,
    problems,
  };
}

function stateOf<T>(old: T | undefined, current: T, same: (a: T, b: T) => boolean): 'new' | 'changed' | 'unchanged' {
  if (!old) return 'new';
  return same(old, current) ? 'unchanged' : 'changed';
}

function countRows(sheet: SheetRows, header: HeaderRow): number {
  return sheet.rows.slice(header.index + 1).filter((row) => !isBlank(row)).length;
}
