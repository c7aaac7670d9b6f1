// The reporting network's store side: the registry of units and reporters, 零报告 notes, the network's
// settings (holiday calendar, points scheme, silence threshold, acknowledged alerts), 非舆情 marks, and the
// period queries the assessment counts from. Counting reads one unit's items of one period at a time through
// the [unitId+sortReported] index (and a reporter's items that name no unit through [reporterId+sortReported]),
// so no screen ever reads every item.
import type { Item, Reporter, Unit } from '../../shared/domain/types';
import type { Report } from '../../shared/domain/report-types';
import { DEFAULT_SILENCE_THRESHOLD, type SilenceAcknowledgement } from '../../shared/network/alerts';
import { china2026Calendar } from '../../shared/network/china-2026';
import type { WorkCalendar } from '../../shared/network/calendar';
import type { LocalDate } from '../../shared/time';
import { DEFAULT_POINTS_SCHEME, type PointsScheme } from '../../shared/network/scoring';
import type { Submission, ZeroReport } from '../../shared/network/types';
import { latestAdoptionByItem, type ResolvedAdoption } from '../../shared/report/adoption';
import { auditedWrite, type RecordChange, type WriteContext, type WriteScope } from './audited-write';
import { diffFields } from './field-diff';
import type { ItemRow } from './schema';

export const NETWORK_SETTINGS = {
  calendar: 'network.calendar',
  pointsScheme: 'network.pointsScheme',
  silenceThreshold: 'network.silenceThreshold',
  acknowledgements: 'network.silenceAcknowledgements',
} as const;

/** Who saw which stretch of silence, and when: kept so the alert stays quiet until the unit falls silent again. */
export interface StoredAcknowledgement extends SilenceAcknowledgement {
  by: string;
  at: string;
}

export interface RegistryRows {
  units: readonly Unit[];
  reporters: readonly Reporter[];
}

export interface RegistryWriteResult {
  units: number;
  reporters: number;
}

/** `registeredAt` is read from the audit log for counting (registry()); storing it would only copy the log. */
function withoutRegisteredAt(unit: Unit): Unit {
  if (unit.registeredAt === undefined) return unit;
  const stored = { ...unit };
  delete stored.registeredAt;
  return stored;
}

