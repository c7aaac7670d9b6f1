// A field report (or an imported row) may name only who sent it. Such items count for the reporter's unit: in
// the dashboard, in the rankings and against the silence alert, exactly as if the unit had been named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSilenceAlerts } from '../../../renderer/features/alerts/silence';
import { loadDashboard } from '../../../renderer/features/units/assessment';
import { buildItem, buildReporter, buildUnit, resetBuilderSequence } from '../../builders';
import { analyst, openTestStore, type TestStore } from '../db/harness';
import { FRIDAY_EVENING, WEEK } from './week';

const ZONE = 'Asia/Shanghai';
const DAYS = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'];
let store: TestStore;

beforeEach(async () => {
  resetBuilderSequence();
  store = await openTestStore('units-reporter-only');
});

afterEach(() => store.db.close());

async function seed() {
  const grid = buildUnit({ name: '南湾镇网格中心', cadence: 'workingDays' });
  const police = buildUnit({ name: '公安局网安支队', cadence: 'onEvents' });
  const gridWorker = buildReporter({ unitId: grid.id, name: '李桂兰', role: '网格员' });
  await store.repos.network.saveRegistry({ units: [grid, police], reporters: [gridWorker] }, analyst);
  // Every working day the grid worker sends one item naming no unit; on Wednesday, after the 17:00 cut-off.
  const unitless = DAYS.map((day) =>
    buildItem({ unitId: null, reporterId: gridWorker.id, reportedAt: `${day}T${day === '2026-10-14' ? '18:30' : '09:00'}:00+08:00` }),
  );
  // Once she sends on the police's behalf: that item names its unit and counts for the police, not the grid.
  const forPolice = buildItem({ unitId: police.id, reporterId: gridWorker.id, reportedAt: '2026-10-13T10:00:00+08:00' });
  await store.repos.items.bulkAdd([...unitless, forPolice], analyst);
  return { grid, police, gridWorker };
}

describe('items that name only their reporter', () => {
  it('count for the reporter’s unit on the dashboard, late days included, and once for the reporter', async () => {
    const { grid, police, gridWorker } = await seed();
    const { scores } = await loadDashboard(store.repos.network, WEEK, FRIDAY_EVENING, ZONE);
    const units = new Map(scores.units.map((unit) => [unit.unitId, unit]));
    expect(units.get(grid.id)).toMatchObject({ reported: 5, late: 1, missing: 0, silentStreak: 0 });
    expect(units.get(police.id)).toMatchObject({ reported: 1 });
    expect(scores.reporters.find((reporter) => reporter.reporterId === gridWorker.id)).toMatchObject({ reported: 6 });
  });

  it('keep the reporter’s unit out of the silence alerts', async () => {
    const { grid } = await seed();
    const { alerts } = await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE);
    expect(alerts.map((alert) => alert.unitId)).not.toContain(grid.id);
  });

  it('still leave a unit whose reporter sent nothing silent', async () => {
    const quiet = buildUnit({ name: '北山镇网格中心', cadence: 'workingDays' });
    await store.repos.network.saveRegistry({ units: [quiet], reporters: [buildReporter({ unitId: quiet.id })] }, analyst);
    await store.repos.items.bulkAdd([buildItem({ unitId: null, reporterId: null, reportedAt: '2026-10-15T09:00:00+08:00' })], analyst);
    const { alerts } = await loadSilenceAlerts(store.repos.network, FRIDAY_EVENING, ZONE);
    expect(alerts.map((alert) => alert.unitId)).toContain(quiet.id);
  });
});
