// A working week of three units, the shape the dashboard, the alerts and the export tests share:
// 2026-10-12 (Mon) to 10-16 (Fri), ordinary working days after the National Day holiday.
import type { Item, Reporter, Unit } from '../../../shared/domain/types';
import type { ZeroReport } from '../../../shared/network/types';
import type { Repositories } from '../../../renderer/db';
import { buildItem, buildReporter, buildUnit, sequentialUuid } from '../../builders';
import { analyst } from '../db/harness';

export const WEEK = { from: '2026-10-12', to: '2026-10-16' } as const;
/** Friday evening, after every cut-off: the whole week is judged. */
export const FRIDAY_EVENING = '2026-10-16T18:00:00+08:00';
const DAYS = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'] as const;

export interface Week {
  units: { steady: Unit; lateOnce: Unit; silent: Unit };
  reporters: Reporter[];
  items: Item[];
  zeroReports: ZeroReport[];
  /** the steady unit's item adopted with a leader's instruction */
  adoptedItemId: string;
  /** the steady unit's item marked 非舆情 */
  notOpinionItemId: string;
}

export function buildWeek(): Week {
  const steady = buildUnit({ name: '东原旗委宣传部' });
  const lateOnce = buildUnit({ name: '北岭旗委宣传部' });
  const silent = buildUnit({ name: '西坡旗委宣传部' });
  const steadyReporter = buildReporter({ unitId: steady.id, name: '张秀英' });
  const lateReporter = buildReporter({ unitId: lateOnce.id, name: '赵志强', role: '网格员' });
  const items: Item[] = [];
  DAYS.forEach((day, index) => {
    items.push(
      buildItem({ unitId: steady.id, reporterId: steadyReporter.id, reportedAt: `${day}T09:00:00+08:00`, notOpinion: index === 3 }),
    );
    // 北岭 sends after the 17:00 cut-off on Wednesday: that day is late (迟报), the others on time.
    const time = day === '2026-10-14' ? '18:30:00' : '10:00:00';
    items.push(buildItem({ unitId: lateOnce.id, reporterId: lateReporter.id, reportedAt: `${day}T${time}+08:00` }));
  });
  // 西坡 reports on Monday, sends a 零报告 on Tuesday, then nothing: Wednesday to Friday are missing.
  items.push(buildItem({ unitId: silent.id, reportedAt: '2026-10-12T11:00:00+08:00' }));
  const zeroReports: ZeroReport[] = [
    { id: sequentialUuid(1, '2e700000'), unitId: silent.id, reporterId: null, date: '2026-10-13', reportedAt: '2026-10-13T16:00:00+08:00' },
  ];
  const steadyItems = items.filter((item) => item.unitId === steady.id);
  return {
    units: { steady, lateOnce, silent },
    reporters: [steadyReporter, lateReporter],
    items,
    zeroReports,
    adoptedItemId: (steadyItems[0] as Item).id,
    notOpinionItemId: (steadyItems[3] as Item).id,
  };
}

/** Builds the week and stores its units, reporters and items, as the analyst would have registered and imported them. */
export async function storeWeek(repos: Repositories): Promise<Week> {
  const week = buildWeek();
  const { steady, lateOnce, silent } = week.units;
  await repos.network.saveRegistry({ units: [steady, lateOnce, silent], reporters: week.reporters }, analyst);
  await repos.items.bulkAdd(week.items, analyst);
  return week;
}
