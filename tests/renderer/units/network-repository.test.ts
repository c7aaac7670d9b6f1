import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { china2026Calendar } from '../../../shared/network/china-2026';
import { DEFAULT_POINTS_SCHEME } from '../../../shared/network/scoring';
import { NETWORK_SETTINGS, type ReportRow } from '../../../renderer/db';
import { buildItem, buildReporter, buildUnit, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { buildWeek } from './week';

let store: TestStore;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('network');
});

afterEach(() => store.db.close());

async function auditActions(): Promise<string[]> {
  return (await store.db.auditLog.orderBy('seq').toArray()).map((entry) => entry.action);
}

describe('the registry', () => {
  it('writes units and reporters in one audited transaction and writes nothing when nothing changed', async () => {
    const city = buildUnit({ name: '某盟委宣传部', cadence: 'daily' });
    const banner = buildUnit({ name: '某旗宣传部', parentId: city.id });
    const reporter = buildReporter({ unitId: banner.id });
    const written = await store.repos.network.saveRegistry({ units: [city, banner], reporters: [reporter] }, analyst);
    expect(written).toEqual({ units: 2, reporters: 1 });
    expect(await auditActions()).toEqual(['units.put', 'reporters.create']);

    expect(await store.repos.network.saveRegistry({ units: [city, banner], reporters: [reporter] }, analyst)).toEqual({
      units: 0,
      reporters: 0,
    });
    expect(await auditActions()).toHaveLength(2);

    await store.repos.network.saveRegistry({ units: [{ ...banner, cutoff: '16:30' }], reporters: [] }, analyst);
    const last = (await store.db.auditLog.orderBy('seq').last())!;
    expect(last).toMatchObject({
      action: 'units.update',
      target: `units:${banner.id}`,
      before: { cutoff: '17:00' },
      after: { cutoff: '16:30' },
    });
    expect((await store.repos.network.registry()).units.map((unit) => unit.cutoff).sort()).toEqual(['16:30', '17:00']);
  });
});

describe('零报告 notes', () => {
  it('keeps one note per unit and day, each write and removal audited', async () => {
    const unit = buildUnit();
    const first = { id: 'z-1', unitId: unit.id, reporterId: null, date: '2026-10-13', reportedAt: '2026-10-13T16:00:00+08:00' };
    expect(await store.repos.network.addZeroReport(first, analyst)).toEqual(first);
    const again = await store.repos.network.addZeroReport({ ...first, id: 'z-2', reportedAt: '2026-10-13T18:00:00+08:00' }, analyst);
    expect(again.id).toBe('z-1');
    expect(await store.repos.network.zeroReportsBetween('2026-10-12', '2026-10-13')).toEqual([first]);
    expect(await store.repos.network.zeroReportsBetween('2026-10-14', '2026-10-20')).toEqual([]);
    expect(await store.repos.network.removeZeroReport('z-1', analyst)).toBe(true);
    expect(await store.repos.network.removeZeroReport('z-1', analyst)).toBe(false);
    expect(await auditActions()).toEqual(['zeroReports.create', 'zeroReports.remove']);
  });
});

describe('network settings', () => {
  it('defaults to the 2026 calendar, the default points and a threshold of 3, and saves changes audited', async () => {
    expect(await store.repos.network.calendar()).toEqual(china2026Calendar());
    expect(await store.repos.network.pointsScheme()).toEqual(DEFAULT_POINTS_SCHEME);
    expect(await store.repos.network.silenceThreshold()).toBe(3);

    await store.repos.network.saveSetting(NETWORK_SETTINGS.pointsScheme, { ...DEFAULT_POINTS_SCHEME, missing: -5 }, analyst);
    await store.repos.network.saveSetting(NETWORK_SETTINGS.silenceThreshold, 2, analyst);
    expect(await store.repos.network.saveSetting(NETWORK_SETTINGS.silenceThreshold, 2, analyst)).toBe(false);
    expect((await store.repos.network.pointsScheme()).missing).toBe(-5);
    expect(await store.repos.network.silenceThreshold()).toBe(2);
    expect(await auditActions()).toEqual(['settings.set', 'settings.set']);
  });

  it('acknowledges a stretch of silence once, recording who and when, and replaces an older stretch of the same unit', async () => {
    expect(await store.repos.network.acknowledgeSilence({ unitId: 'u-1', silentSince: '2026-10-14' }, analyst)).toBe(true);
    expect(await store.repos.network.acknowledgeSilence({ unitId: 'u-1', silentSince: '2026-10-14' }, analyst)).toBe(false);
    await store.repos.network.acknowledgeSilence({ unitId: 'u-1', silentSince: '2026-10-20' }, analyst);
    const stored = await store.repos.network.acknowledgements();
    expect(stored).toEqual([{ unitId: 'u-1', silentSince: '2026-10-20', by: analyst.actor, at: expect.any(String) as string }]);
    const entries = await store.db.auditLog.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.target)).toEqual([
      `settings:${NETWORK_SETTINGS.acknowledgements}`,
      `settings:${NETWORK_SETTINGS.acknowledgements}`,
    ]);
  });
});