export function createNetworkRepository(scope: WriteScope) {
  const { db } = scope;

  async function getSetting<T>(key: string, fallback: T): Promise<T> {
    const row = await db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  }

  function setSetting(key: string, value: unknown, record: RecordChange, old: unknown) {
    record({ action: 'settings.set', target: `settings:${key}`, before: old === undefined ? null : { value: old }, after: { value } });
    return db.settings.put({ key, value });
  }

  /** Writes the rows that are new or changed, and records one entry per table listing their keys. */
  async function putChanged<Row extends { id: string }>(
    table: 'units' | 'reporters',
    rows: readonly Row[],
    record: RecordChange,
  ): Promise<number> {
    const store = db.table<Row, string>(table);
    const existing = await store.bulkGet(rows.map((row) => row.id));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const changed: Row[] = [];
    rows.forEach((row, index) => {
      const old = existing[index];
      if (!old) {
        before[row.id] = null;
        after[row.id] = row;
        changed.push(row);
        return;
      }
      const diff = diffFields(old, row);
      if (!diff) return;
      before[row.id] = diff.before;
      after[row.id] = diff.after;
      changed.push(row);
    });
    if (changed.length === 0) return 0;
    await store.bulkPut(changed);
    if (changed.length === 1) {
      const only = changed[0] as Row;
      const created = before[only.id] === null;
      record({
        action: `${table}.${created ? 'create' : 'update'}`,
        target: `${table}:${only.id}`,
        before: before[only.id],
        after: after[only.id],
      });
    } else {
      record({ action: `${table}.put`, target: `${table}:*`, items: changed.map((row) => row.id), before, after });
    }
    return changed.length;
  }

  /**
   * When each of `unitIds` was first written by hand or by a registry import, from the audit log: the stand-in
   * for the 起报日期 of units stored before it existed. A workspace load (the demo, a colleague's workspace)
   * is left out on purpose: it copies units registered elsewhere, so its time says nothing about their start.
   */
  async function registrationTimes(unitIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(unitIds);
    const first = new Map<string, { seq: number; at: string }>();
    const note = (unitId: string, seq: number, at: string) => {
      const known = first.get(unitId);
      if (wanted.has(unitId) && (!known || seq < known.seq)) first.set(unitId, { seq, at });
    };
    await db.auditLog
      .where('target')
      .startsWith('units:')
      .each((entry) => {
        if (entry.action === 'units.create') note(entry.target.slice('units:'.length), entry.seq, entry.at);
        if (entry.action !== 'units.put') return;
        const before = (entry.before ?? {}) as Record<string, unknown>;
        for (const unitId of entry.items ?? []) if (before[unitId] === null) note(unitId, entry.seq, entry.at);
      });
    return new Map([...first].map(([unitId, { at }]) => [unitId, at]));
  }

  return {
    /** Units without a 起报日期 carry `registeredAt` when the audit log knows it (read, not stored). */
    async registry(): Promise<{ units: Unit[]; reporters: Reporter[] }> {
      const [stored, reporters] = await Promise.all([db.units.toArray(), db.reporters.toArray()]);
      const undated = stored.filter((unit) => unit.startDate === undefined && unit.registeredAt === undefined).map((unit) => unit.id);
      if (undated.length === 0) return { units: stored, reporters };
      const registered = await registrationTimes(undated);
      const units = stored.map((unit) => {
        const registeredAt = registered.get(unit.id);
        return registeredAt === undefined ? unit : { ...unit, registeredAt };
      });
      return { units, reporters };
    },

    /** Creates or changes units and reporters in one transaction (a hand edit or a whole imported sheet). */
    saveRegistry: (rows: RegistryRows, ctx: WriteContext) =>
      auditedWrite(scope, [db.units, db.reporters], ctx, async (record): Promise<RegistryWriteResult> => {
        const units = await putChanged('units', rows.units.map(withoutRegisteredAt), record);
        const reporters = await putChanged('reporters', rows.reporters, record);
        return { units, reporters };
      }),

    /**
     * Records a 零报告 for a unit and day. A second note for the same unit and day keeps the first (the
     * earlier one is what decides whether the day was on time) and writes nothing.
     */
    addZeroReport: (zero: ZeroReport, ctx: WriteContext) =>
      auditedWrite(scope, [db.zeroReports], ctx, async (record): Promise<ZeroReport> => {
        const existing = await db.zeroReports.where('[unitId+date]').equals([zero.unitId, zero.date]).first();
        if (existing) return existing;
        await db.zeroReports.add(zero);
        record({ action: 'zeroReports.create', target: `zeroReports:${zero.id}`, before: null, after: zero });
        return zero;
      }),

    removeZeroReport: (id: string, ctx: WriteContext) =>
      auditedWrite(scope, [db.zeroReports], ctx, async (record): Promise<boolean> => {
        const existing = await db.zeroReports.get(id);
        if (!existing) return false;
        await db.zeroReports.delete(id);
        record({ action: 'zeroReports.remove', target: `zeroReports:${id}`, before: existing, after: null });
        return true;
      }),

    /** Every unit's 零报告 notes for the days from `from` to `to`, both included. */
    zeroReportsBetween: (from: LocalDate, to: LocalDate) => db.zeroReports.where('date').between(from, to, true, true).toArray(),

    calendar: () => getSetting<WorkCalendar>(NETWORK_SETTINGS.calendar, china2026Calendar()),
    pointsScheme: async () => ({
      ...DEFAULT_POINTS_SCHEME,
      ...(await getSetting<Partial<PointsScheme>>(NETWORK_SETTINGS.pointsScheme, {})),
    }),
    silenceThreshold: () => getSetting<number>(NETWORK_SETTINGS.silenceThreshold, DEFAULT_SILENCE_THRESHOLD),
    acknowledgements: () => getSetting<StoredAcknowledgement[]>(NETWORK_SETTINGS.acknowledgements, []),

    /** Saves one of the network's settings; writes nothing when the value is already the stored one. */
    saveSetting: (
      key: Exclude<(typeof NETWORK_SETTINGS)[keyof typeof NETWORK_SETTINGS], typeof NETWORK_SETTINGS.acknowledgements>,
      value: unknown,
      ctx: WriteContext,
    ) =>
      auditedWrite(scope, [db.settings], ctx, async (record) => {
        const old = await db.settings.get(key);
        if (old && diffFields({ value: old.value }, { value }) === null) return false;
        await setSetting(key, value, record, old?.value);
        return true;
      }),

    /** Someone has seen this silence: it leaves 首页 and the status bar until the unit reports and falls silent again. */
    acknowledgeSilence: (silence: SilenceAcknowledgement, ctx: WriteContext) =>
      auditedWrite(scope, [db.settings], ctx, async (record, nowIso) => {
        const old = (await db.settings.get(NETWORK_SETTINGS.acknowledgements))?.value as StoredAcknowledgement[] | undefined;
        const list = old ?? [];
        if (list.some((entry) => entry.unitId === silence.unitId && entry.silentSince === silence.silentSince)) return false;
        // Older stretches of the same unit are over once a newer one is acknowledged; keeping them would only grow the list.
        const kept = list.filter((entry) => entry.unitId !== silence.unitId);
        await setSetting(
          NETWORK_SETTINGS.acknowledgements,
          [...kept, { unitId: silence.unitId, silentSince: silence.silentSince, by: ctx.actor, at: nowIso }],
          record,
          old,
        );
        return true;
      }),

    /** Marks items 非舆情 (routine work news) or takes the mark away; one audit entry for the whole selection. */
    setNotOpinion: (itemIds: readonly string[], notOpinion: boolean, ctx: WriteContext) =>
      auditedWrite(scope, [db.items], ctx, async (record, nowIso): Promise<string[]> => {
        const rows = (await db.items.bulkGet([...itemIds])).filter((row): row is ItemRow => row !== undefined);
        const changed = rows.filter((row) => row.notOpinion !== notOpinion);
        if (changed.length === 0) return [];
        await db.items.bulkPut(changed.map((row) => ({ ...row, notOpinion, updatedAt: nowIso, rev: row.rev + 1 })));
        const ids = changed.map((row) => row.id);
        record({
          action: notOpinion ? 'items.markNotOpinion' : 'items.unmarkNotOpinion',
          target: 'items:*',
          items: ids,
          before: Object.fromEntries(ids.map((id) => [id, { notOpinion: !notOpinion }])),
          after: Object.fromEntries(ids.map((id) => [id, { notOpinion }])),
        });
        return ids;
      }),

    /** What the assessment needs of one unit's items sent in [fromMs, toMs). */
    async submissionsOfUnit(unitId: string, fromMs: number, toMs: number): Promise<Submission[]> {
      const submissions: Submission[] = [];
      await db.items
        .where('[unitId+sortReported]')
        .between([unitId, fromMs], [unitId, toMs], true, false)
        .each((row: Item) => {
          submissions.push({
            id: row.id,
            unitId: row.unitId,
            reporterId: row.reporterId,
            reportedAt: row.reportedAt,
            notOpinion: row.notOpinion,
          });
        });
      return submissions;
    },

    /**
     * What one reporter sent in [fromMs, toMs) without naming a unit: it counts for the reporter's unit, but the
     * [unitId+sortReported] index cannot hold it. Only the keys are read from the reporter's index; of the items
     * not already read by unit (`readByUnit`), those that do name a unit are left to that unit.
     */
    async unitlessSubmissionsOfReporter(
      reporterId: string,
      fromMs: number,
      toMs: number,
      readByUnit: ReadonlySet<string> = new Set(),
    ): Promise<Submission[]> {
      const ids = await db.items
        .where('[reporterId+sortReported]')
        .between([reporterId, fromMs], [reporterId, toMs], true, false)
        .primaryKeys();
      const unread = ids.filter((id) => !readByUnit.has(id));
      if (unread.length === 0) return [];
      const rows = await db.items.bulkGet(unread);
      return rows
        .filter((row): row is ItemRow => row !== undefined && row.unitId === null)
        .map((row) => ({ id: row.id, unitId: null, reporterId: row.reporterId, reportedAt: row.reportedAt, notOpinion: row.notOpinion }));
    },

    /**
     * When one unit sent items in [fromMs, toMs), read from the index keys alone: silence needs only the
     * times, and a key cursor never loads the items themselves.
     */
    async reportTimesOfUnit(unitId: string, fromMs: number, toMs: number): Promise<number[]> {
      const keys = await db.items.where('[unitId+sortReported]').between([unitId, fromMs], [unitId, toMs], true, false).keys();
      return keys.map((key) => (key as unknown as [string, number])[1]);
    },

    /** Per item, the adoption that counts, from the feedback recorded on every report. */
    async adoptions(): Promise<Map<string, ResolvedAdoption>> {
      const reports = (await db.reports.toArray()) as unknown as Array<Partial<Report> & { id: string; status: string }>;
      return latestAdoptionByItem(
        reports.map((report) => ({ id: report.id, status: report.status as Report['status'], feedback: report.feedback ?? [] })),
      );
    },
  };
}

export type NetworkRepository = ReturnType<typeof createNetworkRepository>;