describe('非舆情 marks', () => {
  it('marks and unmarks a selection in one audit entry listing only the items that changed', async () => {
    const items = [buildItem(), buildItem(), buildItem({ notOpinion: true })];
    await store.repos.items.bulkAdd(items, analyst);
    const ids = items.map((item) => item.id);
    expect(await store.repos.network.setNotOpinion(ids, true, analyst)).toEqual(ids.slice(0, 2));
    const marked = await store.repos.items.getMany(ids);
    expect(marked.map((item) => item?.notOpinion)).toEqual([true, true, true]);
    expect(marked[0]?.rev).toBe(2);
    const entry = (await store.db.auditLog.orderBy('seq').last())!;
    expect(entry).toMatchObject({ action: 'items.markNotOpinion', target: 'items:*', items: ids.slice(0, 2) });
    expect(entry.after).toEqual({ [ids[0]!]: { notOpinion: true }, [ids[1]!]: { notOpinion: true } });

    expect(await store.repos.network.setNotOpinion(ids, true, analyst)).toEqual([]);
    expect(await store.repos.network.setNotOpinion([ids[2]!], false, analyst)).toEqual([ids[2]]);
    expect(await auditActions()).toEqual(['items.add', 'items.markNotOpinion', 'items.unmarkNotOpinion']);
  });
});

describe('period queries', () => {
  it('reads one unit’s items of a period through the unit index, and their times from the keys alone', async () => {
    const week = buildWeek();
    await store.repos.items.bulkAdd(week.items, analyst);
    const { steady, silent } = week.units;
    const tuesday = Date.parse('2026-10-13T00:00:00+08:00');
    const thursday = Date.parse('2026-10-15T00:00:00+08:00');
    const submissions = await store.repos.network.submissionsOfUnit(steady.id, tuesday, thursday);
    expect(submissions.map((item) => item.reportedAt)).toEqual(['2026-10-13T09:00:00+08:00', '2026-10-14T09:00:00+08:00']);
    expect(submissions[0]).toEqual({
      id: expect.any(String) as string,
      unitId: steady.id,
      reporterId: week.reporters[0]!.id,
      reportedAt: '2026-10-13T09:00:00+08:00',
      notOpinion: false,
    });
    expect(await store.repos.network.reportTimesOfUnit(silent.id, 0, Number.MAX_SAFE_INTEGER)).toEqual([
      Date.parse('2026-10-12T11:00:00+08:00'),
    ]);
  });

  it('resolves adoptions from the feedback recorded on reports, ignoring withdrawn ones', async () => {
    const feedback = (itemId: string, instruction: boolean) => [
      { at: '2026-10-20T10:00:00+08:00', by: 'x', adoptions: [{ itemId, instruction, instructionText: null }] },
    ];
    await store.db.reports.bulkPut([
      { id: 'r-1', seriesId: 's', year: 2026, number: 1, status: 'adopted', feedback: feedback('item-a', true) } as ReportRow,
      { id: 'r-2', seriesId: 's', year: 2026, number: 2, status: 'withdrawn', feedback: feedback('item-b', false) } as ReportRow,
      { id: 'r-3', seriesId: 's', year: 2026, number: 3, status: 'draft' } as ReportRow,
    ]);
    const adoptions = await store.repos.network.adoptions();
    expect([...adoptions.keys()]).toEqual(['item-a']);
    expect(adoptions.get('item-a')?.instruction).toBe(true);
  });
});
